package dev.tenken.checklist;

import java.util.Objects;

/**
 * A text given in Japanese and English. Both are required and non-blank.
 *
 * @param ja the Japanese text
 * @param en the English text
 * @since 0.1
 */
public record LocalizedText(String ja, String en) {

    /**
     * Validates that both texts are present and non-blank.
     *
     * @param ja the Japanese text
     * @param en the English text
     * @throws IllegalArgumentException if either text is blank
     */
    public LocalizedText {
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
        if (ja.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("localized text must have non-blank ja and en");
        }
    }

    /**
     * The text in the given language.
     *
     * @param language the language wanted
     * @return the Japanese text for {@link Language#JA}, the English text otherwise
     */
    public String get(Language language) {
        return language == Language.JA ? ja : en;
    }
}
