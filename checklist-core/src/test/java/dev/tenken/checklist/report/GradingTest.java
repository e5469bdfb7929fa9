package dev.tenken.checklist.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.GradingPolicy;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.LocalizedText;
import dev.tenken.checklist.Rank;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per rule of SPEC section 5. */
class GradingTest {
    private static final LocalizedText T = new LocalizedText("項目", "item");

    private static Item item(String id, Rank rank, String weight) {
        return new Item(id, rank, T, Optional.empty(), T, List.of(), List.of(), Optional.empty(), Optional.empty(),
                new BigDecimal(weight));
    }

    /** items and statuses as "R:met", "r:partial:2.5" (R required, r recommended, optional weight). */
    private static Object[] parse(String... specs) {
        List<Item> items = new ArrayList<>();
        List<ItemStatus> statuses = new ArrayList<>();
        int n = 0;
        for (String s : specs) {
            String[] p = s.split(":");
            items.add(item("I" + n++, p[0].equals("R") ? Rank.REQUIRED : Rank.RECOMMENDED, p.length > 2 ? p[2] : "1"));
            statuses.add(ItemStatus.valueOf(p[1].toUpperCase()));
        }
        return new Object[] {items, statuses};
    }

    @SuppressWarnings("unchecked")
    private static int score(String... specs) {
        Object[] x = parse(specs);
        List<Item> items = (List<Item>) x[0];
        List<ItemStatus> st = (List<ItemStatus>) x[1];
        return Grading.score(Grading.summarize(items, st, Rank.REQUIRED), Grading.summarize(items, st, Rank.RECOMMENDED));
    }

    @SuppressWarnings("unchecked")
    private static Grade grade(GradingPolicy policy, String... specs) {
        Object[] x = parse(specs);
        List<Item> items = (List<Item>) x[0];
        List<ItemStatus> st = (List<ItemStatus>) x[1];
        return Grading.grade(Grading.summarize(items, st, Rank.REQUIRED), Grading.summarize(items, st, Rank.RECOMMENDED), policy);
    }

    private static Grade grade(String... specs) {
        return grade(GradingPolicy.DEFAULT, specs);
    }

    @Test
    void creditsAreOneHalfAndZero() {
        assertEquals(100, score("R:met"));
        assertEquals(50, score("R:partial"));
        assertEquals(0, score("R:unmet"));
        assertEquals(0, score("R:unanswered"));
    }

    @Test
    void requiredItemsCountThreeTimes() {
        // (3*1 + 0) / (3 + 1) = 75
        assertEquals(75, score("R:met", "r:unmet"));
        // (3*0 + 1) / (3 + 1) = 25
        assertEquals(25, score("R:unmet", "r:met"));
    }

    @Test
    void weightsScaleCreditAndPossible() {
        // (3*(2*1) + 0) / (3*(2+1)) = 6/9 = 66.67 -> 67
        assertEquals(67, score("R:met:2", "R:unmet:1"));
    }

    @Test
    void notApplicableItemsAreLeftOut() {
        assertEquals(score("R:met", "r:unmet"), score("R:met", "r:unmet", "R:not_applicable", "r:not_applicable"));
    }

    @Test
    void nothingApplicableScoresHundredAndGradesA() {
        assertEquals(100, score("R:not_applicable", "r:not_applicable"));
        assertEquals(Grade.A, grade("R:not_applicable"));
    }

    @Test
    void halvesRoundUpExactlyEvenWithDecimalWeights() {
        // 0.725 / (0.725 + 0.275) = 72.5% exactly; 100 * 0.725 in binary floating point is 72.49999... and rounds to 72
        assertEquals(73, score("r:met:0.725", "r:unmet:0.275"));
        // the same with required items: 3 * 0.725 / (3 * 1) = 72.5%
        assertEquals(73, score("R:met:0.725", "R:unmet:0.275"));
        // and 0.5 below a whole: 12.5 -> 13
        assertEquals(13, score("r:partial:0.25", "r:unmet:0.75"));
    }

    @Test
    void gradeAWhenAllRequiredMetAndRecommendedAtLeastEightyPercent() {
        assertEquals(Grade.A, grade("R:met", "r:met", "r:met", "r:met", "r:met", "r:met", "r:unmet")); // 5/6 = 0.83
        assertEquals(Grade.A, grade("R:met", "r:met", "r:met", "r:met", "r:met", "r:unmet"));          // exactly 0.8
    }

    @Test
    void gradeBWhenAllRequiredMetButRecommendedBelowThreshold() {
        assertEquals(Grade.B, grade("R:met", "r:met", "r:met", "r:unmet", "r:unmet"));           // 0.5
        assertEquals(Grade.B, grade("R:met", "r:met", "r:met", "r:met", "r:unmet"));             // 0.75
        assertEquals(Grade.B, grade("R:met", "r:met", "r:met", "r:met", "r:partial", "r:unmet")); // 4.5/6 = 0.75
    }

    @Test
    void partialRequiredItemIsNotMet() {
        assertEquals(Grade.C, grade("R:met", "R:met", "R:met", "R:met", "R:met", "R:met", "R:met", "R:met", "R:met", "R:partial"));
    }

    @Test
    void gradeCDAndEFollowRequiredScore() {
        assertEquals(Grade.C, grade("R:met", "R:met", "R:met", "R:met", "R:unmet"));  // 0.8
        assertEquals(Grade.D, grade("R:met", "R:met", "R:met", "R:unmet", "R:unmet")); // 0.6
        assertEquals(Grade.D, grade("R:met", "R:unmet"));                             // exactly 0.5
        assertEquals(Grade.E, grade("R:met", "R:unmet", "R:unanswered"));             // 0.33
        assertEquals(Grade.E, grade("R:partial", "R:unmet"));                         // 0.25
    }

    @Test
    void thresholdsCanBeMovedByTheChecklist() {
        GradingPolicy strict = new GradingPolicy(new BigDecimal("0.9"), new BigDecimal("0.95"), new BigDecimal("0.7"));
        assertEquals(Grade.B, grade(strict, "R:met", "r:met", "r:met", "r:met", "r:met", "r:met", "r:unmet")); // 0.83 < 0.9
        assertEquals(Grade.D, grade(strict, "R:met", "R:met", "R:met", "R:met", "R:unmet"));          // 0.8 < 0.95
        assertEquals(Grade.E, grade(strict, "R:met", "R:unmet"));                                    // 0.5 < 0.7
    }

    @Test
    void rankSummaryCountsAndExactScore() {
        @SuppressWarnings("unchecked")
        List<Item> items = (List<Item>) parse("R:met", "R:partial", "R:unmet", "R:unanswered", "r:met", "R:not_applicable")[0];
        List<ItemStatus> st = List.of(ItemStatus.MET, ItemStatus.PARTIAL, ItemStatus.UNMET, ItemStatus.UNANSWERED,
                ItemStatus.MET, ItemStatus.NOT_APPLICABLE);
        RankSummary r = Grading.summarize(items, st, Rank.REQUIRED);
        assertEquals(4, r.applicable());
        assertEquals(1, r.met());
        assertEquals(1, r.partial());
        assertEquals(1, r.unmet());
        assertEquals(1, r.unanswered());
        assertEquals(0, new BigDecimal("1.5").compareTo(r.credit()));
        assertEquals(0.375, r.score());
        assertTrue(Grading.summarize(items, st, Rank.RECOMMENDED).scoreAtLeast(BigDecimal.ONE));
    }
}
