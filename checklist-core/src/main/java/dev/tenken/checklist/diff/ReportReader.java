package dev.tenken.checklist.diff;

import dev.tenken.checklist.Language;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.load.Binder;
import dev.tenken.checklist.load.Node;
import dev.tenken.checklist.load.Node.MapNode;
import dev.tenken.checklist.load.TreeReader;
import dev.tenken.checklist.report.Grade;
import dev.tenken.checklist.report.ItemStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the parts of a JSON report (SPEC section 6) that a diff compares. Keys it does not use
 * are ignored, so reports from later versions still read; a missing or malformed key it needs is
 * a located problem.
 */
final class ReportReader {
    /**
     * Bounds on one report: 16 MiB holds the report of a checklist of some 30,000 items, and two
     * such reports fit in a 256 MiB heap together with their trees.
     */
    static final TreeReader.Limits LIMITS = new TreeReader.Limits(16 * 1024 * 1024, 20, 64 * 1024, 1_000_000);
    private static final String NOT_A_REPORT = "not a Tenken JSON report (make one with tenken assess --format json)";

    private ReportReader() {
    }

    static Optional<ReportSnapshot> read(byte[] json, String source, List<Problem> problems) {
        if (!startsLikeAnObject(json)) {
            problems.add(Problem.at(source, 1, 1, NOT_A_REPORT));
            return Optional.empty();
        }
        Optional<Node> root = TreeReader.read(json, source, TreeReader.Syntax.JSON, LIMITS, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Binder b = new Binder(source, problems);
        int before = problems.size();
        // a mapping with none of a report's keys is some other JSON file; one with some is a damaged report
        if (!(root.get() instanceof MapNode r) || Set.of("checklist", "grade", "score", "items").stream()
                .noneMatch(r.entries()::containsKey)) {
            problems.add(Problem.at(source, 1, 1, NOT_A_REPORT));
            return Optional.empty();
        }
        String[] id = {null};
        String[] version = {""};
        b.required(r, "checklist", "the report").flatMap(n -> b.map(n, "checklist")).ifPresent(c -> {
            id[0] = b.required(c, "id", "checklist").flatMap(n -> b.string(n, "checklist.id")).orElse(null);
            version[0] = b.get(c, "version").flatMap(n -> b.text(n, "checklist.version")).orElse("");
        });
        Language language = b.get(r, "language").flatMap(n -> b.string(n, "language")).flatMap(code -> {
            Optional<Language> l = Language.parse(code);
            if (l.isEmpty()) {
                b.problem(b.get(r, "language").get(), "unknown language '" + code + "'");
            }
            return l;
        }).orElse(Language.JA);
        Optional<LocalDate> assessedOn = b.get(r, "assessed_on").flatMap(n -> date(b, n, "assessed_on"));
        Grade grade = b.required(r, "grade", "the report").flatMap(n -> enumValue(b, n, "grade", Grade.class)).orElse(null);
        int score = b.required(r, "score", "the report").flatMap(n -> b.number(n, "score").filter(v -> {
            boolean ok = v.stripTrailingZeros().scale() <= 0 && v.signum() >= 0 && v.compareTo(HUNDRED) <= 0;
            if (!ok) {
                b.problem(n, "score must be a whole number from 0 to 100, was " + clip(v));
            }
            return ok;
        })).map(BigDecimal::intValue).orElse(0);
        double[] rankScores = {1, 1};
        b.get(r, "summary").flatMap(n -> b.map(n, "summary")).ifPresent(s -> {
            rankScores[0] = rankScore(b, s, "required");
            rankScores[1] = rankScore(b, s, "recommended");
        });
        List<ReportSnapshot.Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        b.required(r, "items", "the report").flatMap(n -> b.list(n, "items")).ifPresent(list -> {
            for (Node n : list.items()) {
                b.setItem(null);
                b.map(n, "each entry of items").ifPresent(m -> item(b, m, seen).ifPresent(items::add));
            }
        });
        b.setItem(null);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ReportSnapshot(source, id[0], version[0], assessedOn, language, grade, score, rankScores[0],
                rankScores[1], items));
    }

