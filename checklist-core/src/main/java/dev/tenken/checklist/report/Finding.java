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
 * @since 0.1
 */
public record Finding(Optional<String> item, Optional<Rank> rank, Optional<ItemStatus> status, Severity severity,
                      String title, String remediation, List<String> references, List<String> rules) {
    /** Copies the lists. */
    public Finding {
        references = List.copyOf(references);
        rules = List.copyOf(rules);
    }
}
