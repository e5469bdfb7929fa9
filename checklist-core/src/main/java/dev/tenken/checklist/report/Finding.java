package dev.tenken.checklist.report;

import dev.tenken.checklist.Rank;
import dev.tenken.checklist.Severity;
import java.util.List;
import java.util.Optional;

/**
 * Something to act on: an item not fully met, or a rule-derived concern (no item).
 *
 * @param item        the item id; empty for a concern
 * @param rank        the item's rank; empty for a concern
 * @param status      the item's status; empty for a concern
 * @param severity    how urgent
 * @param title       title in the report's language
 * @param remediation what to do, in the report's language
 * @param references  guideline references
 * @param rules       the rules that produced the finding, with the reason for any raised severity
 * @param note        the organisation's note on the item, if given
 * @param evidence    where the evidence is, if given
 * @param waiver      the waiver on the item, if any; a finding under a waiver that has not
 *                    expired keeps its severity and is {@link #waived()}
 * @since 0.1
 */
public record Finding(Optional<String> item, Optional<Rank> rank, Optional<ItemStatus> status, Severity severity,
                      String title, String remediation, List<String> references, List<String> rules,
                      Optional<String> note, Optional<String> evidence, Optional<WaiverResult> waiver) {
    /**
     * Copies the lists.
     *
     * @param item        the item id; empty for a concern
     * @param rank        the item's rank; empty for a concern
     * @param status      the item's status; empty for a concern
     * @param severity    how urgent
     * @param title       title in the report's language
     * @param remediation what to do, in the report's language
     * @param references  guideline references
     * @param rules       the rules that produced the finding, with the reason for any raised severity
     * @param note        the organisation's note on the item, if given
     * @param evidence    where the evidence is, if given
     * @param waiver      the waiver on the item, if any; a finding under a waiver that has not
     *                    expired keeps its severity and is {@link #waived()}
     */
    public Finding {
        references = List.copyOf(references);
        rules = List.copyOf(rules);
        java.util.Objects.requireNonNull(note, "note");
        java.util.Objects.requireNonNull(evidence, "evidence");
        java.util.Objects.requireNonNull(waiver, "waiver");
    }

    /**
     * A finding with nothing written beside it (a concern, or an item with no note).
     *
     * @param item        the item id; empty for a concern
     * @param rank        the item's rank; empty for a concern
     * @param status      the item's status; empty for a concern
     * @param severity    how urgent
     * @param title       title in the report's language
     * @param remediation what to do, in the report's language
     * @param references  guideline references
     * @param rules       the rules that produced the finding, with the reason for any raised severity
     */
    public Finding(Optional<String> item, Optional<Rank> rank, Optional<ItemStatus> status, Severity severity,
                   String title, String remediation, List<String> references, List<String> rules) {
        this(item, rank, status, severity, title, remediation, references, rules, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * Whether a waiver that has not expired covers this finding.
     *
     * @return true when {@link #waiver()} is present and not expired
     */
    public boolean waived() {
        return waiver.filter(w -> !w.expired()).isPresent();
    }
}
