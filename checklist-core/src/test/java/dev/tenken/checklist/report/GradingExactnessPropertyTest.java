package dev.tenken.checklist.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenken.checklist.Item;
import dev.tenken.checklist.LocalizedText;
import dev.tenken.checklist.Rank;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Grading#summarize} gives exactly what SPEC section 5 writes down — credit = Σ weight ×
 * credit(status), possible = Σ weight over the applicable items of a rank — equal as
 * {@link BigDecimal}s, scale included, over seeded weights of many scales; and {@link WeightSums},
 * which adds longs, gives the very same summaries, also for weights too large for it. Each case
 * is named by its seed, and every failure message repeats it.
 */
class GradingExactnessPropertyTest {
    private static final String[] WEIGHTS = {"1", "1.0", "1.50", "0.5", "0.25", "0.125", "2", "2.000", "3", "0.1",
        "0.3333", "7.25", "1E+1", "0.0001", "10"};
    private static final LocalizedText T = new LocalizedText("項目", "item");

    static LongStream seeds() {
        return LongStream.range(0, 300).map(i -> 20261124L * 7 + i);
    }

    /** SPEC section 5 written out: counts, and BigDecimal sums from zero over the applicable items of the rank. */
    private static RankSummary bySpec(List<Item> items, List<ItemStatus> statuses, Rank rank) {
        int[] count = new int[ItemStatus.values().length];
        BigDecimal credit = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).rank() == rank && statuses.get(i) != ItemStatus.NOT_APPLICABLE) {
                count[statuses.get(i).ordinal()]++;
                possible = possible.add(items.get(i).weight());
                credit = credit.add(items.get(i).weight().multiply(statuses.get(i).credit()));
            }
        }
        int met = count[ItemStatus.MET.ordinal()];
        int partial = count[ItemStatus.PARTIAL.ordinal()];
        int unmet = count[ItemStatus.UNMET.ordinal()];
        int unanswered = count[ItemStatus.UNANSWERED.ordinal()];
        return new RankSummary(met + partial + unmet + unanswered, met, partial, unmet, unanswered, credit, possible);
    }

    /** Seeded items with weights drawn from {@code weights}, and a status for each. */
    private static List<Item> items(Random r, String[] weights, int most, List<ItemStatus> statuses) {
        List<Item> items = new ArrayList<>();
        for (int i = r.nextInt(most); i >= 0; i--) {
            items.add(new Item("I-" + i, r.nextBoolean() ? Rank.REQUIRED : Rank.RECOMMENDED, T, Optional.empty(), T,
                    List.of(), List.of(), Optional.empty(), Optional.empty(), new BigDecimal(weights[r.nextInt(weights.length)])));
            statuses.add(ItemStatus.values()[r.nextInt(ItemStatus.values().length)]);
        }
        return items;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void summaryIsTheSumOfWeightTimesCreditScaleIncluded(long seed) {
        List<ItemStatus> statuses = new ArrayList<>();
        List<Item> items = items(new Random(seed), WEIGHTS, 40, statuses);
        for (Rank rank : Rank.values()) {
            RankSummary want = bySpec(items, statuses, rank);
            RankSummary s = Grading.summarize(items, statuses, rank);
            assertEquals(want.credit(), s.credit(), "credit, seed=" + seed + ", rank=" + rank);
            assertEquals(want.possible(), s.possible(), "possible, seed=" + seed + ", rank=" + rank);
            assertEquals(want, s, "seed=" + seed + ", rank=" + rank);
        }
    }

    /** Weights too large for longs at a common scale, or sums that overflow them. */
    private static final String[] LARGE = {"999999999999999", "0.0000000001", "999999999.5", "1", "0.5",
        "99999999.99999999", "1000000000000000", "123456789.123456789"};

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sumsOfLongsGiveTheSameSummariesWhateverTheWeights(long seed) {
        Random r = new Random(seed);
        List<ItemStatus> statuses = new ArrayList<>();
        List<Item> items = items(r, r.nextBoolean() ? LARGE : WEIGHTS, 60, statuses);
        WeightSums sums = WeightSums.of(items);
        for (Rank rank : Rank.values()) {
            assertEquals(bySpec(items, statuses, rank), sums.summarize(statuses, rank), "seed=" + seed + ", rank=" + rank);
        }
    }
}
