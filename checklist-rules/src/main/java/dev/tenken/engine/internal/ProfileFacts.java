package dev.tenken.engine.internal;

import dev.tenken.checklist.Answer;
import dev.tenken.checklist.AnswerStatus;
import java.util.Map;

/**
 * The profile of one assessment as the fixed rules see it (phase 1), with the items its answers
 * declare not applicable. Every compiled leaf of the checklist is evaluated once, when this is
 * made, to one of three values (true, false, or unknown when the profile leaves its fact out);
 * {@link #addTo} then sorts the items into the {@link ProfileCase}s the rules match.
 *
 * <p>The leaves are laid out by {@link CompiledChecklist}: item {@code i}'s {@code applies_when} at
 * {@code i} (always true without one), its {@code check} at {@code items + i} (always unknown
 * without one), then the concerns' conditions.
 */
final class ProfileFacts {
    /** Leaf known to hold / known not to hold; a leaf on a fact not given is neither (SPEC section 2). */
    private final boolean[] isTrue;
    private final boolean[] isFalse;
    /** The answers by item id, and the items' ids in order: to tell which items are declared not applicable. */
    private final Map<String, Answer> answers;
    private final String[] itemIds;
    private final int items;
    /** Per concern: the leaf of its {@code when}, or -1 when it has none. */
    private final int[] concernLeaf;

    /**
     * @param leaves      the checklist's leaves, laid out as the class comment says
     * @param firstOf     for each leaf, the first place the same leaf object stands, whose value it takes
     * @param values      the profile's values by fact slot
     * @param answers     the assessment's answers by item id
     * @param itemIds     the checklist's item ids, in order
     * @param concernLeaf per concern, its {@code when}'s leaf or -1
     */
    ProfileFacts(Leaf[] leaves, int[] firstOf, Object[] values, Map<String, Answer> answers, String[] itemIds,
                 int[] concernLeaf) {
        this.answers = answers;
        this.itemIds = itemIds;
        this.items = itemIds.length;
        this.concernLeaf = concernLeaf;
        this.isTrue = new boolean[leaves.length];
        this.isFalse = new boolean[leaves.length];
        for (int n = 0; n < leaves.length; n++) {
            int first = firstOf[n];
            if (first < n) {
                isTrue[n] = isTrue[first];
                isFalse[n] = isFalse[first];
                continue;
            }
            byte v = leaves[n].eval(values);
            isTrue[n] = v == Leaf.TRUE;
            isFalse[n] = v == Leaf.FALSE;
        }
    }

    /**
     * Adds this assessment's phase 1 outcome to the members of the session's {@link ProfileCase}s,
     * indexed by {@link ProfileCase.Kind#ordinal()}: items whose {@code applies_when} is false
     * (excluded) or true (applying, which includes items without one); items whose check decides
     * {@code met} or {@code unmet}, which a check does only for an item that applies or may apply
     * and was not declared not applicable; concerns whose {@code when} is true or false.
     */
    void addTo(Decisions d, Members[] byKind) {
        for (int i = 0; i < items; i++) {
            if (isFalse[i]) {
                byKind[ProfileCase.Kind.EXCLUDED.ordinal()].add(d, i);
                continue;
            }
            if (isTrue[i]) {
                byKind[ProfileCase.Kind.APPLYING.ordinal()].add(d, i);
            }
            // asked only of the few items whose check decides: most have none
            if (isTrue[items + i] && !declared(i)) {
                byKind[ProfileCase.Kind.MET_BY_CHECK.ordinal()].add(d, i);
            } else if (isFalse[items + i] && !declared(i)) {
                byKind[ProfileCase.Kind.UNMET_BY_CHECK.ordinal()].add(d, i);
            }
        }
        for (int k = 0; k < concernLeaf.length; k++) {
            int leaf = concernLeaf[k];
            if (leaf >= 0 && (isTrue[leaf] || isFalse[leaf])) {
                byKind[ProfileCase.Kind.CONCERN_DECIDABLE.ordinal()].add(d, k);
            }
        }
    }

    /** Whether item {@code i} is answered not_applicable with a reason, which overrides the checklist's applicability. */
    private boolean declared(int i) {
        Answer a = answers.get(itemIds[i]);
        return a != null && a.status() == AnswerStatus.NOT_APPLICABLE && a.hasReason();
    }

    /** Whether concern {@code k} has no {@code when}, or its {@code when} is known to hold. */
    boolean concernMayHold(int k) {
        int leaf = concernLeaf[k];
        return leaf < 0 || isTrue[leaf];
    }
}
