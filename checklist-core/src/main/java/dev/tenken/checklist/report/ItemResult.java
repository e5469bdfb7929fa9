package dev.tenken.checklist.report;

import dev.tenken.checklist.Rank;

/**
 * The outcome for one item.
 *
 * @param item       item id
 * @param rank       rank after tailoring
 * @param status     status after evaluation
 * @param applicable false when left out of grading
 * @since 0.1
 */
public record ItemResult(String item, Rank rank, ItemStatus status, boolean applicable) {
}
