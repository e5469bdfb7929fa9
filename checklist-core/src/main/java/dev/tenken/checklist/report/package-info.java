/**
 * Graded reports: an evaluator's decisions ({@link dev.tenken.checklist.report.Evaluation}) are
 * graded (SPEC section 5, exact decimal arithmetic) and worded in Japanese or English by
 * {@link dev.tenken.checklist.report.ReportBuilder} into an immutable
 * {@link dev.tenken.checklist.report.AssessmentReport}, which writes itself as JSON, text,
 * Markdown, CSV or a self-contained HTML page. When only the figures are wanted (a batch's CSV
 * row, a gate), {@link dev.tenken.checklist.report.ReportBuilder#scorecard} grades the same way
 * into a {@link dev.tenken.checklist.report.Scorecard} and words nothing. Answers templates and
 * the text view of a checklist are written here too; every fixed word comes from
 * {@link dev.tenken.checklist.report.Wording}.
 *
 * @since 0.1
 */
package dev.tenken.checklist.report;
