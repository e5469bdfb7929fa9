package dev.tenken.engine.rules;

import dev.tenken.checklist.LocalizedText;
import dev.tenken.checklist.Severity;
import java.util.Objects;

/**
 * Inserted by a trusted rule: a finding with no item. Concerns with the same id are reported
 * once.
 *
 * @since 0.1
 */
public final class RuleConcern {
    private final String id;
    private final Severity severity;
    private final String rule;
    private final LocalizedText title;
    private final LocalizedText remediation;

    /**
     * A finding with no item, to {@code insert} from a rule's consequence.
     *
     * @param id            a stable id for the concern
     * @param severity      its severity
     * @param rule          the inserting rule's name ({@code drools.getRule().getName()})
     * @param titleJa       title in Japanese
     * @param titleEn       title in English
     * @param remediationJa what to do, in Japanese
     * @param remediationEn what to do, in English
     * @throws IllegalArgumentException if a title or remediation text is blank
     */
    public RuleConcern(String id, Severity severity, String rule, String titleJa, String titleEn,
                       String remediationJa, String remediationEn) {
        this.id = Objects.requireNonNull(id, "id");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.title = new LocalizedText(titleJa, titleEn);
        this.remediation = new LocalizedText(remediationJa, remediationEn);
    }

    /**
     * Concern id.
     *
     * @return the id given
     */
    public String getId() {
        return id;
    }

    /**
     * Severity.
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
     * Title.
     *
     * @return the title in both languages
     */
    public LocalizedText getTitle() {
        return title;
    }

    /**
     * What to do.
     *
     * @return the remediation in both languages
     */
    public LocalizedText getRemediation() {
        return remediation;
    }
}
