package dev.tenken.checklist.load;

import dev.tenken.checklist.text.Suggest;
import dev.tenken.checklist.Answer;
import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.load.Node.MapNode;
import dev.tenken.checklist.load.Node.Scalar;
import dev.tenken.checklist.load.Node.ScalarKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.time.LocalDate;
import dev.tenken.checklist.Waiver;
import java.util.Locale;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** Binds a self-assessment document (SPEC section 3), reporting every problem at once. */
public final class AssessmentBinder {
    private static final Set<String> TOP_KEYS = Set.of("checklist", "organisation", "assessed_on", "assessor", "profile",
            "answers");
    private static final Set<String> ANSWER_KEYS = Set.of("status", "note", "evidence", "waiver");
    private static final Set<String> WAIVER_KEYS = Set.of("reason", "approved_by", "expires");
    private static final List<String> STATUS_WORDS;

    static {
        List<String> words = new ArrayList<>();
        for (AnswerStatus s : AnswerStatus.values()) {
            words.add(s.key());
            words.add(s.japanese());
        }
        STATUS_WORDS = List.copyOf(words);
    }

    private AssessmentBinder() {
    }

    /**
     * What a lenient read found: the assessment with every well-formed entry (absent when not
     * even the checklist id could be read), and every problem.
     */
    public record Parsed(Optional<SelfAssessment> assessment, List<Problem> problems) {
    }

    /** Parses and binds; throws with every problem found. */
    public static SelfAssessment bind(byte[] bytes, String source, TreeReader.Syntax syntax) throws TenkenException {
        return orThrow(parse(bytes, source, syntax));
    }

    /** The assessment, or an exception with every problem found. */
    public static SelfAssessment orThrow(Parsed p) throws TenkenException {
        if (!p.problems().isEmpty() || p.assessment().isEmpty()) {
            throw new TenkenException(TenkenException.Phase.ASSESSMENT, p.problems());
        }
        return p.assessment().get();
    }

    /** Parses and binds, keeping the well-formed part, so callers can add checks and report everything at once. */
    public static Parsed parse(byte[] bytes, String source, TreeReader.Syntax syntax) {
        return parse(bytes, source, syntax, Optional.empty());
    }

    /**
     * Parses and binds. With {@code profileFor}, the document is read only for its profile: it
     * need not name a checklist (the profile is taken as this checklist's), and its other keys
     * are not read.
     */
    private static Parsed parse(byte[] bytes, String source, TreeReader.Syntax syntax, Optional<String> profileFor) {
        List<Problem> problems = new ArrayList<>();
        Optional<Node> root = TreeReader.read(bytes, source, syntax, TreeReader.Limits.ASSESSMENT, problems);
        SelfAssessment result = root.map(r -> bind(r, source, profileFor, problems)).orElse(null);
        return new Parsed(Optional.ofNullable(result), List.copyOf(problems));
    }

    /** Reads a file leniently (JSON when its name ends in {@code .json}, else YAML), within the size limit. */
    public static Parsed parse(Path file) {
        return parse(file, syntaxOf(file));
    }

    /** Reads a file leniently in the given syntax, within the size limit. */
    public static Parsed parse(Path file, TreeReader.Syntax syntax) {
        List<Problem> problems = new ArrayList<>();
        return BoundedFiles.read(file, TreeReader.Limits.ASSESSMENT.maxBytes(), "answers file", problems)
                .map(bytes -> parse(bytes, file.toString(), syntax))
                .orElseGet(() -> new Parsed(Optional.empty(), List.copyOf(problems)));
    }

    /**
     * Reads only the profile of a file — an answers file, or one with nothing but {@code profile:} —
     * as the profile of {@code checklistId}; every problem is located in the file as written.
     */
    public static Parsed parseProfile(Path file, String checklistId) {
        List<Problem> problems = new ArrayList<>();
        return BoundedFiles.read(file, TreeReader.Limits.ASSESSMENT.maxBytes(), "profile file", problems)
                .map(bytes -> parse(bytes, file.toString(), syntaxOf(file), Optional.of(checklistId)))
                .orElseGet(() -> new Parsed(Optional.empty(), List.copyOf(problems)));
    }

