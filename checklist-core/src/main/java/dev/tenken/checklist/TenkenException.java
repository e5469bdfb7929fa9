package dev.tenken.checklist;

import java.util.List;

/**
 * Raised when a checklist, a self-assessment or a rule file cannot be used. Carries every
 * problem found, not only the first.
 *
 * @since 0.1
 */
public class TenkenException extends Exception {

    /** What was being done when the problems were found. */
    public enum Phase {
        /** Loading or resolving a checklist definition. */
        DEFINITION,
        /** Reading a self-assessment or checking it against its checklist. */
        ASSESSMENT,
        /** Compiling rules. */
        RULES,
        /** Reading a JSON report back (for {@code tenken diff}). */
        REPORT,
        /** Checking the libraries Tenken runs with (see {@link LibraryVersions}). */
        SETUP
    }

    private final transient List<Problem> problems;
    /** What was being done when the problems were found; part of the serialized form. */
    private final Phase phase;

    /**
     * An exception whose message lists every problem, one per line.
     *
     * @param phase    what was being done
     * @param problems at least one problem
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public TenkenException(Phase phase, List<Problem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a TenkenException needs at least one problem");
        }
        this.phase = phase;
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, in the order found.
     *
     * @return an unmodifiable, non-empty list of located problems
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * What was being done.
     *
     * @return the phase in which the problems were found
     */
    public Phase phase() {
        return phase;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder b = new StringBuilder();
        for (Problem p : problems) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(p);
        }
        return b.toString();
    }
}
