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
 * {@link BigDecimal}s, scale included, over seeded weights of many scales. Each case is named by
 * its seed, and every failure message repeats it.
 */
class GradingExactnessPropertyTest {
    private static final String[] WEIGHTS = {"1", "1.0", "1.50", "0.5", "0.25", "0.125", "2", "2.000", "3", "0.1",
        "0.3333", "7.25", "1E+1", "0.0001", "10"};
    private static final LocalizedText T = new LocalizedText("項目", "item");

    static LongStream seeds() {
        return LongStream.range(0, 300).map(i -> 20261124L * 7 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void summaryIsTheSumOfWeightTimesCreditScaleIncluded(long seed) {
        Random r = new Random(seed);
        List<Item> items = new ArrayList<>();
        List<ItemStatus> statuses = new ArrayList<>();
        for (int i = r.nextInt(40); i >= 0; i--) {
            items.add(new Item("I-" + i, r.nextBoolean() ? Rank.REQUIRED : Rank.RECOMMENDED, T, Optional.empty(), T,
                    List.of(), List.of(), Optional.empty(), Optional.empty(), new BigDecimal(WEIGHTS[r.nextInt(WEIGHTS.length)])));
            statuses.add(ItemStatus.values()[r.nextInt(ItemStatus.values().length)]);
        }
        for (Rank rank : Rank.values()) {
            BigDecimal credit = BigDecimal.ZERO;
            BigDecimal possible = BigDecimal.ZERO;
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).rank() == rank && statuses.get(i) != ItemStatus.NOT_APPLICABLE) {
                    possible = possible.add(items.get(i).weight());
                    credit = credit.add(items.get(i).weight().multiply(statuses.get(i).credit()));
                }
            }
            RankSummary s = Grading.summarize(items, statuses, rank);
            assertEquals(credit, s.credit(), "credit, seed=" + seed + ", rank=" + rank);
            assertEquals(possible, s.possible(), "possible, seed=" + seed + ", rank=" + rank);
        }
    }
}
