package dev.tenken.checklist.report;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Rank;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome for one item.
 *
 * @param item          item id
 * @param category      id of the category the item belongs to
 * @param rank          rank after tailoring
 * @param status        status after evaluation
 * @param applicable    false when left out of grading
 * @param title         the item's title in the report's language
 * @param applicability why it is or is not graded
 * @param statusFrom    where the status came from
 * @param missingFacts  for an {@link Applicability#ASSUMED} item, the profile facts that would decide it
 * @param answer        the answer as given, when it differs from the status used
 * @param note          the organisation's note, if given
 * @param evidence      where the evidence is, if given
 * @param waiver        the waiver given with the answer, if any
 * @since 0.1
 */
public record ItemResult(String item, String category, Rank rank, ItemStatus status, boolean applicable, String title,
                         Applicability applicability, StatusSource statusFrom, List<String> missingFacts,
                         Optional<AnswerStatus> answer, Optional<String> note, Optional<String> evidence,
                         Optional<WaiverResult> waiver) {
    /**
     * Copies the list; rejects nulls.
     *
     * @param item          item id
     * @param category      id of the category the item belongs to
     * @param rank          rank after tailoring
     * @param status        status after evaluation
     * @param applicable    false when left out of grading
     * @param title         the item's title in the report's language
     * @param applicability why it is or is not graded
     * @param statusFrom    where the status came from
     * @param missingFacts  for an {@link Applicability#ASSUMED} item, the profile facts that would decide it
     * @param answer        the answer as given, when it differs from the status used
     * @param note          the organisation's note, if given
     * @param evidence      where the evidence is, if given
     * @param waiver        the waiver given with the answer, if any
     */
    public ItemResult {
        Objects.requireNonNull(applicability, "applicability");
        Objects.requireNonNull(statusFrom, "statusFrom");
        missingFacts = List.copyOf(missingFacts);
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(waiver, "waiver");
    }

    /**
     * Whether a waiver that has not expired covers this item.
     *
     * @return true when the item falls short and {@link #waiver()} is present and not expired
     */
    public boolean waived() {
        return waiver.filter(w -> !w.expired()).isPresent() && status.isShortfall();
    }
}
