/**
 * Many organisations at once: the lines {@code tenken batch} writes ({@link ReportLines}: a JSON
 * report or error per line, or one CSV row per organisation) and statistics over a file of report
 * JSON lines ({@link BatchStats}, read with flat memory; written by {@link StatsWriter} as text,
 * Markdown, JSON or a self-contained HTML page).
 *
 * @since 0.3
 */
package dev.tenken.checklist.stats;
