package dev.tenken.engine.internal;

/** Inserted by a generated rule when an item's {@code check} could be decided from the profile. */
public final class CheckOutcome {
    private final int item;
    private final boolean met;

    /** @param item item index @param met whether the check holds */
    public CheckOutcome(int item, boolean met) {
        this.item = item;
        this.met = met;
    }

    /** Item index. */
    public int getItem() {
        return item;
    }

    /** Whether the check holds. */
    public boolean isMet() {
        return met;
    }
}
