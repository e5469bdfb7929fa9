package dev.tenken.engine.internal;

import dev.tenken.checklist.AnswerStatus;

/**
 * An item of one assessment that phase 1 left undecided (it applies, and no {@code check}
 * decided it), with the answer given: the generic status rules decide it from the answer.
 */
public final class ItemCase {
    private final int index;
    private final AnswerStatus answer;
    private final boolean reasoned;

    ItemCase(int index, AnswerStatus answer, boolean reasoned) {
        this.index = index;
        this.answer = answer;
        this.reasoned = reasoned;
    }

    /** Whether the answer's note gives a reason (what makes a {@code not_applicable} answer count). */
    public boolean isReasoned() {
        return reasoned;
    }

    /** Item index in checklist order. */
    public int getIndex() {
        return index;
    }

    /** The answer, or null when none was given. */
    public AnswerStatus getAnswer() {
        return answer;
    }
}
