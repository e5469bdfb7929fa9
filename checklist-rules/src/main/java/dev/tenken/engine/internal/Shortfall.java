package dev.tenken.engine.internal;

/**
 * Phase 3: an item, named by a concern that may hold, that falls short. Its key is unique in the
 * session: the item's index plus the number of items of the assessments before its own.
 */
public final class Shortfall {
    private final int item;

    Shortfall(int item) {
        this.item = item;
    }

    /** The item's key in the session. */
    public int getItem() {
        return item;
    }
}
