package dev.tenken.engine.internal;

/** Inserted by a generated rule when a checklist's concern applies. */
public final class ConcernFact {
    private final int concern;

    /** @param concern index into the checklist's concerns */
    public ConcernFact(int concern) {
        this.concern = concern;
    }

    /** Index into the checklist's concerns. */
    public int getConcern() {
        return concern;
    }
}
