package dev.tenken.engine.internal;

import java.util.Arrays;

/**
 * The members of a case: pairs of an assessment's {@link Decisions} and an index in it (an item,
 * or for concerns a concern). A rule that matches the case decides every member alike, so the
 * rules fire once per case, not once per item. Filled by the evaluator before the case is
 * inserted, then only read.
 */
final class Members {
    private Decisions[] targets = new Decisions[8];
    private int[] indexes = new int[8];
    private int size;

    void add(Decisions d, int index) {
        if (size == targets.length) {
            targets = Arrays.copyOf(targets, size * 2);
            indexes = Arrays.copyOf(indexes, size * 2);
        }
        targets[size] = d;
        indexes[size] = index;
        size++;
    }

    /** One decision for a member: {@code index} in {@code d}. */
    interface Decision {
        void apply(Decisions d, int index);
    }

    /** Makes the same decision for every member. */
    void decideEach(Decision decision) {
        for (int m = 0; m < size; m++) {
            decision.apply(targets[m], indexes[m]);
        }
    }

    int size() {
        return size;
    }

}
