package dev.tenken.checklist;

import java.util.Locale;
import java.util.Optional;

/**
 * The type of a profile fact an organisation states about itself.
 *
 * @since 0.1
 */
public enum FactType {
    /** true or false. */
    BOOLEAN,
    /** A number, compared exactly. */
    NUMBER,
    /** Free text. */
    STRING,
    /** One of the declared values. */
    ENUM,
    /** Any subset of the declared values. */
    SET;

    /**
     * The name used in checklist files, in lower case.
     *
     * @return {@code boolean}, {@code number}, {@code string}, {@code enum} or {@code set}
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the lower-case name used in checklist files.
     *
     * @param text the name as written; matched exactly
     * @return the type, or empty when {@code text} is not one of the names
     */
    public static Optional<FactType> parse(String text) {
        for (FactType t : values()) {
            if (t.key().equals(text)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
