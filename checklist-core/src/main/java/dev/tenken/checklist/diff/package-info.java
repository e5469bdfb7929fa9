/**
 * What changed between two JSON reports of the same checklist: grade, score and compliance
 * before and after, and each item that regressed, improved, became applicable or not, was
 * restated, re-ranked, added or removed ({@link dev.tenken.checklist.diff.ReportDiff}), as text,
 * JSON or Markdown.
 *
 * @since 0.1
 */
package dev.tenken.checklist.diff;
