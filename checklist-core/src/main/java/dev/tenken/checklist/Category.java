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

    /** Validates the category. */
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
