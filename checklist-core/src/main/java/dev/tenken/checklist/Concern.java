package dev.tenken.checklist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cross-item rule written as data: when the profile condition holds and every listed item is
 * not fully met (unmet, partial or unanswered), the report carries a finding with no item, and
 * (if {@code raise}) the listed items' severity is raised to this severity.
 *
 * <p>Example: public Wi-Fi in the profile while the VPN item is unmet.
 *
 * @param id          concern id, unique in the checklist
 * @param when        profile condition, if any
 * @param itemsNotMet item ids that must all be not fully met; at least one, at most {@link #MAX_ITEMS_NOT_MET}
 * @param severity    severity of the finding
 * @param raise       whether the listed items' findings are raised to {@code severity}
 * @param title       what the concern is
 * @param remediation what to do about it
 * @param references  where the concern comes from
 * @since 0.1
 */
public record Concern(
        String id,
        Optional<Condition> when,
        List<String> itemsNotMet,
        Severity severity,
        boolean raise,
        LocalizedText title,
        LocalizedText remediation,
        List<LocalizedText> references) {

    /**
     * The most items a concern may name (64): each is one pattern of one generated rule, whose
     * compiled code has a fixed size limit, and a concern over more items is better split.
     */
    public static final int MAX_ITEMS_NOT_MET = 64;
    /**
     * The most concerns one checklist may hold, inherited ones included (256): each is one
     * generated rule, and compiling rules is the slow part of making an engine.
     */
    public static final int MAX_PER_CHECKLIST = 256;
    /**
     * The most item ids all concerns of one checklist may name together, inherited ones
     * included (2,048): each is one pattern of a generated rule.
     */
    public static final int MAX_ITEMS_PER_CHECKLIST = 2_048;

    /**
     * Validates the concern and copies its lists.
     *
     * @param id          concern id, matching {@link Ids#ITEM_ID}
     * @param when        profile condition, empty when the concern always applies
     * @param itemsNotMet item ids that must all be not fully met; 1 to {@link #MAX_ITEMS_NOT_MET} of them
     * @param severity    severity of the finding
     * @param raise       whether the listed items' findings are raised to {@code severity}
     * @param title       what the concern is
     * @param remediation what to do about it
     * @param references  where the concern comes from; may be empty
     * @throws IllegalArgumentException if the id is malformed or {@code itemsNotMet} is empty or too long
     */
    public Concern {
        Ids.requireItemId(id);
        Objects.requireNonNull(when, "when");
        itemsNotMet = List.copyOf(itemsNotMet);
        if (itemsNotMet.isEmpty()) {
            throw new IllegalArgumentException("concern '" + id + "': items_not_met needs at least one item");
        }
        if (itemsNotMet.size() > MAX_ITEMS_NOT_MET) {
            throw new IllegalArgumentException("concern '" + id + "': items_not_met names " + itemsNotMet.size()
                    + " items; the limit is " + MAX_ITEMS_NOT_MET);
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(remediation, "remediation");
        references = List.copyOf(references);
    }
}
