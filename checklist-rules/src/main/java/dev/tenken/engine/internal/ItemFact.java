package dev.tenken.engine.internal;

import dev.tenken.checklist.Rank;

/** An item of the checklist being evaluated, by index in checklist order. Immutable, shared between sessions. */
public final class ItemFact {
    private final int index;
    private final Rank rank;

    /** @param index item index @param rank item rank */
    public ItemFact(int index, Rank rank) {
        this.index = index;
        this.rank = rank;
    }

    /** Index in checklist order. */
    public int getIndex() {
        return index;
    }

    /** Rank after tailoring. */
    public Rank getRank() {
        return rank;
    }
}
