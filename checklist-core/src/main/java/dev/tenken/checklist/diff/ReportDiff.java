package dev.tenken.checklist.diff;

import dev.tenken.checklist.Language;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.report.Grade;
import dev.tenken.checklist.load.BoundedFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed between two JSON reports of the same checklist: grade, score and per-rank
 * compliance before and after, and every item that improved, regressed, became applicable or
 * otherwise changed. This is how an organisation tracks progress from one self-assessment to the
 * next.
 *
 * <pre>{@code
 * ReportDiff d = ReportDiff.read(Path.of("2025.json"), Path.of("2026.json"));
 * System.out.print(d.toText());
 * if (d.hasRegression()) { ... }
 * }</pre>
 *
 * @param checklistId        the checklist both reports are for
 * @param language           language of the later report, used for labels
 * @param before             headline figures of the earlier report
 * @param after              headline figures of the later report
 * @param changes            changed items: regressions first, then by kind, each kind in the later report's item order
 * @param waivers            waivers added, expired or removed, in the later report's item order
 * @since 0.1
 */
public record ReportDiff(String checklistId, Language language, Side before, Side after, List<ItemChange> changes,
                         List<WaiverChange> waivers) {

    /**
     * Headline figures of one report.
     *
     * @param version          checklist version
     * @param grade            A to E
     * @param score            0 to 100
     * @param requiredScore    required compliance, 0 to 1
     * @param recommendedScore recommended compliance, 0 to 1
     * @param assessedOn       the date of the report, when it states one (contract version 2)
     * @since 0.1
     */
    public record Side(String version, Grade grade, int score, double requiredScore, double recommendedScore,
                       Optional<LocalDate> assessedOn) {
        /**
         * Checks for nulls.
         *
         * @param version          checklist version
         * @param grade            A to E
         * @param score            0 to 100
         * @param requiredScore    required compliance, 0 to 1
         * @param recommendedScore recommended compliance, 0 to 1
         * @param assessedOn       the date of the report, when it states one (contract version 2)
         */
        public Side {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(assessedOn, "assessedOn");
        }
    }

    /**
     * Copies the list.
     *
     * @param checklistId        the checklist both reports are for
     * @param language           language of the later report, used for labels
     * @param before             headline figures of the earlier report
     * @param after              headline figures of the later report
     * @param changes            changed items: regressions first, then by kind, each kind in the later report's item order
     * @param waivers            waivers added, expired or removed, in the later report's item order
     */
    public ReportDiff {
        Objects.requireNonNull(checklistId, "checklistId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        changes = List.copyOf(changes);
        waivers = List.copyOf(waivers);
    }

    /**
     * Reads two JSON reports (as {@code tenken assess --format json} writes them) and compares them.
     *
     * @param before the earlier report's file
     * @param after  the later report's file
     * @return the differences, labelled in the later report's language
     * @throws TenkenException with every problem in either file (unreadable, not a report, or reports of
     *                         different checklists)
     */
    public static ReportDiff read(Path before, Path after) throws TenkenException {
        List<Problem> problems = new ArrayList<>();
        byte[] b = bytes(before, problems);
        byte[] a = bytes(after, problems);
        if (!problems.isEmpty()) {
            throw new TenkenException(TenkenException.Phase.REPORT, problems);
        }
        return compare(b, before.toString(), a, after.toString());
    }

    /**
     * Compares two JSON reports given as bytes.
     *
     * @param beforeJson the earlier report, UTF-8 JSON
     * @param beforeName name of the earlier report, for messages
     * @param afterJson  the later report, UTF-8 JSON
     * @param afterName  name of the later report, for messages
     * @return the differences, labelled in the later report's language
     * @throws TenkenException with every problem in either report
     */
    public static ReportDiff compare(byte[] beforeJson, String beforeName, byte[] afterJson, String afterName)
            throws TenkenException {
        List<Problem> problems = new ArrayList<>();
        Optional<ReportSnapshot> b = ReportReader.read(beforeJson, beforeName, problems);
        Optional<ReportSnapshot> a = ReportReader.read(afterJson, afterName, problems);
        if (b.isPresent() && a.isPresent() && !b.get().checklistId().equals(a.get().checklistId())) {
            problems.add(Problem.at(afterName, 0, 0, "the reports are for different checklists: '" + b.get().checklistId()
                    + "' in " + beforeName + " and '" + a.get().checklistId() + "' here"));
        }
        if (!problems.isEmpty()) {
            throw new TenkenException(TenkenException.Phase.REPORT, problems);
        }
        return of(b.get(), a.get());
    }

    private static byte[] bytes(Path file, List<Problem> problems) {
        return BoundedFiles.read(file, ReportReader.LIMITS.maxBytes(), "report", problems).orElse(new byte[0]);
    }

    static ReportDiff of(ReportSnapshot b, ReportSnapshot a) {
        Map<String, ReportSnapshot.Item> earlier = new LinkedHashMap<>();
        b.items().forEach(i -> earlier.put(i.id(), i));
        List<ItemChange> changes = new ArrayList<>();
        for (ReportSnapshot.Item now : a.items()) {
            ReportSnapshot.Item was = earlier.remove(now.id());
            if (was == null) {
                changes.add(new ItemChange(now.id(), now.title(), ChangeKind.ADDED, Optional.empty(), Optional.of(now.rank()),
                        Optional.empty(), Optional.of(now.status())));
                continue;
            }
            classify(was, now).ifPresent(kind -> changes.add(new ItemChange(now.id(), now.title(), kind,
                    Optional.of(was.rank()), Optional.of(now.rank()), Optional.of(was.status()), Optional.of(now.status()))));
        }
        for (ReportSnapshot.Item gone : earlier.values()) {
            changes.add(new ItemChange(gone.id(), gone.title(), ChangeKind.REMOVED, Optional.of(gone.rank()), Optional.empty(),
                    Optional.of(gone.status()), Optional.empty()));
        }
        // stable: by kind, and within a kind in the order found (later report's item order)
        changes.sort(java.util.Comparator.comparing(ItemChange::kind));
        return new ReportDiff(a.checklistId(), a.language(), side(b), side(a), changes, waiverChanges(b, a));
    }

    private static Side side(ReportSnapshot s) {
        return new Side(s.version(), s.grade(), s.score(), s.requiredScore(), s.recommendedScore(), s.assessedOn());
    }

    /** Waivers in force now that were not before, in force before and expired now, or gone. */
    private static List<WaiverChange> waiverChanges(ReportSnapshot b, ReportSnapshot a) {
        Map<String, ReportSnapshot.Item> earlier = new LinkedHashMap<>();
        b.items().forEach(i -> earlier.put(i.id(), i));
        List<WaiverChange> out = new ArrayList<>();
        for (ReportSnapshot.Item now : a.items()) {
            Optional<ReportSnapshot.Waiver> was = Optional.ofNullable(earlier.remove(now.id())).flatMap(ReportSnapshot.Item::waiver);
            Optional<ReportSnapshot.Waiver> is = now.waiver();
            boolean inForceBefore = was.filter(w -> !w.expired()).isPresent();
            if (is.isPresent() && !is.get().expired() && !inForceBefore) {
                out.add(new WaiverChange(now.id(), now.title(), WaiverChange.Kind.ADDED, Optional.of(is.get().expires())));
            } else if (is.isPresent() && is.get().expired() && inForceBefore) {
                out.add(new WaiverChange(now.id(), now.title(), WaiverChange.Kind.EXPIRED, Optional.of(is.get().expires())));
            } else if (is.isEmpty() && was.isPresent()) {
                out.add(new WaiverChange(now.id(), now.title(), WaiverChange.Kind.REMOVED, Optional.of(was.get().expires())));
            }
        }
        for (ReportSnapshot.Item gone : earlier.values()) {
            gone.waiver().ifPresent(w -> out.add(new WaiverChange(gone.id(), gone.title(), WaiverChange.Kind.REMOVED,
                    Optional.of(w.expires()))));
        }
        return out;
    }

    /** The kind of change for an item in both reports, or empty when nothing changed. */
    static Optional<ChangeKind> classify(ReportSnapshot.Item was, ReportSnapshot.Item now) {
        if (was.applicable() != now.applicable()) {
            return Optional.of(now.applicable() ? ChangeKind.NEWLY_APPLICABLE : ChangeKind.NO_LONGER_APPLICABLE);
        }
        if (was.status() != now.status()) {
            int c = now.status().credit().compareTo(was.status().credit());
            return Optional.of(c < 0 ? ChangeKind.REGRESSED : c > 0 ? ChangeKind.IMPROVED : ChangeKind.RESTATED);
        }
        return was.rank() != now.rank() ? Optional.of(ChangeKind.RERANKED) : Optional.empty();
    }

    /**
     * Changes of one kind, in order.
     *
     * @param kind the kind wanted
     * @return those changes, in the later report's item order; empty when there are none
     */
    public List<ItemChange> changes(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /**
     * Whether things got worse: an item applicable in both reports earns less credit, the grade
     * fell, or the score fell (which newly applicable items that are not met can cause).
     *
     * @return true when anything regressed
     */
    public boolean hasRegression() {
        return !changes(ChangeKind.REGRESSED).isEmpty() || after.grade().compareTo(before.grade()) > 0
                || after.score() < before.score();
    }

    /**
     * A plain-text summary for a terminal: headline first, then each kind of change.
     *
     * @return the text
     */
    public String toText() {
        return DiffWriter.text(this);
    }

    /**
     * The diff as pretty-printed JSON, ending in a newline.
     *
     * @return the JSON text
     */
    public String toJson() {
        return DiffWriter.json(this);
    }

    /**
     * The diff as Markdown for tickets and wikis.
     *
     * @return the Markdown text
     */
    public String toMarkdown() {
        return DiffWriter.markdown(this);
    }
}
