package dev.tenken.bench;

import dev.tenken.checklist.SelfAssessment;
import java.util.List;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Each benchmark thread walks the shared inputs with its own cursor, so threads share no counter. */
@State(Scope.Thread)
public class InputCursor {
    private int next;

    /** The next input, round and round. */
    SelfAssessment next(List<SelfAssessment> inputs) {
        SelfAssessment a = inputs.get(next);
        next = (next + 1) % inputs.size();
        return a;
    }

    /** Seeded inputs for a checklist: 1,024, fewer for big checklists so that about a million answers fit in the heap. */
    static List<SelfAssessment> inputsFor(dev.tenken.checklist.Checklist c, int items) {
        return Workload.assessments(c, Math.max(16, Math.min(1024, 1_000_000 / items)), 11);
    }
}
