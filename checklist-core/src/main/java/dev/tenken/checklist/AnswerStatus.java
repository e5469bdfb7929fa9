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

    /**
     * The key used in answers files: {@code met}, {@code partial}, ...
     *
     * @return the lower-case English key
     */
    public String key() {
        return key;
    }

    /**
     * The Japanese alias.
     *
     * @return the alias, such as {@code 実施済み}
     */
    public String japanese() {
        return japanese;
    }

    /**
     * Parses an English key or a Japanese alias, whatever its case or width: {@code Met},
     * {@code ＭＥＴ} and {@code met} are the same answer (Unicode NFKC, then lower case).
     *
     * @param text the word as written; may be null
     * @return the answer, or empty when {@code text} is null or no answer's key or alias
     */
    public static Optional<AnswerStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = fold(text);
        for (AnswerStatus s : values()) {
            if (s.key.equals(t) || s.japanese.equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Words people write for an answer that are not one of its spellings, with the answer they mean. */
    private static final java.util.Map<String, AnswerStatus> MEANT = java.util.Map.ofEntries(
            java.util.Map.entry("実施", MET), java.util.Map.entry("済", MET), java.util.Map.entry("済み", MET),
            java.util.Map.entry("実施済", MET), java.util.Map.entry("対応済み", MET), java.util.Map.entry("完了", MET),
            java.util.Map.entry("done", MET), java.util.Map.entry("yes", MET), java.util.Map.entry("はい", MET),
            java.util.Map.entry("一部", PARTIAL), java.util.Map.entry("一部対応", PARTIAL), java.util.Map.entry("部分的", PARTIAL),
            java.util.Map.entry("未", UNMET), java.util.Map.entry("未対応", UNMET), java.util.Map.entry("no", UNMET),
            java.util.Map.entry("いいえ", UNMET), java.util.Map.entry("not met", UNMET),
            java.util.Map.entry("対象外", NOT_APPLICABLE), java.util.Map.entry("非該当", NOT_APPLICABLE),
            java.util.Map.entry("n/a", NOT_APPLICABLE), java.util.Map.entry("na", NOT_APPLICABLE),
            java.util.Map.entry("わからない", UNKNOWN), java.util.Map.entry("分からない", UNKNOWN), java.util.Map.entry("未確認", UNKNOWN));

    /**
     * The answer someone most likely meant by a word that is not one: {@code 実施} means
     * 実施済み, not the nearest spelling 未実施. Empty when there is no clear meaning.
     *
     * @param text the word as written; may be null
     * @return the answer meant, or empty when {@code text} is null or has no clear meaning
     */
    public static Optional<AnswerStatus> meant(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(MEANT.get(fold(text)));
    }

    /** Unicode NFKC (full-width to half-width), trimmed, lower case. */
    static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The answer in words: the Japanese alias in Japanese ({@code 実施済み}), the key in English ({@code met}).
     *
     * @param language the language of the report
     * @return the alias or the key
     */
    public String label(Language language) {
        return language == Language.JA ? japanese() : key();
    }
}
