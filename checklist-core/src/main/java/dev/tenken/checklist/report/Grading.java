package dev.tenken.checklist.report;

import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.GradingPolicy;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Rank;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The default grading policy of SPEC section 5, computed exactly with {@link BigDecimal}.
 * Grade and score depend on item statuses alone.
 *
 * @since 0.1
 */
public final class Grading {
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Grading() {
    }

    /**
     * Summary of the items of one rank, given the status of every item of the checklist (same order).
     *
     * @param items    the items
     * @param statuses the status of each item, in the order of {@code items}; at least as long
     * @param rank     the rank to summarise; items of the other rank are skipped
     * @return counts and weighted credit of the applicable items of {@code rank}
     */
    public static RankSummary summarize(List<Item> items, List<ItemStatus> statuses, Rank rank) {
        return WeightSums.of(items).summarize(statuses, rank);
    }

    /**
     * The grade from the two rank summaries.
     *
     * @param required    the summary of the 必須 items
     * @param recommended the summary of the 推奨 items
     * @param policy      the thresholds to apply
     * @return A to E
     */
    public static Grade grade(RankSummary required, RankSummary recommended, GradingPolicy policy) {
        boolean allRequiredMet = required.met() == required.applicable();
        if (allRequiredMet) {
            return recommended.scoreAtLeast(policy.aRecommendedMin()) ? Grade.A : Grade.B;
        }
        if (required.scoreAtLeast(policy.cRequiredMin())) {
            return Grade.C;
        }
        if (required.scoreAtLeast(policy.dRequiredMin())) {
            return Grade.D;
        }
        return Grade.E;
    }

    /**
     * round(100 × (3 × required credit + recommended credit) / (3 × required possible +
     * recommended possible)), halves rounded up; 100 when nothing applies.
     *
     * @param required    the summary of the 必須 items
     * @param recommended the summary of the 推奨 items
     * @return the score, 0 to 100
     */
    public static int score(RankSummary required, RankSummary recommended) {
        BigDecimal possible = THREE.multiply(required.possible()).add(recommended.possible());
        if (possible.signum() == 0) {
            return 100;
        }
        BigDecimal credit = THREE.multiply(required.credit()).add(recommended.credit());
        return HUNDRED.multiply(credit).divide(possible, 0, RoundingMode.HALF_UP).intValueExact();
    }

    /**
     * The score of one category, given statuses of the category's items in order.
     *
     * @param category the category
     * @param statuses the status of each of its items, in the category's order
     * @return the score, 0 to 100; 100 when none of its items applies
     */
    public static int categoryScore(Category category, List<ItemStatus> statuses) {
        return WeightSums.of(category.items()).score(statuses.toArray(new ItemStatus[0]), 0);
    }

    /**
     * Convenience: the overall grade of a checklist for statuses in checklist order.
     *
     * @param checklist the checklist, whose grading policy is applied
     * @param statuses  the status of every item, in checklist order
     * @return A to E
     */
    public static Grade grade(Checklist checklist, List<ItemStatus> statuses) {
        List<Item> items = checklist.items().toList();
        return grade(summarize(items, statuses, Rank.REQUIRED), summarize(items, statuses, Rank.RECOMMENDED),
                checklist.grading());
    }
}
