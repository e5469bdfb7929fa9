package dev.tenken.checklist;

import java.util.Locale;
import java.util.Optional;

/**
 * How urgent a finding is. Declared from most to least urgent.
 *
 * @since 0.1
 */
public enum Severity {
    /** Act now. */
    HIGH,
    /** Act soon. */
    MEDIUM,
    /** Improve when possible. */
    LOW;

    private final String key = name().toLowerCase(Locale.ROOT);

    /**
     * The lower-case name used in reports.
     *
     * @return {@code high}, {@code medium} or {@code low}
     */
    public String key() {
        return key;
    }

    /**
     * The more urgent of two severities.
     *
     * @param a one severity; not null
     * @param b the other; not null
     * @return {@code a} or {@code b}, whichever is more urgent ({@code a} when they are equal)
     */
    public static Severity max(Severity a, Severity b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /**
     * Parses {@code high}, {@code medium} or {@code low}.
     *
     * @param key the key as written; matched exactly
     * @return the severity, or empty when {@code key} is not one of the keys
     */
    public static Optional<Severity> parse(String key) {
        for (Severity s : values()) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
