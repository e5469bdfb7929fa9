package dev.tenken.checklist.report;

/**
 * Per-rank summary of an assessment.
 *
 * @param required              必須 items
 * @param recommended           推奨 items
 * @param notApplicable         items left out of grading
 * @param assumed               items that apply only because the profile did not decide them
 * @param declaredNotApplicable items answered not applicable, with a reason
 * @param waived                findings under a waiver that has not expired
 * @param expiredWaivers        findings whose waiver has expired
 * @since 0.1
 */
public record Summary(RankSummary required, RankSummary recommended, int notApplicable, int assumed,
                      int declaredNotApplicable, int waived, int expiredWaivers) {
}