    private static TreeReader.Syntax syntaxOf(Path file) {
        return file.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? TreeReader.Syntax.JSON : TreeReader.Syntax.YAML;
    }

    private static SelfAssessment bind(Node root, String source, Optional<String> profileFor, List<Problem> problems) {
        Binder b = new Binder(source, problems);
        Optional<MapNode> top = b.map(root, "a self-assessment");
        if (top.isEmpty()) {
            return null;
        }
        MapNode m = top.get();
        b.allowOnly(m, TOP_KEYS, "the self-assessment");
        if (profileFor.isPresent()) {
            SelfAssessment.Builder out = SelfAssessment.builder(profileFor.get()).source(source);
            profile(b, m, out);
            return out.build();
        }
        Optional<Node> checklistNode = b.required(m, "checklist", "the self-assessment");
        Optional<String> checklist = checklistNode.flatMap(n -> b.string(n, "checklist"));
        SelfAssessment.Builder out = SelfAssessment.builder(checklist.orElse("?")).source(source);
        checklistNode.ifPresent(n -> out.position("checklist", n.line(), n.column()));
        details(b, m, "organisation", out::organisation);
        details(b, m, "assessor", out::assessor);
        b.get(m, "assessed_on").flatMap(n -> date(b, n, "assessed_on")).ifPresent(out::assessedOn);
        profile(b, m, out);
        section(b, m, "answers").ifPresent(am -> {
            for (Node.Entry e : am.entries().values()) {
                b.setItem(e.key());
                answer(b, e.value()).ifPresent(a -> {
                    out.answer(e.key(), a);
                    out.position("answers." + e.key(), e.line(), e.column());
                });
            }
            b.setItem(null);
        });
        return checklist.isPresent() ? out.build() : null;
    }

    /**
     * A section of the document: a mapping, or nothing when the key is left empty — as in an
     * answers template whose every profile question is still commented out.
     */
    private static Optional<MapNode> section(Binder b, MapNode m, String key) {
        return b.get(m, key)
                .filter(n -> !(n instanceof Scalar s && (s.kind() == ScalarKind.NULL || s.text().isBlank())))
                .flatMap(n -> b.map(n, key));
    }

    /** A mapping of single values, such as {@code organisation: {name: ..., sector: ...}}. */
    private static void details(Binder b, MapNode m, String key, java.util.function.BiConsumer<String, String> out) {
        section(b, m, key).ifPresent(om -> {
            for (Node.Entry e : om.entries().values()) {
                if (e.value() instanceof Scalar s && s.kind() != ScalarKind.NULL) {
                    out.accept(e.key(), s.text());
                } else if (!(e.value() instanceof Scalar)) {
                    b.problem(e.value(), key + "." + e.key() + " must be a single value, found " + e.value().shape());
                }
            }
        });
    }

    /** An ISO date ({@code 2026-11-24}): YAML may read it as a date or a string; both are accepted. */
    private static Optional<LocalDate> date(Binder b, Node n, String what) {
        if (n instanceof Scalar s && s.kind() != ScalarKind.NULL) {
            try {
                return Optional.of(LocalDate.parse(s.text().strip()));
            } catch (java.time.format.DateTimeParseException e) {
                b.problem(n, what + " must be a date written as YYYY-MM-DD, such as 2027-03-31; found '" + s.text() + "'");
                return Optional.empty();
            }
        }
        b.problem(n, what + " must be a date written as YYYY-MM-DD, found " + n.shape());
        return Optional.empty();
    }

    private static void profile(Binder b, MapNode m, SelfAssessment.Builder out) {
        section(b, m, "profile").ifPresent(pm -> {
            for (Node.Entry e : pm.entries().values()) {
                b.setItem(null);
                factValue(b, e.key(), e.value()).ifPresent(v -> {
                    out.profile(e.key(), v);
                    out.position("profile." + e.key(), e.line(), e.column());
                });
            }
        });
    }

