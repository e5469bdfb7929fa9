package dev.tenken.checklist.report;

import dev.tenken.checklist.Item;
import dev.tenken.checklist.Rank;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@link Grading#summarize} for one list of items, adding whole numbers where it can: every
 * weight is held once as a long at the largest scale among them, so a summary is a loop over
 * longs and two BigDecimals at the end, made with the very value and scale the BigDecimal sums
 * would have (a sum's scale is the largest of its terms', a product's the sum of its factors').
 * When a weight does not fit a long at that scale, or a sum would overflow, the sums are
 * BigDecimal ones. The BigDecimal sums were a tenth of making a batch row; a report builder
 * keeps one of these for its checklist.
 */
final class WeightSums {
    /** The largest scale among the credits of {@link ItemStatus}. */
    private static final int CREDIT_SCALE;
    /** Each status's credit as a long at {@link #CREDIT_SCALE}, by ordinal. */
    private static final long[] CREDIT;
    /** Each status's credit's own scale, by ordinal: it counts in the scale of the credit sum. */
    private static final int[] CREDIT_OWN_SCALE;

    static {
        ItemStatus[] all = ItemStatus.values();
        int scale = 0;
        for (ItemStatus s : all) {
            scale = Math.max(scale, s.credit().scale());
        }
        CREDIT_SCALE = scale;
        CREDIT = new long[all.length];
        CREDIT_OWN_SCALE = new int[all.length];
        for (ItemStatus s : all) {
            CREDIT[s.ordinal()] = s.credit().setScale(scale).unscaledValue().longValueExact();
            CREDIT_OWN_SCALE[s.ordinal()] = s.credit().scale();
        }
    }

    private final List<Item> items;
    private final Rank[] ranks;
    private final int[] scales;
    /** Each weight × 10^{@link #common}, or null when one does not fit a long. */
    private final long[] weights;
    private final int common;

    private WeightSums(List<Item> items) {
        this.items = List.copyOf(items);
        int n = this.items.size();
        ranks = new Rank[n];
        scales = new int[n];
        int c = 0;
        for (int i = 0; i < n; i++) {
            Item item = this.items.get(i);
            ranks[i] = item.rank();
            scales[i] = item.weight().scale(); // 0 to FactValue.Num.MAX_DECIMAL_PLACES: Item keeps it so
            c = Math.max(c, scales[i]);
        }
        common = c;
        long[] w = new long[n];
        try {
            for (int i = 0; i < n; i++) {
                w[i] = this.items.get(i).weight().setScale(c).unscaledValue().longValueExact();
            }
        } catch (ArithmeticException tooLarge) {
            w = null;
        }
        weights = w;
    }

    /**
     * @param items the items, in the order statuses will be given
     * @return their sums
     */
    static WeightSums of(List<Item> items) {
        return new WeightSums(items);
    }

    /**
     * What {@link Grading#summarize} gives for these items.
     *
     * @param statuses the status of each item, in order; at least as long as the items
     * @param rank     the rank to summarise
     * @return counts and weighted credit of the applicable items of {@code rank}
     */
    RankSummary summarize(List<ItemStatus> statuses, Rank rank) {
        return summarize(statuses.toArray(new ItemStatus[0]), rank);
    }

    /**
     * {@link Grading#categoryScore} for these items (a category's), their statuses starting at
     * {@code from}: the one place a category's score is worked out.
     */
    int score(ItemStatus[] statuses, int from) {
        return Grading.score(summarize(statuses, from, Rank.REQUIRED), summarize(statuses, from, Rank.RECOMMENDED));
    }

    /** As {@link #summarize(List, Rank)}, from an array (the scorecard's form), which it only reads. */
    RankSummary summarize(ItemStatus[] statuses, Rank rank) {
        return summarize(statuses, 0, rank);
    }

    /**
     * As {@link #summarize(ItemStatus[], Rank)}, the items' statuses starting at {@code from}: a
     * category's part of the whole checklist's statuses, with no copy made.
     */
    RankSummary summarize(ItemStatus[] statuses, int from, Rank rank) {
        int applicable = 0;
        int met = 0;
        int partial = 0;
        int unmet = 0;
        int unanswered = 0;
        boolean exact = weights != null;
        long credit = 0; // at scale common + CREDIT_SCALE
        long possible = 0; // at scale common
        int creditScale = 0; // the scales the BigDecimal sums end with
        int possibleScale = 0;
        for (int i = 0; i < ranks.length; i++) {
            ItemStatus s = statuses[from + i];
            if (ranks[i] != rank || s == ItemStatus.NOT_APPLICABLE) {
                continue;
            }
            applicable++;
            switch (s) {
                case MET -> met++;
                case PARTIAL -> partial++;
                case UNMET -> unmet++;
                default -> unanswered++;
            }
            possibleScale = Math.max(possibleScale, scales[i]);
            creditScale = Math.max(creditScale, scales[i] + CREDIT_OWN_SCALE[s.ordinal()]);
            if (exact) {
                try {
                    possible = Math.addExact(possible, weights[i]);
                    credit = Math.addExact(credit, Math.multiplyExact(weights[i], CREDIT[s.ordinal()]));
                } catch (ArithmeticException overflow) {
                    exact = false;
                }
            }
        }
        if (exact) {
            // exact: every term has at most the scale the sum is set to
            return new RankSummary(applicable, met, partial, unmet, unanswered,
                    BigDecimal.valueOf(credit, common + CREDIT_SCALE).setScale(creditScale),
                    BigDecimal.valueOf(possible, common).setScale(possibleScale));
        }
        BigDecimal bigCredit = BigDecimal.ZERO;
        BigDecimal bigPossible = BigDecimal.ZERO;
        for (int i = 0; i < ranks.length; i++) {
            ItemStatus s = statuses[from + i];
            if (ranks[i] == rank && s != ItemStatus.NOT_APPLICABLE) {
                BigDecimal weight = items.get(i).weight();
                bigPossible = bigPossible.add(weight);
                bigCredit = bigCredit.add(weight.multiply(s.credit()));
            }
        }
        return new RankSummary(applicable, met, partial, unmet, unanswered, bigCredit, bigPossible);
    }
}
