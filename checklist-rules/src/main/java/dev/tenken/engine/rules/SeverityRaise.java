package dev.tenken.engine.rules;

import dev.tenken.checklist.Severity;
import java.util.Objects;

/**
 * Inserted by a trusted rule to raise an item's severity. A raise never lowers a severity and
 * has no effect on an item that is not a finding; the reason appears in the finding's
 * {@code rules}.
 *
 * @since 0.1
 */
public final class SeverityRaise {
    private final String itemId;
    private final Severity severity;
    private final String rule;
    private final String reason;

    /**
     * A raise, to {@code insert} from a rule's consequence.
     *
     * @param itemId   the item
     * @param severity the severity to raise to
     * @param rule     the inserting rule's name ({@code drools.getRule().getName()})
     * @param reason   why, in a few words
     */
    public SeverityRaise(String itemId, Severity severity, String rule, String reason) {
        this.itemId = Objects.requireNonNull(itemId, "itemId");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Item id.
     *
     * @return the id of the item whose severity is raised
     */
    public String getItemId() {
        return itemId;
    }

    /**
     * Severity to raise to.
     *
     * @return the severity given
     */
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Inserting rule's name.
     *
     * @return the rule name given
     */
    public String getRule() {
        return rule;
    }

    /**
     * Why.
     *
     * @return the reason given, shown beside the finding
     */
    public String getReason() {
        return reason;
    }
}
