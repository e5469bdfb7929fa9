package dev.tenken.engine.internal;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.report.ItemStatus;

/**
 * An item that falls short (partial, unmet or unanswered), inserted for phase 3: the severity
 * rules and the generated concern rules match these.
 */
public final class StatusFact {
    private final int item;
    private final Rank rank;
    private final ItemStatus status;

    StatusFact(int item, Rank rank, ItemStatus status) {
        this.item = item;
        this.rank = rank;
        this.status = status;
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

    /** The item's rank. */
    public Rank getRank() {
        return rank;
    }

    /** Decided status. */
    public ItemStatus getStatus() {
        return status;
    }
}
