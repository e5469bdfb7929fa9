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
     * A view of one item; the engine makes these, rules only match them.
     *
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

    /**
     * Item id.
     *
     * @return the id, as in the checklist
     */
    public String getId() {
        return id;
    }

    /**
     * Category id.
     *
     * @return the id of the category the item belongs to
     */
    public String getCategory() {
        return category;
    }

    /**
     * Rank after tailoring.
     *
     * @return 必須 or 推奨
     */
    public Rank getRank() {
        return rank;
    }

    /**
     * Decided status.
     *
     * @return the status from the answer or the item's {@code check}; {@code NOT_APPLICABLE} when left out
     */
    public ItemStatus getStatus() {
        return status;
    }

    /**
     * Whether the item applies and is not fully met (unmet, partial or unanswered). In DRL: {@code shortfall}.
     *
     * @return true when the item is a finding
     */
    public boolean isShortfall() {
        return status.isShortfall();
    }

    /**
     * Whether the item applies. In DRL: {@code applicable}.
     *
     * @return false when the status is {@code NOT_APPLICABLE}
     */
    public boolean isApplicable() {
        return status != ItemStatus.NOT_APPLICABLE;
    }
}
