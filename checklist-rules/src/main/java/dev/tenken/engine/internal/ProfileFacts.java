package dev.tenken.engine.internal;

/**
 * The profile of one assessment as the generated rules see it, with the items its answers declare
 * not applicable. Every compiled comparison leaf
 * is evaluated once, when the fact is made, to one of three values (true, false, or unknown when
 * the profile leaves its fact out); the four tests below are then array reads, however many
 * rules ask.
 */
public final class ProfileFacts {
    private final int checklist;
    /** Leaf known to hold / known not to hold; a leaf on a fact not given is neither (SPEC section 2). */
    private final boolean[] isTrue;
    private final boolean[] isFalse;
    /** Per item: answered not_applicable with a reason, which overrides the checklist's applicability. */
    private final boolean[] declared;

    ProfileFacts(int checklist, Leaf[] leaves, Object[] values, boolean[] declared) {
        this.checklist = checklist;
        this.declared = declared;
        this.isTrue = new boolean[leaves.length];
        this.isFalse = new boolean[leaves.length];
        for (int n = 0; n < leaves.length; n++) {
            byte v = leaves[n].eval(values);
            isTrue[n] = v == Leaf.TRUE;
            isFalse[n] = v == Leaf.FALSE;
        }
    }

    /** Index of the checklist within the engine. */
    public int getChecklist() {
        return checklist;
    }

    /** Whether item {@code i} was declared not applicable (answered so, with a reason). */
    boolean declared(int i) {
        return declared[i];
    }

    /** Whether leaf {@code n} is true or false, not unknown. */
    public boolean isKnown(int n) {
        return isTrue[n] || isFalse[n];
    }

    /** Whether leaf {@code n} is known to hold. */
    public boolean isTrue(int n) {
        return isTrue[n];
    }

    /** Whether leaf {@code n} is known not to hold. */
    public boolean isFalse(int n) {
        return isFalse[n];
    }

    /** Whether leaf {@code n} is not known to hold (false, or unknown). */
    public boolean notTrue(int n) {
        return !isTrue[n];
    }

    /** Whether leaf {@code n} is not known not to hold (true, or unknown). */
    public boolean notFalse(int n) {
        return !isFalse[n];
    }
}
