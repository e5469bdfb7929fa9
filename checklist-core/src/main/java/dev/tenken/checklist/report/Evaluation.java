package dev.tenken.checklist.report;

import dev.tenken.checklist.Severity;
import java.util.List;
import java.util.Optional;

/**
 * What an evaluator decided for one assessment, before grading and wording: the input to
 * {@link ReportBuilder}. Both the Drools engine and any other evaluator produce this.
 *
 * @param items           one outcome per item, in checklist order
 * @param concerns        concerns raised, in checklist order, as indexes into the checklist's concerns
 * @param ruleFindings    findings with no item raised by trusted rules, in a stable order
 * @param unknownConcerns concerns whose condition is unknown (the profile leaves out a fact it
 *                        needs), in checklist order, as indexes: they do not fire, and the report warns
 * @since 0.1
 */
public record Evaluation(List<ItemOutcome> items, List<ConcernOutcome> concerns, List<RuleFinding> ruleFindings,
                         List<Integer> unknownConcerns) {

    /**
     * Copies the lists.
     *
     * @param items           one outcome per item, in checklist order
     * @param concerns        concerns raised, in checklist order, as indexes into the checklist's concerns
     * @param ruleFindings    findings with no item raised by trusted rules, in a stable order
     * @param unknownConcerns concerns whose condition is unknown, in checklist order, as indexes
     */
    public Evaluation {
        items = List.copyOf(items);
        concerns = List.copyOf(concerns);
        ruleFindings = List.copyOf(ruleFindings);
        unknownConcerns = List.copyOf(unknownConcerns);
    }

    /**
     * An evaluation with no findings from trusted rules.
     *
     * @param items           one outcome per item, in checklist order
     * @param concerns        concerns raised, in checklist order, as indexes into the checklist's concerns
     * @param unknownConcerns concerns whose condition is unknown, in checklist order, as indexes
     */
    public Evaluation(List<ItemOutcome> items, List<ConcernOutcome> concerns, List<Integer> unknownConcerns) {
        this(items, concerns, List.of(), unknownConcerns);
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
        /**
         * Copies the rules.
         *
         * @param id          concern id
         * @param severity    severity
         * @param title       title
         * @param remediation what to do
         * @param rules       rule names
         */
        public RuleFinding {
            rules = List.copyOf(rules);
        }
    }

    /**
     * What was decided for one item.
     *
     * @param status        the status
     * @param severity      severity when the item is a shortfall; empty otherwise
     * @param rules         rule names that decided it, in a stable order
     * @param raises        severity raises, in the order they applied; the report words them after {@code rules}
     * @param applicability why the item is or is not graded
     * @param byCheck       whether the item's {@code check} decided the status
     */
    public record ItemOutcome(ItemStatus status, Optional<Severity> severity, List<String> rules, List<Raise> raises,
                              Applicability applicability, boolean byCheck) {
        /**
         * Copies the lists; checks that status and applicability agree.
         *
         * @param status        the status
         * @param severity      severity when the item is a shortfall; empty otherwise
         * @param rules         rule names that decided it, in a stable order
         * @param raises        severity raises, in the order they applied; the report words them after {@code rules}
         * @param applicability why the item is or is not graded
         * @param byCheck       whether the item's {@code check} decided the status
         */
        public ItemOutcome {
            rules = List.copyOf(rules);
            raises = List.copyOf(raises);
            java.util.Objects.requireNonNull(applicability, "applicability");
            if (applicability.graded() == (status == ItemStatus.NOT_APPLICABLE)) {
                throw new IllegalArgumentException("status " + status.key() + " with applicability " + applicability.key());
            }
        }
    }

    /**
     * Why an item's severity was raised: by a concern of the checklist (worded from the concern's
     * title in the report's language), or by a trusted rule (with the reason the rule gave).
     *
     * @param severity the severity after the raise
     * @param concern  index into {@code Checklist.concerns()}, or -1 for a trusted rule
     * @param rule     the trusted rule's name; empty for a concern
     * @param reason   the trusted rule's reason; empty for a concern
     */
    public record Raise(Severity severity, int concern, String rule, String reason) {
        /**
         * Rejects nulls.
         *
         * @param severity the severity after the raise
         * @param concern  index into {@code Checklist.concerns()}, or -1 for a trusted rule
         * @param rule     the trusted rule's name; empty for a concern
         * @param reason   the trusted rule's reason; empty for a concern
         */
        public Raise {
            java.util.Objects.requireNonNull(severity, "severity");
            java.util.Objects.requireNonNull(rule, "rule");
            java.util.Objects.requireNonNull(reason, "reason");
        }

        /**
         * A raise by the checklist's concern number {@code concern}.
         *
         * @param concern  index into {@code Checklist.concerns()}
         * @param severity the severity after the raise
         * @return the raise, with empty rule and reason
         */
        public static Raise byConcern(int concern, Severity severity) {
            return new Raise(severity, concern, "", "");
        }

        /**
         * A raise by a trusted rule, with its reason.
         *
         * @param rule     the rule's name
         * @param severity the severity after the raise
         * @param reason   the reason the rule gave
         * @return the raise, with concern -1
         */
        public static Raise byRule(String rule, Severity severity, String reason) {
            return new Raise(severity, -1, rule, reason);
        }
    }

    /**
     * A concern of the checklist that was raised.
     *
     * @param concern index into {@code Checklist.concerns()}
     * @param rules   rule names
     */
    public record ConcernOutcome(int concern, List<String> rules) {
        /**
         * Copies the rules.
         *
         * @param concern index into {@code Checklist.concerns()}
         * @param rules   rule names
         */
        public ConcernOutcome {
            rules = List.copyOf(rules);
        }
    }
}
