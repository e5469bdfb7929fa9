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

    /** Validates that both texts are present and non-blank. */
    public LocalizedText {
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
        if (ja.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("localized text must have non-blank ja and en");
        }
    }

    /** The text in the given language. */
    public String get(Language language) {
        return language == Language.JA ? ja : en;
    }
}
