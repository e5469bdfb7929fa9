package dev.tenken.engine.internal;

/** Inserted by a generated rule when an item's {@code applies_when} does not hold. */
public final class NotApplicable {
    private final int item;

    /** @param item item index */
    public NotApplicable(int item) {
        this.item = item;
    }

    /** Item index. */
    public int getItem() {
        return item;
    }
}
