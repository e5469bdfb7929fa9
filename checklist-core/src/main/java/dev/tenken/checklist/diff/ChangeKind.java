package dev.tenken.checklist.diff;

import java.util.Locale;

/**
 * How one item changed between two reports of the same checklist.
 *
 * @since 0.1
 */
public enum ChangeKind {
    /** Applicable in both, and the status earns less credit now (met → partial, partial → unmet, ...). */
    REGRESSED,
    /** Applicable in both, and the status earns more credit now. */
    IMPROVED,
    /** Not applicable before, applicable now (the profile changed, or the answer did). */
    NEWLY_APPLICABLE,
    /** Applicable before, not applicable now. */
    NO_LONGER_APPLICABLE,
    /** Applicable in both with the same credit but another status: unmet ↔ unanswered. */
    RESTATED,
    /** Same status, but the item's rank changed (a new checklist version, or tailoring). */
    RERANKED,
    /** In the later report only (a new checklist version). */
    ADDED,
    /** In the earlier report only. */
    REMOVED;

    /**
     * The lower-case key used in JSON: {@code newly_applicable}.
     *
     * @return the key
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
