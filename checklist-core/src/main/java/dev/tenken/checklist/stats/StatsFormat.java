package dev.tenken.checklist.stats;

/**
 * The formats {@link StatsWriter} writes.
 *
 * @since 0.3
 */
public enum StatsFormat {
    /** Plain text for a terminal. */
    TEXT,
    /** Markdown. */
    MARKDOWN,
    /** JSON; the grade distribution is an object from grade to count. */
    JSON,
    /** One self-contained HTML page (inline CSS and SVG charts, no scripts), printable on A4. */
    HTML
}
