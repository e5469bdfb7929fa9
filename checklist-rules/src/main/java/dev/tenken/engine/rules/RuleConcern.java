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
     * @param id            a stable id for the concern
     * @param severity      its severity
     * @param rule          the inserting rule's name ({@code drools.getRule().getName()})
     * @param titleJa       title in Japanese
     * @param titleEn       title in English
     * @param remediationJa what to do, in Japanese
     * @param remediationEn what to do, in English
     */
    public RuleConcern(String id, Severity severity, String rule, String titleJa, String titleEn,
                       String remediationJa, String remediationEn) {
        this.id = Objects.requireNonNull(id, "id");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.title = new LocalizedText(titleJa, titleEn);
        this.remediation = new LocalizedText(remediationJa, remediationEn);
    }

    /** Concern id. */
    public String getId() {
        return id;
    }

    /** Severity. */
    public Severity getSeverity() {
        return severity;
    }

    /** Inserting rule's name. */
    public String getRule() {
        return rule;
    }

    /** Title. */
    public LocalizedText getTitle() {
        return title;
    }

    /** What to do. */
    public LocalizedText getRemediation() {
        return remediation;
    }
}
