package dev.tenken.checklist.report;

import dev.tenken.checklist.Severity;
import java.util.List;
import java.util.Optional;

/**
 * What an evaluator decided for one assessment, before grading and wording: the input to
 * {@link ReportBuilder}. Both the Drools engine and any other evaluator produce this.
 *
 * @param items    one outcome per item, in checklist order
 * @param concerns     concerns raised, in checklist order, as indexes into the checklist's concerns
 * @param ruleFindings findings with no item raised by trusted rules, in a stable order
 * @since 0.1
 */
public record Evaluation(List<ItemOutcome> items, List<ConcernOutcome> concerns, List<RuleFinding> ruleFindings) {

    /** Copies the lists. */
    public Evaluation {
        items = List.copyOf(items);
        concerns = List.copyOf(concerns);
        ruleFindings = List.copyOf(ruleFindings);
    }

    /** An evaluation with no findings from trusted rules. */
    public Evaluation(List<ItemOutcome> items, List<ConcernOutcome> concerns) {
        this(items, concerns, List.of());
    }

    /**
     * A finding with no item raised by a trusted rule.
     *
     * @param id          concern id
     * @param severity    severity
     * @param title       title
     * @param remediation what to do
     * @param rules       rule names
     */
    public record RuleFinding(String id, Severity severity, dev.tenken.checklist.LocalizedText title,
                              dev.tenken.checklist.LocalizedText remediation, List<String> rules) {
        /** Copies the rules. */
        public RuleFinding {
            rules = List.copyOf(rules);
        }
    }

    /**
     * @param status   the status
     * @param severity severity when the item is a shortfall
     * @param rules    rule names that decided it, in a stable order
     */
    public record ItemOutcome(ItemStatus status, Optional<Severity> severity, List<String> rules) {
        /** Copies the rules. */
        public ItemOutcome {
            rules = List.copyOf(rules);
        }
    }

    /**
     * @param concern index into {@code Checklist.concerns()}
     * @param rules   rule names
     */
    public record ConcernOutcome(int concern, List<String> rules) {
        /** Copies the rules. */
        public ConcernOutcome {
            rules = List.copyOf(rules);
        }
    }
}
