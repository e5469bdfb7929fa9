package dev.tenken.engine.rules;

import dev.tenken.checklist.Rank;
import dev.tenken.checklist.report.ItemStatus;
import java.util.Objects;

/**
 * One item with its decided status, for trusted rules.
 *
 * @since 0.1
 */
public final class ItemView {
    private final String id;
    private final String category;
    private final Rank rank;
    private final ItemStatus status;

    /**
     * @param id       item id
     * @param category category id
     * @param rank     rank after tailoring
     * @param status   decided status
     */
    public ItemView(String id, String category, Rank rank, ItemStatus status) {
        this.id = Objects.requireNonNull(id, "id");
        this.category = Objects.requireNonNull(category, "category");
        this.rank = Objects.requireNonNull(rank, "rank");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** Item id. */
    public String getId() {
        return id;
    }

    /** Category id. */
    public String getCategory() {
        return category;
    }

    /** Rank after tailoring. */
    public Rank getRank() {
        return rank;
    }

    /** Decided status. */
    public ItemStatus getStatus() {
        return status;
    }

    /** Whether the item applies and is not fully met (unmet, partial or unanswered). */
    public boolean isShortfall() {
        return status.isShortfall();
    }

    /** Whether the item applies. */
    public boolean isApplicable() {
        return status != ItemStatus.NOT_APPLICABLE;
    }
}
