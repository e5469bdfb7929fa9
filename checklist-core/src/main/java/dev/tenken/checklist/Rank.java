package dev.tenken.checklist;

import java.util.Optional;

/**
 * How firmly a checklist item is asked for.
 *
 * @since 0.1
 */
public enum Rank {
    /** 必須: every organisation must do it. */
    REQUIRED("必須", "required"),
    /** 推奨: do it as far as possible. */
    RECOMMENDED("推奨", "recommended");

    private final String japanese;
    private final String english;

    Rank(String japanese, String english) {
        this.japanese = japanese;
        this.english = english;
    }

    /**
     * The label used in files and reports: {@code 必須} or {@code 推奨}.
     *
     * @return the Japanese label
     */
    public String label() {
        return japanese;
    }

    /**
     * The English word, {@code required} or {@code recommended}.
     *
     * @return the lower-case English word
     */
    public String english() {
        return english;
    }

    /**
     * The label in the given language.
     *
     * @param language the language wanted
     * @return {@link #label()} in Japanese, {@link #english()} in English
     */
    public String label(Language language) {
        return language == Language.JA ? japanese : english;
    }

    /**
     * Parses {@code 必須}, {@code 推奨}, {@code required} or {@code recommended} (case-insensitive English),
     * ignoring surrounding white space.
     *
     * @param text the rank as written; may be null
     * @return the rank, or empty when {@code text} is null or names no rank
     */
    public static Optional<Rank> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (Rank r : values()) {
            if (r.japanese.equals(t) || r.english.equalsIgnoreCase(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
