package dev.tenken.checklist.report;

import dev.tenken.checklist.Rank;

/**
 * The outcome for one item.
 *
 * @param item       item id
 * @param category   id of the category the item belongs to
 * @param rank       rank after tailoring
 * @param status     status after evaluation
 * @param applicable false when left out of grading
 * @param title      the item's title in the report's language
 * @since 0.1
 */
public record ItemResult(String item, String category, Rank rank, ItemStatus status, boolean applicable, String title) {
}