    private static Optional<ReportSnapshot.Item> item(Binder b, MapNode m, Set<String> seen) {
        Optional<String> id = b.required(m, "item", "an item").flatMap(n -> b.string(n, "item"));
        id.ifPresent(b::setItem);
        if (id.isPresent() && !seen.add(id.get())) {
            b.problem(m, "appears twice in items");
        }
        Optional<Rank> rank = b.required(m, "rank", "an item").flatMap(n -> b.string(n, "rank").flatMap(t -> {
            Optional<Rank> parsed = Rank.parse(t);
            if (parsed.isEmpty()) {
                b.problem(n, "unknown rank '" + t + "'");
            }
            return parsed;
        }));
        Optional<ItemStatus> status = b.required(m, "status", "an item").flatMap(n -> b.string(n, "status").flatMap(t -> {
            Optional<ItemStatus> parsed = ItemStatus.parse(t);
            if (parsed.isEmpty()) {
                b.problem(n, "unknown status '" + t + "'");
            }
            return parsed;
        }));
        Optional<Boolean> applicable = b.required(m, "applicable", "an item").flatMap(n -> b.bool(n, "applicable"));
        String title = b.get(m, "title").flatMap(n -> b.text(n, "title")).orElse(id.orElse(""));
        if (id.isEmpty() || rank.isEmpty() || status.isEmpty() || applicable.isEmpty()) {
            return Optional.empty();
        }
        if (applicable.get() == (status.get() == ItemStatus.NOT_APPLICABLE)) {
            b.problem(m, "applicable is " + applicable.get() + " but status is " + status.get().key());
            return Optional.empty();
        }
        Optional<ReportSnapshot.Waiver> waiver = b.get(m, "waiver").flatMap(n -> b.map(n, "waiver")).flatMap(w -> {
            Optional<LocalDate> expires = b.required(w, "expires", "a waiver").flatMap(n -> date(b, n, "waiver.expires"));
            boolean expired = b.get(w, "expired").flatMap(n -> b.bool(n, "waiver.expired")).orElse(false);
            return expires.map(e -> new ReportSnapshot.Waiver(e, expired));
        });
        return Optional.of(new ReportSnapshot.Item(id.get(), title, rank.get(), status.get(), applicable.get(), waiver));
    }

    private static double rankScore(Binder b, MapNode summary, String rank) {
        String what = "summary." + rank + ".score";
        return b.get(summary, rank).flatMap(n -> b.map(n, "summary." + rank))
                .flatMap(m -> b.get(m, "score").flatMap(n -> b.number(n, what).filter(v -> {
                    boolean ok = v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0;
                    if (!ok) {
                        b.problem(n, what + " must be from 0 to 1, was " + clip(v));
                    }
                    return ok;
                })))
                .map(BigDecimal::doubleValue).orElse(1.0);
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static Optional<LocalDate> date(Binder b, Node n, String what) {
        return b.string(n, what).flatMap(t -> {
            try {
                return Optional.of(LocalDate.parse(t));
            } catch (java.time.format.DateTimeParseException e) {
                b.problem(n, what + " must be a date written as YYYY-MM-DD");
                return Optional.empty();
            }
        });
    }

    /** A number for a message: never thousands of digits. */
    private static String clip(BigDecimal v) {
        String s = v.toString();
        return s.length() > 24 ? s.substring(0, 20) + "..." : s;
    }

    /** Whether the first byte that is not white space (after a byte order mark) opens a JSON object. */
    private static boolean startsLikeAnObject(byte[] json) {
        int i = json.length >= 3 && (json[0] & 0xff) == 0xef && (json[1] & 0xff) == 0xbb && (json[2] & 0xff) == 0xbf ? 3 : 0;
        while (i < json.length && (json[i] == ' ' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t')) {
            i++;
        }
        return i < json.length && json[i] == '{';
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Binder b, Node n, String what, Class<E> type) {
        return b.string(n, what).flatMap(t -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(t)) {
                    return Optional.of(e);
                }
            }
            b.problem(n, "unknown " + what + " '" + t + "'");
            return Optional.empty();
        });
    }
}
