package dev.tenken.engine.batch;

/**
 * What a batch run wrote.
 *
 * @param lines      input lines answered (as many output lines or rows)
 * @param errors     lines that could not be assessed (each answered by an error line or row)
 * @param shortfalls reports with an applicable 必須 item falling short and not under a valid
 *                   waiver ({@link dev.tenken.checklist.report.AssessmentReport#hasRequiredShortfall()})
 * @since 0.3
 */
public record BatchResult(long lines, long errors, long shortfalls) {
    /**
     * Checks the counts.
     *
     * @param lines      input lines answered (as many output lines or rows)
     * @param errors     lines that could not be assessed (each answered by an error line or row)
     * @param shortfalls reports with an applicable 必須 item falling short and not under a valid
     *                   waiver ({@link dev.tenken.checklist.report.AssessmentReport#hasRequiredShortfall()})
     */
    public BatchResult {
        if (lines < 0 || errors < 0 || shortfalls < 0 || errors + shortfalls > lines) {
            throw new IllegalArgumentException("counts do not add up");
        }
    }
}
