package dev.tenken.checklist.report;

import java.math.BigDecimal;

/**
 * Counts and score for the applicable items of one rank.
 *
 * @param applicable number of applicable items
 * @param met        met items
 * @param partial    partially met items
 * @param unmet      unmet items
 * @param unanswered applicable items with no answer or {@code unknown}
 * @param credit     weighted credit
 * @param possible   weighted possible credit
 * @since 0.1
 */
public record RankSummary(int applicable, int met, int partial, int unmet, int unanswered,
                          BigDecimal credit, BigDecimal possible) {

    /**
     * credit / possible, or exactly 1 when nothing of this rank applies; rounded to 4 places for display.
     *
     * @return the score, 0 to 1
     */
    public double score() {
        if (possible.signum() == 0) {
            return 1.0;
        }
        return credit.divide(possible, 4, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * Whether credit/possible is at least {@code threshold}, compared exactly.
     *
     * @param threshold a fraction, such as 0.8
     * @return true when the score reaches the threshold, or nothing of this rank applies
     */
    public boolean scoreAtLeast(BigDecimal threshold) {
        return possible.signum() == 0 || credit.compareTo(threshold.multiply(possible)) >= 0;
    }
}
