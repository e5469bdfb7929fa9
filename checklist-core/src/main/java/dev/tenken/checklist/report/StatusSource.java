package dev.tenken.checklist.report;

import java.util.Locale;

/**
 * Where an item's status came from (SPEC section 6 {@code status_from}).
 *
 * @since 0.2
 */
public enum StatusSource {
    /** The organisation's answer. */
    ANSWER,
    /** The item's {@code check}, from the profile (any answer is overruled). */
    CHECK,
    /** Nowhere: the item is unanswered or not applicable. */
    NONE;

    /** Made once: a report writes it for every item. */
    private final String key = name().toLowerCase(Locale.ROOT);

    /**
     * The lower-case key used in reports.
     *
     * @return {@code answer}, {@code check} or {@code none}
     */
    public String key() {
        return key;
    }
}
