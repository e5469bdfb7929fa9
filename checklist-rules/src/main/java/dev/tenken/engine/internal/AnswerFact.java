package dev.tenken.engine.internal;

import dev.tenken.checklist.AnswerStatus;

/** The organisation's answer for an item. */
public final class AnswerFact {
    private final int item;
    private final AnswerStatus status;

    /** @param item item index @param status the answer */
    public AnswerFact(int item, AnswerStatus status) {
        this.item = item;
        this.status = status;
    }

    /** Item index. */
    public int getItem() {
        return item;
    }

    /** The answer. */
    public AnswerStatus getStatus() {
        return status;
    }
}
