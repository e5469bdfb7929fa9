package dev.tenken.engine.internal;

import dev.tenken.checklist.Severity;
import dev.tenken.checklist.report.ItemStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * What the rules decided for one assessment: the rules' consequences write here (it is the
 * session global {@code decisions}), and the evaluator reads it back. One per assessment,
 * used by one thread.
 */
public final class Decisions {
    /** A severity one rule gave an item; the item's severity is the most urgent given. */
    record SeverityGiven(Severity severity, String rule, int concern) {
    }

    private final boolean[] notApplicable;
    private final boolean[] checkDecided;
    private final boolean[] checkMet;
    private final ItemStatus[] status;
    private final String[] statusRule;
    private final List<List<SeverityGiven>> severities;
    private final boolean[] concerns;

    Decisions(int items, int concernCount) {
        notApplicable = new boolean[items];
        checkDecided = new boolean[items];
        checkMet = new boolean[items];
        status = new ItemStatus[items];
        statusRule = new String[items];
        severities = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            severities.add(null);
        }
        concerns = new boolean[concernCount];
    }

    /** Phase 1 (generated rules): the item's {@code applies_when} is false. */
    public void notApplicable(int item) {
        notApplicable[item] = true;
    }

    /** Phase 1 (generated rules): the item's {@code check} decided it. */
    public void check(int item, boolean met) {
        if (checkDecided[item]) {
            throw new IllegalStateException("item " + item + ": check decided twice");
        }
        checkDecided[item] = true;
        checkMet[item] = met;
    }

    /** Phase 2 (generic rules): the item's status. Exactly one status rule fires per item. */
    public void status(int item, ItemStatus s, String rule) {
        if (status[item] != null) {
            throw new IllegalStateException("item " + item + " got two statuses: " + statusRule[item] + " and " + rule);
        }
        status[item] = s;
        statusRule[item] = rule;
    }

    /** Phase 3 (generic and generated rules): a severity for a shortfall; {@code concern} is -1 for the base rules. */
    public void severity(int item, Severity s, String rule, int concern) {
        List<SeverityGiven> given = severities.get(item);
        if (given == null) {
            given = new ArrayList<>(2);
            severities.set(item, given);
        }
        given.add(new SeverityGiven(s, rule, concern));
    }

    /** Phase 3 (generated rules): concern {@code k} holds. */
    public void concern(int k) {
        concerns[k] = true;
    }

    boolean isNotApplicable(int item) {
        return notApplicable[item];
    }

    boolean isCheckDecided(int item) {
        return checkDecided[item];
    }

    boolean isCheckMet(int item) {
        return checkMet[item];
    }

    ItemStatus status(int item) {
        return status[item];
    }

    String statusRule(int item) {
        return statusRule[item];
    }

    List<SeverityGiven> severities(int item) {
        List<SeverityGiven> given = severities.get(item);
        return given == null ? List.of() : given;
    }

    boolean concernHolds(int k) {
        return concerns[k];
    }
}
