package dev.tenken.engine.internal;

import dev.tenken.checklist.Severity;

/**
 * A severity some rule gives an item. An item's severity is the most urgent one given: rules
 * can raise a severity, never lower it.
 */
public final class SeverityFact {
    private final int item;
    private final Severity severity;
    private final String rule;
    private final int concern;

    /**
     * @param item     item index
     * @param severity severity given
     * @param rule     rule name
     * @param concern  index of the concern that raised it, or -1 for the base severity rules
     */
    public SeverityFact(int item, Severity severity, String rule, int concern) {
        this.item = item;
        this.severity = severity;
        this.rule = rule;
        this.concern = concern;
    }

    /** A severity from one of the base rules of SPEC section 4. */
    public SeverityFact(int item, Severity severity, String rule) {
        this(item, severity, rule, -1);
    }

    /** Item index. */
    public int getItem() {
        return item;
    }

    /** Severity given. */
    public Severity getSeverity() {
        return severity;
    }

    /** Rule name. */
    public String getRule() {
        return rule;
    }

    /** Raising concern's index, or -1. */
    public int getConcern() {
        return concern;
    }
}
