package dev.tenken.engine.internal;

/**
 * The profile of one assessment as the generated rules see it. Every compiled comparison leaf
 * is evaluated once, when the fact is made: {@code holds(n)} and {@code given(n)} are then array
 * reads, however many rules ask.
 */
public final class ProfileFacts {
    private final int checklist;
    private final boolean[] holds;
    private final boolean[] given;

    ProfileFacts(int checklist, Leaf[] leaves, Object[] values) {
        this.checklist = checklist;
        this.holds = new boolean[leaves.length];
        this.given = new boolean[leaves.length];
        for (int n = 0; n < leaves.length; n++) {
            holds[n] = leaves[n].test(values);
            given[n] = values[leaves[n].slot()] != null;
        }
    }

    /** Index of the checklist within the engine. */
    public int getChecklist() {
        return checklist;
    }

    /** Whether leaf {@code n} holds. */
    public boolean holds(int n) {
        return holds[n];
    }

    /** Whether the fact leaf {@code n} compares was given. */
    public boolean given(int n) {
        return given[n];
    }
}
