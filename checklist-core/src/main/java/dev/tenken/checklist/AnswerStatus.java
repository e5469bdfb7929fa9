package dev.tenken.checklist;

import java.util.Locale;
import java.util.Optional;

/**
 * An organisation's answer for one item.
 *
 * @since 0.1
 */
public enum AnswerStatus {
    /** 実施済み: fully in place. */
    MET("実施済み"),
    /** 一部実施: partly in place. */
    PARTIAL("一部実施"),
    /** 未実施: not in place. */
    UNMET("未実施"),
    /** 該当なし: does not apply to this organisation. */
    NOT_APPLICABLE("該当なし"),
    /** 不明: not known; counts as unanswered. */
    UNKNOWN("不明");

    private final String japanese;
    private final String key;

    AnswerStatus(String japanese) {
        this.japanese = japanese;
        this.key = name().toLowerCase(Locale.ROOT);
    }

    /** The key used in answers files: {@code met}, {@code partial}, ... */
    public String key() {
        return key;
    }

    /** The Japanese alias. */
    public String japanese() {
        return japanese;
    }

    /** Parses an English key or a Japanese alias. */
    public static Optional<AnswerStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        for (AnswerStatus s : values()) {
            if (s.key.equals(lower) || s.japanese.equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The answer in words: the Japanese alias in Japanese ({@code 実施済み}), the key in English ({@code met}). */
    public String label(Language language) {
        return language == Language.JA ? japanese() : key();
    }
}
