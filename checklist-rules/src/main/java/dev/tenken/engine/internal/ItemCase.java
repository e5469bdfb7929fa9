package dev.tenken.engine.internal;

import dev.tenken.checklist.AnswerStatus;

/**
 * An item of one assessment that phase 1 left undecided (it applies, and no {@code check}
 * decided it), with the answer given: the generic status rules decide it from the answer.
 */
public final class ItemCase {
    private final int index;
    private final AnswerStatus answer;

    ItemCase(int index, AnswerStatus answer) {
        this.index = index;
        this.answer = answer;
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
