package dev.tenken.checklist.report;

import java.util.Locale;

/**
 * Why an item is or is not graded (SPEC section 6, contract version 2).
 *
 * @since 0.2
 */
public enum Applicability {
    /** It has no {@code applies_when}, or its {@code applies_when} is true. */
    APPLIES,
    /** Its {@code applies_when} is unknown because the profile leaves out a fact it needs: it is assumed to apply. */
    ASSUMED,
    /** Its {@code applies_when} is false: not applicable, whatever the answer says. */
    EXCLUDED,
    /** Answered {@code not_applicable} with a reason in the note: left out of grading on the organisation's word. */
    DECLARED;

    /** Made once: a report writes it for every item. */
    private final String key = name().toLowerCase(Locale.ROOT);

    /**
     * The lower-case key used in reports: {@code applies}, {@code assumed}, ...
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * Whether the item is graded.
     *
     * @return true for {@link #APPLIES} and {@link #ASSUMED}
     */
    public boolean graded() {
        return this == APPLIES || this == ASSUMED;
    }
}
