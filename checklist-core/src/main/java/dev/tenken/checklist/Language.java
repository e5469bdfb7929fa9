package dev.tenken.checklist;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages Tenken writes reports in.
 *
 * @since 0.1
 */
public enum Language {
    /** Japanese, the default. */
    JA,
    /** English. */
    EN;

    private final String code = name().toLowerCase(Locale.ROOT);

    /**
     * The ISO 639-1 code, {@code ja} or {@code en}.
     *
     * @return the lower-case code
     */
    public String code() {
        return code;
    }

    /**
     * Parses {@code ja} or {@code en}, case-insensitive, ignoring surrounding white space.
     *
     * @param code the code as written; may be null
     * @return the language, or empty when {@code code} is null or names no supported language
     */
    public static Optional<Language> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
