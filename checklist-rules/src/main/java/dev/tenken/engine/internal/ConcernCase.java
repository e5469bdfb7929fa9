package dev.tenken.engine.internal;

import dev.tenken.checklist.Severity;

/**
 * A concern of the checklist whose {@code when} holds for the assessment (or that has none),
 * inserted for phase 3 with a {@link ConcernMember} per item it names: the concern rules decide
 * whether every named item falls short.
 */
public final class ConcernCase {
    private final int index;
    private final boolean raise;
    private final Severity severity;
    private final int[] items;

    ConcernCase(int index, boolean raise, Severity severity, int[] items) {
        this.index = index;
        this.raise = raise;
        this.severity = severity;
        this.items = items;
    }

    /** The indexes of the items the concern names (shared, not copied: do not modify). */
    public int[] getItems() {
        return items;
    }

    /** Concern index in checklist order. */
    public int getIndex() {
        return index;
    }

    /** Whether the concern raises the severity of its items. */
    public boolean isRaise() {
        return raise;
    }

    /** The severity the concern raises its items to. */
    public Severity getSeverity() {
        return severity;
    }
}
