package dev.tenken.checklist.diff;

import dev.tenken.checklist.Rank;
import dev.tenken.checklist.report.ItemStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * One item that changed between two reports.
 *
 * @param item       item id
 * @param title      the item's title (from the later report when it has one)
 * @param kind       how it changed
 * @param rankBefore rank in the earlier report; empty when {@link ChangeKind#ADDED}
 * @param rankAfter  rank in the later report; empty when {@link ChangeKind#REMOVED}
 * @param before     status in the earlier report; empty when {@link ChangeKind#ADDED}
 * @param after      status in the later report; empty when {@link ChangeKind#REMOVED}
 * @since 0.1
 */
public record ItemChange(String item, String title, ChangeKind kind, Optional<Rank> rankBefore, Optional<Rank> rankAfter,
                         Optional<ItemStatus> before, Optional<ItemStatus> after) {
    /**
     * Checks that nothing is null.
     *
     * @param item       item id
     * @param title      the item's title (from the later report when it has one)
     * @param kind       how it changed
     * @param rankBefore rank in the earlier report; empty when {@link ChangeKind#ADDED}
     * @param rankAfter  rank in the later report; empty when {@link ChangeKind#REMOVED}
     * @param before     status in the earlier report; empty when {@link ChangeKind#ADDED}
     * @param after      status in the later report; empty when {@link ChangeKind#REMOVED}
     */
    public ItemChange {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rankBefore, "rankBefore");
        Objects.requireNonNull(rankAfter, "rankAfter");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /**
     * The rank that matters now: the later one, or the earlier one for a removed item.
     *
     * @return the rank
     */
    public Rank rank() {
        return rankAfter.or(() -> rankBefore).orElseThrow();
    }
}
