package dev.tenken.checklist;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A group of items under one heading (authentication, encryption, ...).
 *
 * @param id    category id
 * @param title heading
 * @param items items in checklist order
 * @since 0.1
 */
public record Category(String id, LocalizedText title, List<Item> items) {

    /**
     * Validates the category and copies its items.
     *
     * @param id    category id, matching {@link Ids#ITEM_ID}
     * @param title heading; not null
     * @param items items in checklist order; no two with the same id
     * @throws IllegalArgumentException if the id is malformed or two items share an id
     */
    public Category {
        Ids.requireItemId(id);
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
        Set<String> seen = new HashSet<>();
        for (Item i : items) {
            if (!seen.add(i.id())) {
                throw new IllegalArgumentException("category '" + id + "': duplicate item id '" + i.id() + "'");
            }
        }
    }
}
