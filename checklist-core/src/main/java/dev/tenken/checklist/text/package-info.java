/**
 * Plain text helpers with no knowledge of checklists: "did you mean" suggestions, the one JSON
 * layout Tenken prints, and Markdown escaping. Not exported.
 */
package dev.tenken.checklist.text;
