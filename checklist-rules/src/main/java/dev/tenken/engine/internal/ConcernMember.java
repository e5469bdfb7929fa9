package dev.tenken.engine.internal;

/** An item a {@link ConcernCase} names (inserted for phase 3 with it). */
public final class ConcernMember {
    private final int concern;
    private final int item;

    ConcernMember(int concern, int item) {
        this.concern = concern;
        this.item = item;
    }

    /** The key of the {@link ConcernCase}. */
    public int getConcern() {
        return concern;
    }

    /** The item's key in the session (see {@link Shortfall}). */
    public int getItem() {
        return item;
    }
}
