package dev.tenken.engine.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The profile of one assessment as the fixed rules see it (phase 1), with the items its answers
 * declare not applicable. Every compiled leaf of the checklist is evaluated once, when the fact is
 * made, to one of three values (true, false, or unknown when the profile leaves its fact out); the
 * lists the rules take their items from are then array scans, however many rules ask.
 *
 * <p>The leaves are laid out by {@link CompiledChecklist}: item {@code i}'s {@code applies_when} at
 * {@code i} (always true without one), its {@code check} at {@code items + i} (always unknown
 * without one), then the concerns' conditions.
 */
public final class ProfileFacts {
    /** Leaf known to hold / known not to hold; a leaf on a fact not given is neither (SPEC section 2). */
    private final boolean[] isTrue;
    private final boolean[] isFalse;
    /** Per item: answered not_applicable with a reason, which overrides the checklist's applicability. */
    private final boolean[] declared;
    private final int items;
    /** Per concern: the leaf of its {@code when}, or -1 when it has none. */
    private final int[] concernLeaf;

    ProfileFacts(Leaf[] leaves, Object[] values, boolean[] declared, int[] concernLeaf) {
        this.declared = declared;
        this.items = declared.length;
        this.concernLeaf = concernLeaf;
        this.isTrue = new boolean[leaves.length];
        this.isFalse = new boolean[leaves.length];
        for (int n = 0; n < leaves.length; n++) {
            byte v = leaves[n].eval(values);
            isTrue[n] = v == Leaf.TRUE;
            isFalse[n] = v == Leaf.FALSE;
        }
    }

    /** Whether leaf {@code n} is known to hold. */
    public boolean isTrue(int n) {
        return isTrue[n];
    }

    /** Whether leaf {@code n} is known not to hold. */
    public boolean isFalse(int n) {
        return isFalse[n];
    }

    /**
     * The items (indexes) whose {@code applies_when} is false: they are not applicable, whatever
     * the answer.
     */
    public List<Integer> getExcluded() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            if (isFalse[i]) {
                out.add(i);
            }
        }
        return out;
    }

    /** The items whose {@code applies_when} is true (or that have none): they surely apply. */
    public List<Integer> getApplying() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            if (isTrue[i]) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The items whose check decides {@code met}: the check is true, and the item applies or may
     * apply and was not declared not applicable, for a check decides only the status of an item
     * in grading.
     */
    public List<Integer> getMetByCheck() {
        return decided(isTrue);
    }

    /** The items whose check decides {@code unmet}; see {@link #getMetByCheck()}. */
    public List<Integer> getUnmetByCheck() {
        return decided(isFalse);
    }

    private List<Integer> decided(boolean[] outcome) {
        List<Integer> out = new ArrayList<>(0);
        for (int i = 0; i < items; i++) {
            if (outcome[items + i] && !isFalse[i] && !declared[i]) {
                out.add(i);
            }
        }
        return out;
    }

    /** The concerns (indexes) whose {@code when} is true or false, not unknown. */
    public List<Integer> getDecidableConcerns() {
        List<Integer> out = new ArrayList<>(0);
        for (int k = 0; k < concernLeaf.length; k++) {
            int leaf = concernLeaf[k];
            if (leaf >= 0 && (isTrue[leaf] || isFalse[leaf])) {
                out.add(k);
            }
        }
        return out;
    }

    /** Whether concern {@code k} has no {@code when}, or its {@code when} is known to hold. */
    boolean concernMayHold(int k) {
        int leaf = concernLeaf[k];
        return leaf < 0 || isTrue[leaf];
    }
}
