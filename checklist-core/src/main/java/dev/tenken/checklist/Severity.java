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

    /** The lower-case name used in reports. */
    public String key() {
        return key;
    }

    /** The more urgent of two severities. */
    public static Severity max(Severity a, Severity b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** Parses {@code high}, {@code medium} or {@code low}. */
    public static Optional<Severity> parse(String key) {
        for (Severity s : values()) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
