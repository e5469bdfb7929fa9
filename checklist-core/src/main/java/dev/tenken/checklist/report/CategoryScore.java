package dev.tenken.checklist.report;

/**
 * The score of one category, by the same formula as the overall score.
 *
 * @param id    category id
 * @param title category title in the report's language
 * @param score 0 to 100
 * @since 0.1
 */
public record CategoryScore(String id, String title, int score) {
}
