package dev.tenken.engine.internal;

import dev.tenken.checklist.Severity;
import dev.tenken.checklist.report.ItemStatus;
import java.util.ArrayList;
import java.util.List;
import dev.tenken.checklist.report.Applicability;

/**
 * What the rules decided for one assessment: the rules' consequences write here (through the
 * cases whose members name it), and the evaluator reads it back. One per assessment, used by
 * one thread.
 */
public final class Decisions {
    /** A severity one rule gave an item; the item's severity is the most urgent given. */
    record SeverityGiven(Severity severity, String rule, int concern) {
    }

    private final ItemStatus[] status;
    private final String[] statusRule;
    /** The first severity given to each item, and the further ones (most items get one, or none). */
    private final SeverityGiven[] severity;
    private List<List<SeverityGiven>> moreSeverities;
    private final boolean[] concerns;
    private final Applicability[] applicability;
    private final boolean[] byCheck;
    private final boolean[] concernKnown;

    Decisions(int items, int concernCount) {
        applicability = new Applicability[items];
        byCheck = new boolean[items];
        concernKnown = new boolean[concernCount];
        status = new ItemStatus[items];
        statusRule = new String[items];
        severity = new SeverityGiven[items];
        concerns = new boolean[concernCount];
    }

    /**
     * The item's status: in phase 1 from {@code applies_when} or {@code check} (generated rules),
     * in phase 2 from the answer (generic rules). Exactly one status rule fires per item.
     */
    public void status(int item, ItemStatus s, String rule) {
        if (status[item] != null) {
            throw new IllegalStateException("item " + item + " got two statuses: " + statusRule[item] + " and " + rule);
        }
        status[item] = s;
        statusRule[item] = rule;
    }

    /** Phase 1 (generated): the item's {@code applies_when} is false, so it is not applicable. */
    public void exclude(int item, String rule) {
        status(item, ItemStatus.NOT_APPLICABLE, rule);
        applicability[item] = Applicability.EXCLUDED;
    }

    /** Phase 1 (generated): the item's {@code applies_when} is true. */
    public void applies(int item) {
        applicability[item] = Applicability.APPLIES;
    }

    /** Phase 1 (generated): the item's {@code check} decided its status. */
    public void byCheck(int item, ItemStatus s, String rule) {
        status(item, s, rule);
        byCheck[item] = true;
    }

    /** Phase 2 (generic): answered {@code not_applicable} with a reason. */
    public void declare(int item, String rule) {
        status(item, ItemStatus.NOT_APPLICABLE, rule);
        applicability[item] = Applicability.DECLARED;
    }

    /** Phase 1 (generated): concern {@code k}'s condition is true or false, not unknown. */
    public void concernKnown(int k) {
        concernKnown[k] = true;
    }

    /** Phase 3 (generic and generated rules): a severity for a shortfall; {@code concern} is -1 for the base rules. */
    public void severity(int item, Severity s, String rule, int concern) {
        severity(item, new SeverityGiven(s, rule, concern));
    }

    /** As {@link #severity(int, Severity, String, int)}, with the record made once for a whole case. */
    void severity(int item, SeverityGiven given) {
        if (severity[item] == null) {
            severity[item] = given;
            return;
        }
        if (moreSeverities == null) {
            moreSeverities = new ArrayList<>(severity.length);
            for (int i = 0; i < severity.length; i++) {
                moreSeverities.add(null);
            }
        }
        List<SeverityGiven> more = moreSeverities.get(item);
        if (more == null) {
            more = new ArrayList<>(2);
            more.add(severity[item]);
            moreSeverities.set(item, more);
        }
        more.add(given);
    }

    /** Phase 3 (generated rules): concern {@code k} holds. */
    public void concern(int k) {
        concerns[k] = true;
    }

    ItemStatus status(int item) {
        return status[item];
    }

    String statusRule(int item) {
        return statusRule[item];
    }

    /** Every severity given to the item, in the order given. */
    List<SeverityGiven> severities(int item) {
        List<SeverityGiven> more = moreSeverities == null ? null : moreSeverities.get(item);
        if (more != null) {
            return more;
        }
        return severity[item] == null ? List.of() : List.of(severity[item]);
    }

    /** The only severity given to the item, or null when it got none or more than one. */
    SeverityGiven onlySeverity(int item) {
        return moreSeverities != null && moreSeverities.get(item) != null ? null : severity[item];
    }

    boolean concernHolds(int k) {
        return concerns[k];
    }

    boolean isConcernKnown(int k) {
        return concernKnown[k];
    }

    boolean byCheck(int item) {
        return byCheck[item];
    }

    /**
     * How the item stands: excluded or declared as recorded; otherwise it applies when it has no
     * {@code applies_when} or that was true, and is assumed to apply when it was unknown.
     */
    Applicability applicability(int item, boolean hasAppliesWhen) {
        Applicability a = applicability[item];
        if (a != null) {
            return a;
        }
        return hasAppliesWhen ? Applicability.ASSUMED : Applicability.APPLIES;
    }
}
