package dev.tenken.engine.internal;

import dev.tenken.checklist.AnswerStatus;

/**
 * One item of one assessment as the generic status rules see it: what the generated
 * {@code applies_when} and {@code check} rules decided in phase 1, and the answer given.
 */
public final class ItemCase {
    private final int index;
    private final boolean notApplicable;
    private final boolean checkDecided;
    private final boolean checkMet;
    private final AnswerStatus answer;

    ItemCase(int index, boolean notApplicable, boolean checkDecided, boolean checkMet, AnswerStatus answer) {
        this.index = index;
        this.notApplicable = notApplicable;
        this.checkDecided = checkDecided;
        this.checkMet = checkMet;
        this.answer = answer;
    }

    /** Item index in checklist order. */
    public int getIndex() {
        return index;
    }

    /** Whether a generated rule found the item's {@code applies_when} false. */
    public boolean isNotApplicable() {
        return notApplicable;
    }

    /** Whether a generated rule decided the item's {@code check}. */
    public boolean isCheckDecided() {
        return checkDecided;
    }

    /** The check's outcome, when decided. */
    public boolean isCheckMet() {
        return checkMet;
    }

    /** The answer, or null when none was given. */
    public AnswerStatus getAnswer() {
        return answer;
    }
}
