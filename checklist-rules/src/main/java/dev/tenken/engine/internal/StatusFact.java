package dev.tenken.engine.internal;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.report.ItemStatus;

/** An item's decided status and the rule that decided it. */
public final class StatusFact {
    private final int item;
    private final ItemStatus status;
    private final String rule;

    /** @param item item index @param status decided status @param rule deciding rule's name */
    public StatusFact(int item, ItemStatus status, String rule) {
        this.item = item;
        this.status = status;
        this.rule = rule;
    }

    /** The item status an answer stands for ({@code unknown} is unanswered). */
    public static ItemStatus fromAnswer(AnswerStatus answer) {
        return switch (answer) {
            case MET -> ItemStatus.MET;
            case PARTIAL -> ItemStatus.PARTIAL;
            case UNMET -> ItemStatus.UNMET;
            case NOT_APPLICABLE -> ItemStatus.NOT_APPLICABLE;
            case UNKNOWN -> ItemStatus.UNANSWERED;
        };
    }

    /** Item index. */
    public int getItem() {
        return item;
    }

    /** Decided status. */
    public ItemStatus getStatus() {
        return status;
    }

    /** Whether the item is applicable and not fully met. */
    public boolean isShortfall() {
        return status.isShortfall();
    }

    /** Deciding rule's name. */
    public String getRule() {
        return rule;
    }
}
