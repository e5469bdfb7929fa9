package dev.tenken.engine.batch;

/**
 * What {@link Batch} writes.
 *
 * @since 0.3
 */
public enum BatchFormat {
    /** One JSON report (SPEC section 6) per line, or {@code {"line": N, "error": "..."}}. */
    JSONL,
    /**
     * One CSV row per organisation, UTF-8 with a byte-order mark and a header row (see
     * {@link dev.tenken.checklist.stats.ReportLines}).
     */
    CSV
}
