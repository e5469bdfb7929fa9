package dev.tenken.checklist;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One measure of a checklist.
 *
 * @param id          unique across the checklist, matching {@code [A-Za-z0-9][A-Za-z0-9._-]*}
 * @param rank        必須 or 推奨
 * @param title       short name of the measure
 * @param description what the measure means, if the title needs it
 * @param remediation what to do when the measure is not met
 * @param references  guideline sections and standards the measure comes from, in both languages (a
 *                    reference written once reads the same in both)
 * @param threats     threats the measure counters (malware, unauthorised-access, theft-loss, eavesdropping, ...)
 * @param appliesWhen the item is not applicable unless this holds
 * @param check       when present, decides the status from the profile
 * @param weight      positive weight in grading, within the bounds of {@link FactValue.Num}
 * @since 0.1
 */
public record Item(
        String id,
        Rank rank,
        LocalizedText title,
        Optional<LocalizedText> description,
        LocalizedText remediation,
        List<LocalizedText> references,
        List<String> threats,
        Optional<Condition> appliesWhen,
        Optional<Condition> check,
        BigDecimal weight) {

    /**
     * Validates the item and copies its lists.
     *
     * @param id          unique across the checklist, matching {@link Ids#ITEM_ID}
     * @param rank        必須 or 推奨
     * @param title       short name of the measure
     * @param description what the measure means, empty when the title is enough
     * @param remediation what to do when the measure is not met
     * @param references  guideline sections and standards the measure comes from; may be empty
     * @param threats     threats the measure counters; may be empty
     * @param appliesWhen the item is not applicable unless this holds; empty when it always applies
     * @param check       when present, decides the status from the profile
     * @param weight      positive weight in grading, within the bounds of {@link FactValue.Num}
     * @throws IllegalArgumentException if the id is malformed or the weight is not positive or out of bounds
     */
    public Item {
        Ids.requireItemId(id);
        // the JSON readers intern keys (Jackson does), so an answer's key is this very String and
        // the map look-ups of checking and evaluating compare references, not characters
        id = id.intern();
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(remediation, "remediation");
        references = List.copyOf(references);
        threats = List.copyOf(threats);
        Objects.requireNonNull(appliesWhen, "appliesWhen");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(weight, "weight");
        weight = FactValue.Num.requireInRange("item '" + id + "': weight", weight);
        if (weight.signum() <= 0) {
            throw new IllegalArgumentException("item '" + id + "': weight must be positive, was " + weight);
        }
    }

    /**
     * This item with another rank (used by {@code tailor}).
     *
     * @param newRank the rank to give it
     * @return a copy of this item with {@code newRank}
     */
    public Item withRank(Rank newRank) {
        return new Item(id, newRank, title, description, remediation, references, threats, appliesWhen, check, weight);
    }
}
