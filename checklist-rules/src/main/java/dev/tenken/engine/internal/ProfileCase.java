package dev.tenken.engine.internal;

import dev.tenken.checklist.report.ItemStatus;

/**
 * Phase 1: what the profiles decided, one fact per kind of decision, whose members are the items
 * (or concerns) of every assessment in the session it holds for. The checklist's conditions are
 * evaluated when the case is made (see {@link ProfileFacts}: three-valued leaves); the rules
 * turn the outcome into decisions.
 */
public final class ProfileCase {
    /** What the profile decided for the members. */
    public enum Kind {
        /** The item's {@code applies_when} is false. */
        EXCLUDED,
        /** The item's {@code applies_when} is true, or it has none. */
        APPLYING,
        /** The item's {@code check} is true (and the item may apply and was not declared not applicable). */
        MET_BY_CHECK,
        /** The item's {@code check} is false (likewise). */
        UNMET_BY_CHECK,
        /** The concern's {@code when} is true or false, not unknown; members are concern indexes. */
        CONCERN_DECIDABLE
    }

    private final Kind kind;
    private final Members members;

    ProfileCase(Kind kind, Members members) {
        this.kind = kind;
        this.members = members;
    }

    /** The kind of decision. */
    public Kind getKind() {
        return kind;
    }

    /** Every member item is not applicable. */
    public void exclude(String rule) {
        members.decideEach((d, i) -> d.exclude(i, rule));
    }

    /** Every member item surely applies. */
    public void applies() {
        members.decideEach(Decisions::applies);
    }

    /** Every member item has status {@code s}, decided by its check. */
    public void byCheck(ItemStatus s, String rule) {
        members.decideEach((d, i) -> d.byCheck(i, s, rule));
    }

    /** Every member concern is decidable. */
    public void concernKnown() {
        members.decideEach(Decisions::concernKnown);
    }
}
