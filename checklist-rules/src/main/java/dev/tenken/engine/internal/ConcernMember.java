package dev.tenken.engine.internal;

/** An item a {@link ConcernCase} names (inserted for phase 3 with it). */
public final class ConcernMember {
    private final int concern;
    private final int item;

    ConcernMember(int concern, int item) {
        this.concern = concern;
        this.item = item;
    }

    /** The concern's index. */
    public int getConcern() {
        return concern;
    }

    /** The item's index. */
    public int getItem() {
        return item;
    }
}
