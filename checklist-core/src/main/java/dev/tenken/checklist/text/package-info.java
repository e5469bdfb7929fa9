/**
 * Plain text helpers with no knowledge of checklists: "did you mean" suggestions, the one JSON
 * layout Tenken prints, and one escaper per output format for text that comes from data:
 * {@link dev.tenken.checklist.text.TerminalText} (text reports, diffs, problem messages),
 * {@link dev.tenken.checklist.text.MarkdownText}, {@link dev.tenken.checklist.text.HtmlText},
 * {@link dev.tenken.checklist.text.CsvText}, {@link dev.tenken.checklist.text.YamlText} and
 * {@link dev.tenken.checklist.text.JsonStyle}, all built on the one list of
 * {@link dev.tenken.checklist.text.Hidden hidden characters}. Not exported.
 */
package dev.tenken.checklist.text;
