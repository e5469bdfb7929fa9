package dev.tenken.examples.app;

import dev.tenken.checklist.Problem;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.examples.AssessInCode;

/**
 * What an application embedding Tenken does, run in its own JVM by {@code EmbeddingAppTest}:
 * prints the Jackson it runs with, then the report's grade and score, or Tenken's problems.
 */
public final class ThirdPartyApp {
    private ThirdPartyApp() {
    }

    /** Exit 0 with "jackson X" and "grade G score S" on stdout, or 2 with the problems on stderr. */
    public static void main(String[] args) throws Exception {
        // read reflectively: the application itself does not depend on Jackson
        System.out.println("jackson " + Class.forName("com.fasterxml.jackson.core.json.PackageVersion").getField("VERSION").get(null));
        try {
            AssessmentReport r = AssessInCode.run();
            System.out.println("grade " + r.grade() + " score " + r.score());
        } catch (TenkenException e) {
            for (Problem p : e.problems()) {
                System.err.println(p);
            }
            System.exit(2);
        }
    }
}
