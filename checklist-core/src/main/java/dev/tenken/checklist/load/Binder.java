package dev.tenken.checklist.load;

import dev.tenken.checklist.text.Suggest;
import dev.tenken.checklist.LocalizedText;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.load.Node.ListNode;
import dev.tenken.checklist.load.Node.MapNode;
import dev.tenken.checklist.load.Node.Scalar;
import dev.tenken.checklist.load.Node.ScalarKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed reads over a {@link Node} tree that record a located problem instead of failing, so
 * that one pass over a file reports everything wrong with it.
 */
public class Binder {
    private final String source;
    private final List<Problem> problems;
    private String item;

    /**
     * @param source   file name for messages
     * @param problems where problems go
     */
    public Binder(String source, List<Problem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** The source name. */
    public String source() {
        return source;
    }

    /** Problems found so far. */
    public List<Problem> problems() {
        return problems;
    }

    /** Names the item (or key) that following problems concern; null for none. */
    public void setItem(String itemId) {
        this.item = itemId;
    }

    /** Records a problem at a node. */
    public void problem(Node at, String message) {
        problem(at.line(), at.column(), message);
    }

    /** Records a problem at a position. */
    public void problem(int line, int column, String message) {
        problems.add(new Problem(source, line, column, Optional.ofNullable(item), message));
    }

    /** The node as a mapping, or a problem. */
    public Optional<MapNode> map(Node n, String what) {
        if (n instanceof MapNode m) {
            return Optional.of(m);
        }
        problem(n, what + " must be a mapping, found " + n.shape());
        return Optional.empty();
    }

    /** The node as a list, or a problem. */
    public Optional<ListNode> list(Node n, String what) {
        if (n instanceof ListNode l) {
            return Optional.of(l);
        }
        problem(n, what + " must be a list, found " + n.shape());
        return Optional.empty();
    }

    /** Reports every key of {@code m} not in {@code allowed}, with a suggestion. */
    public void allowOnly(MapNode m, Set<String> allowed, String where) {
        for (Node.Entry e : m.entries().values()) {
            if (!allowed.contains(e.key())) {
                problem(e.line(), e.column(), "unknown key '" + e.key() + "' in " + where
                        + Suggest.hint(e.key(), allowed));
            }
        }
    }

    /** The value under a key, if present. */
    public Optional<Node> get(MapNode m, String key) {
        Node.Entry e = m.entries().get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    /** The value under a key, or a "missing key" problem at the mapping. */
    public Optional<Node> required(MapNode m, String key, String where) {
        Optional<Node> v = get(m, key);
        if (v.isEmpty()) {
            problem(m, "missing key '" + key + "' in " + where);
        }
        return v;
    }

    /** A non-empty string scalar (numbers and booleans are not accepted). */
    public Optional<String> string(Node n, String what) {
        if (n instanceof Scalar s && s.kind() == ScalarKind.STRING) {
            if (s.text().isBlank()) {
                problem(n, what + " must not be blank");
                return Optional.empty();
            }
            return Optional.of(s.text());
        }
        problem(n, what + " must be a string, found " + n.shape());
        return Optional.empty();
    }

    /** Any non-null scalar, as the text written (so {@code version: 2026.1} is "2026.1"). */
    public Optional<String> text(Node n, String what) {
        if (n instanceof Scalar s && s.kind() != ScalarKind.NULL && !s.text().isBlank()) {
            return Optional.of(s.text());
        }
        problem(n, what + " must be a single value, found " + n.shape());
        return Optional.empty();
    }

    /** A number scalar, exact, within the bounds of {@link Numbers} (a located problem otherwise). */
    public Optional<BigDecimal> number(Node n, String what) {
        if (n instanceof Scalar s && (s.kind() == ScalarKind.INTEGER || s.kind() == ScalarKind.DECIMAL)) {
            Numbers.Result r = Numbers.read(s.text());
            if (r instanceof Numbers.Value v) {
                return Optional.of(v.value());
            }
            if (r instanceof Numbers.OutOfRange o) {
                problem(n, what + " " + Numbers.shown(s.text()) + " is out of range: " + o.reason());
            } else {
                problem(n, what + " is not a number: '" + Numbers.shown(s.text()) + "'");
            }
            return Optional.empty();
        }
        problem(n, what + " must be a number, found " + n.shape());
        return Optional.empty();
    }

    /** A boolean scalar. */
    public Optional<Boolean> bool(Node n, String what) {
        if (n instanceof Scalar s && s.kind() == ScalarKind.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT)));
        }
        problem(n, what + " must be true or false, found " + n.shape());
        return Optional.empty();
    }

    /** A list of non-blank strings. */
    public List<String> stringList(Node n, String what) {
        List<String> out = new ArrayList<>();
        list(n, what).ifPresent(l -> l.items().forEach(i -> string(i, "each entry of " + what).ifPresent(out::add)));
        return out;
    }

    /** A {@code {ja: ..., en: ...}} mapping with both texts. */
    public Optional<LocalizedText> localized(Node n, String what) {
        Optional<MapNode> m = map(n, what);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        for (Node.Entry e : m.get().entries().values()) {
            // {ja: ..., en: Do this, even part-time.} reads "even part-time." as a key with no value
            if (!e.key().equals("ja") && !e.key().equals("en") && e.value() instanceof Scalar s
                    && (s.kind() == ScalarKind.NULL || s.text().isEmpty())) {
                problem(e.line(), e.column(), "unknown key '" + e.key() + "' in " + what + ": if it is part of the text"
                        + " before it, put that text in quotes (a comma inside { } ends a value)");
            } else if (!e.key().equals("ja") && !e.key().equals("en")) {
                allowOnly(new MapNode(m.get().line(), m.get().column(), java.util.Map.of(e.key(), e)), Set.of("ja", "en"), what);
            }
        }
        Optional<String> ja = required(m.get(), "ja", what).flatMap(v -> string(v, what + ".ja"));
        Optional<String> en = required(m.get(), "en", what).flatMap(v -> string(v, what + ".en"));
        if (ja.isPresent() && en.isPresent()) {
            return Optional.of(new LocalizedText(ja.get(), en.get()));
        }
        return Optional.empty();
    }
}
