package dev.tenken.checklist.report;

/**
 * Per-rank summary of an assessment.
 *
 * @param required      必須 items
 * @param recommended   推奨 items
 * @param notApplicable items left out of grading
 * @since 0.1
 */
public record Summary(RankSummary required, RankSummary recommended, int notApplicable) {
}