    private static Optional<FactValue> factValue(Binder b, String key, Node v) {
        if (v instanceof Node.ListNode l) {
            Set<String> members = new LinkedHashSet<>();
            for (Node x : l.items()) {
                if (x instanceof Scalar s && s.kind() != ScalarKind.NULL) {
                    if (!members.add(s.text())) {
                        b.problem(x, "profile." + key + " lists '" + s.text() + "' twice");
                    }
                } else {
                    b.problem(x, "each value of profile." + key + " must be a single value, found " + x.shape());
                    return Optional.empty();
                }
            }
            return Optional.of(FactValue.of(members));
        }
        if (v instanceof Scalar s && s.kind() == ScalarKind.STRING && s.text().isBlank()) {
            b.problem(v, "profile." + key + " has no value; leave the key out if it is not known");
            return Optional.empty();
        }
        if (v instanceof Scalar s) {
            switch (s.kind()) {
                case BOOLEAN:
                    return Optional.of(FactValue.of(Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT))));
                case INTEGER:
                case DECIMAL:
                    return b.number(v, "profile." + key).map(FactValue::of);
                case STRING:
                    return Optional.of(FactValue.of(s.text()));
                default:
                    b.problem(v, "profile." + key + " has no value; leave the key out if it is not known");
                    return Optional.empty();
            }
        }
        b.problem(v, "profile." + key + " must be a value or a list, found " + v.shape());
        return Optional.empty();
    }

    private static Optional<Answer> answer(Binder b, Node v) {
        if (v instanceof MapNode m) {
            b.allowOnly(m, ANSWER_KEYS, "an answer");
            Optional<AnswerStatus> status = b.required(m, "status", "the answer").flatMap(s -> status(b, s));
            Optional<String> note = b.get(m, "note").flatMap(n -> b.text(n, "note"));
            Optional<String> evidence = b.get(m, "evidence").flatMap(n -> b.text(n, "evidence"));
            Optional<Node> waiverNode = b.get(m, "waiver");
            Optional<Waiver> waiver = waiverNode.flatMap(n -> waiver(b, n));
            if (waiverNode.isPresent() && waiver.isEmpty()) {
                return Optional.empty();
            }
            return status.map(s -> new Answer(s, note, evidence, waiver));
        }
        return status(b, v).map(Answer::of);
    }

    /** A waiver: {@code reason} and {@code expires} required, {@code approved_by} optional. */
    private static Optional<Waiver> waiver(Binder b, Node n) {
        Optional<MapNode> wm = b.map(n, "waiver");
        if (wm.isEmpty()) {
            return Optional.empty();
        }
        b.allowOnly(wm.get(), WAIVER_KEYS, "a waiver");
        Optional<String> reason = b.required(wm.get(), "reason", "the waiver (say why the risk is accepted)")
                .flatMap(r -> b.text(r, "waiver.reason"));
        Optional<String> approvedBy = b.get(wm.get(), "approved_by").flatMap(a -> b.text(a, "waiver.approved_by"));
        Optional<LocalDate> expires = b.required(wm.get(), "expires", "the waiver (give the last day it holds, YYYY-MM-DD)")
                .flatMap(x -> date(b, x, "waiver.expires"));
        if (reason.isEmpty() || expires.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Waiver(reason.get(), approvedBy, expires.get()));
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    private static Optional<AnswerStatus> status(Binder b, Node v) {
        // YAML 1.1 reads yes/no/on/off as booleans: judge them by their text like any other word
        if (v instanceof Scalar s && s.kind() != ScalarKind.NULL) {
            Optional<AnswerStatus> st = AnswerStatus.parse(s.text());
            if (st.isEmpty()) {
                b.problem(v, "unknown status '" + s.text() + "'; expected "
                        + String.join(", ", Arrays.stream(AnswerStatus.values()).map(AnswerStatus::key).toList())
                        + " or 実施済み, 一部実施, 未実施, 該当なし, 不明" + AnswerStatus.meant(s.text())
                        .map(m -> " (did you mean '" + (isAscii(s.text()) ? m.key() : m.japanese()) + "'?)")
                        .orElseGet(() -> Suggest.hint(s.text(), STATUS_WORDS)));
            }
            return st;
        }
        b.problem(v, "an answer must be a status such as met or 未実施, found " + v.shape());
        return Optional.empty();
    }
}
