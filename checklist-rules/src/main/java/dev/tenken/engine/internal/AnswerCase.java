package dev.tenken.engine.internal;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.report.ItemStatus;

/**
 * Phase 2: the items that phase 1 left undecided (they apply, and no {@code check} decided them)
 * and that were answered alike: the same answer (or none) and, for {@code not_applicable}, a
 * reason or none. The status rules decide every member from the answer.
 */
public final class AnswerCase {
    private final AnswerStatus answer;
    private final boolean reasoned;
    private final Members members;

    AnswerCase(AnswerStatus answer, boolean reasoned, Members members) {
        this.answer = answer;
        this.reasoned = reasoned;
        this.members = members;
    }

    /** The item status an answer stands for ({@code unknown} is unanswered). */
    public static ItemStatus statusOf(AnswerStatus answer) {
        return switch (answer) {
            case MET -> ItemStatus.MET;
            case PARTIAL -> ItemStatus.PARTIAL;
            case UNMET -> ItemStatus.UNMET;
            case NOT_APPLICABLE -> ItemStatus.NOT_APPLICABLE;
            case UNKNOWN -> ItemStatus.UNANSWERED;
        };
    }

    /** The answer, or null when none was given. */
    public AnswerStatus getAnswer() {
        return answer;
    }

    /** Whether the answer's note gives a reason (what makes a {@code not_applicable} answer count). */
    public boolean isReasoned() {
        return reasoned;
    }

    /** Every member gets status {@code s}. */
    public void status(ItemStatus s, String rule) {
        members.decideEach((d, i) -> d.status(i, s, rule));
    }

    /** Every member is declared not applicable. */
    public void declare(String rule) {
        members.decideEach((d, i) -> d.declare(i, rule));
    }
}
