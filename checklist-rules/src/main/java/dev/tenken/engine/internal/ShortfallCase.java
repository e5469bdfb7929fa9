package dev.tenken.engine.internal;

import dev.tenken.checklist.Rank;
import dev.tenken.checklist.Severity;
import dev.tenken.checklist.report.ItemStatus;

/**
 * Phase 3: the items that fall short (partial, unmet or unanswered) with the same rank and
 * status; the severity rules (SPEC section 4) give every member its severity.
 */
public final class ShortfallCase {
    private final Rank rank;
    private final ItemStatus status;
    private final Members members;

    ShortfallCase(Rank rank, ItemStatus status, Members members) {
        this.rank = rank;
        this.status = status;
        this.members = members;
    }

    /** The members' rank. */
    public Rank getRank() {
        return rank;
    }

    /** The members' status. */
    public ItemStatus getStatus() {
        return status;
    }

    /** Every member gets severity {@code s} from {@code rule}. */
    public void severity(Severity s, String rule) {
        Decisions.SeverityGiven given = new Decisions.SeverityGiven(s, rule, -1); // one record for every member
        members.decideEach((d, i) -> d.severity(i, given));
    }
}
