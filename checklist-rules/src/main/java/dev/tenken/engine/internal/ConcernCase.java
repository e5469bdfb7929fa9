package dev.tenken.engine.internal;

import dev.tenken.checklist.Severity;

/**
 * Phase 3: a concern of one assessment whose {@code when} holds (or that has none), inserted with
 * a {@link ConcernMember} per item it names and a {@link Shortfall} per named item that falls
 * short: the concern rule decides whether every named item falls short.
 */
public final class ConcernCase {
    private final int key;
    private final int index;
    private final Decisions decisions;
    private final boolean raise;
    private final Severity severity;
    private final int[] items;

    ConcernCase(int key, int index, Decisions decisions, boolean raise, Severity severity, int[] items) {
        this.key = key;
        this.index = index;
        this.decisions = decisions;
        this.raise = raise;
        this.severity = severity;
        this.items = items;
    }

    /** Unique in the session: what its {@link ConcernMember}s name. */
    public int getKey() {
        return key;
    }

    /** The concern holds: records it and, if it raises, the severity of each item it names. */
    public void holds(String rule) {
        decisions.concern(index);
        if (raise) {
            for (int item : items) {
                decisions.severity(item, severity, rule, index);
            }
        }
    }
}
