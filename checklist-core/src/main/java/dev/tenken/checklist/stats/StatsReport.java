package dev.tenken.checklist.stats;

import dev.tenken.checklist.Rank;
import dev.tenken.checklist.report.Grade;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Statistics over a file of report JSON lines, as {@link BatchStats} counts them. Immutable.
 *
 * @param lines          lines read
 * @param reports        lines that are reports, counted below
 * @param errorLines     lines that are a batch error ({@code {"line": N, "error": "..."}})
 * @param malformedLines lines that are neither (not JSON, not a report)
 * @param notes          the first error and malformed lines, by line number, to show the reader
 * @param droppedItemResults item results not counted because there were too many distinct items,
 *                       checklists or sectors to keep in bounded memory (normally 0)
 * @param overall        every report
 * @param sectors        one group per sector given in {@code organisation.sector}, most
 *                       organisations first, plus one for reports without a sector; empty when no
 *                       report gives a sector. Their organisation counts sum to {@code overall}'s
 * @since 0.3
 */
public record StatsReport(long lines, long reports, long errorLines, long malformedLines, List<LineNote> notes,
                          long droppedItemResults, Group overall, List<Group> sectors) {

    /**
     * Copies the lists; the counts must add up.
     *
     * @param lines          lines read
     * @param reports        lines that are reports, counted below
     * @param errorLines     lines that are a batch error ({@code {"line": N, "error": "..."}})
     * @param malformedLines lines that are neither (not JSON, not a report)
     * @param notes          the first error and malformed lines, by line number, to show the reader
     * @param droppedItemResults item results not counted because there were too many distinct items,
     *                       checklists or sectors to keep in bounded memory (normally 0)
     * @param overall        every report
     * @param sectors        one group per sector given in {@code organisation.sector}, most
     *                       organisations first, plus one for reports without a sector; empty when no
     *                       report gives a sector. Their organisation counts sum to {@code overall}'s
     */
    public StatsReport {
        notes = List.copyOf(notes);
        Objects.requireNonNull(overall, "overall");
        sectors = List.copyOf(sectors);
        if (reports + errorLines + malformedLines != lines || reports != overall.organisations()) {
            throw new IllegalArgumentException("counts do not add up");
        }
    }

    /**
     * A line that could not be counted.
     *
     * @param line      1-based line number in the file read
     * @param message   what is wrong with it, or the batch error it carries
     * @param errorLine true for a batch error line, false for a line that is not a report
     */
    public record LineNote(long line, String message, boolean errorLine) {
        /**
         * Checks the message.
         *
         * @param line      1-based line number in the file read
         * @param message   what is wrong with it, or the batch error it carries
         * @param errorLine true for a batch error line, false for a line that is not a report
         */
        public LineNote {
            Objects.requireNonNull(message, "message");
        }
    }

    /** Which organisations a {@link Group} holds. */
    public enum Kind {
        /** Every report. */
        ALL,
        /** The reports that give this sector. */
        SECTOR,
        /** The reports that give no sector. */
        NO_SECTOR,
        /** The reports whose sector came after the limit of distinct sectors was reached. */
        OTHER_SECTORS
    }

    /**
     * The statistics of a group of organisations (all of them, or one sector).
     *
     * @param kind          which organisations
     * @param sector        the sector, for {@link Kind#SECTOR}; else empty
     * @param organisations reports in the group
     * @param grades        organisations per grade, every grade present (A to E)
     * @param scores        score quartiles; empty when the group is empty
     * @param items         per item, 必須 first, most often short first, then checklist order
     */
    public record Group(Kind kind, Optional<String> sector, long organisations, Map<Grade, Long> grades,
                        Optional<Quartiles> scores, List<ItemStats> items) {
        /**
         * Copies the collections.
         *
         * @param kind          which organisations
         * @param sector        the sector, for {@link Kind#SECTOR}; else empty
         * @param organisations reports in the group
         * @param grades        organisations per grade, every grade present (A to E)
         * @param scores        score quartiles; empty when the group is empty
         * @param items         per item, 必須 first, most often short first, then checklist order
         */
        public Group {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(sector, "sector");
            if (sector.isPresent() != (kind == Kind.SECTOR)) {
                throw new IllegalArgumentException("a sector group, and only one, names its sector");
            }
            EnumMap<Grade, Long> g = new EnumMap<>(Grade.class);
            for (Grade grade : Grade.values()) {
                g.put(grade, grades.getOrDefault(grade, 0L));
            }
            grades = Collections.unmodifiableMap(g);
            Objects.requireNonNull(scores, "scores");
            items = List.copyOf(items);
        }
    }

    /**
     * Scores by the nearest-rank method: each is a score some organisation has. Exact, from a
     * histogram of the 101 possible scores.
     *
     * @param min    lowest score
     * @param lower  lower quartile (25th percentile)
     * @param median median
     * @param upper  upper quartile (75th percentile)
     * @param max    highest score
     */
    public record Quartiles(int min, int lower, int median, int upper, int max) {
        /**
         * Checks the order.
         *
         * @param min    lowest score
         * @param lower  lower quartile (25th percentile)
         * @param median median
         * @param upper  upper quartile (75th percentile)
         * @param max    highest score
         */
        public Quartiles {
            if (!(0 <= min && min <= lower && lower <= median && median <= upper && upper <= max && max <= 100)) {
                throw new IllegalArgumentException("quartiles out of order");
            }
        }
    }

    /**
     * How one item fared across the organisations assessed against its checklist.
     *
     * @param checklist     checklist id
     * @param item          item id
     * @param rank          必須 or 推奨
     * @param title         the item's title, as the first report with it gave it
     * @param organisations organisations in the group assessed against this checklist
     * @param applies       of them, those where the item applies
     * @param unmet         of them, those where it applies and is unmet
     * @param partial       ... partial
     * @param unanswered    ... unanswered
     */
    public record ItemStats(String checklist, String item, Rank rank, String title, long organisations, long applies,
                            long unmet, long partial, long unanswered) {
        /**
         * Checks the counts.
         *
         * @param checklist     checklist id
         * @param item          item id
         * @param rank          必須 or 推奨
         * @param title         the item's title, as the first report with it gave it
         * @param organisations organisations in the group assessed against this checklist
         * @param applies       of them, those where the item applies
         * @param unmet         of them, those where it applies and is unmet
         * @param partial       ... partial
         * @param unanswered    ... unanswered
         */
        public ItemStats {
            Objects.requireNonNull(checklist, "checklist");
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(rank, "rank");
            Objects.requireNonNull(title, "title");
            if (unmet + partial + unanswered > applies || applies > organisations) {
                throw new IllegalArgumentException("item counts do not add up");
            }
        }

        /**
         * Organisations where it applies and is not met: unmet, partial or unanswered.
         *
         * @return the count
         */
        public long shortCount() {
            return unmet + partial + unanswered;
        }

        /**
         * {@code count} as a share of {@link #organisations()}.
         *
         * @param count a number of organisations
         * @return 0 to 1 (0 when there are no organisations)
         */
        public double share(long count) {
            return organisations == 0 ? 0 : (double) count / organisations;
        }
    }
}
