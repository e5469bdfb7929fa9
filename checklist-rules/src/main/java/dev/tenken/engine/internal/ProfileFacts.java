package dev.tenken.engine.internal;

/**
 * The profile of one assessment as the generated rules see it: {@code holds(n)} evaluates leaf
 * {@code n} of the checklist's compiled conditions, {@code given(n)} says whether its fact was
 * stated.
 */
public final class ProfileFacts {
    private final int checklist;
    private final Leaf[] leaves;
    private final Object[] values;

    ProfileFacts(int checklist, Leaf[] leaves, Object[] values) {
        this.checklist = checklist;
        this.leaves = leaves;
        this.values = values;
    }

    /** Index of the checklist within the engine. */
    public int getChecklist() {
        return checklist;
    }

    /** Whether leaf {@code n} holds. */
    public boolean holds(int n) {
        return leaves[n].test(values);
    }

    /** Whether the fact leaf {@code n} compares was given. */
    public boolean given(int n) {
        return values[leaves[n].slot()] != null;
    }
}
