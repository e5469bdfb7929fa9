package dev.tenken.examples;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.Finding;
import dev.tenken.engine.TenkenEngine;
import java.util.Set;

/**
 * Embeds Tenken: builds an engine once, assesses a self-assessment made in code, and reads the
 * grade and findings. The README's Java example is this whole class, word for word (its
 * imports and the lines between the markers), so that it compiles as pasted.
 */
// [readme-start]
public final class AssessInCode {
    public static void main(String[] args) {
        try {
            AssessmentReport report = run();
            System.out.println(report.grade() + " " + report.score());
            for (Finding f : report.findings()) {
                System.out.println(f.severity() + " " + f.item().orElse("(concern)") + " " + f.title());
            }
        } catch (TenkenException e) {
            // a checked exception: every problem at once, each with its file, line, column and item
            e.problems().forEach(System.err::println);
            System.exit(2);
        }
    }

    /** Builds the engine and assesses one organisation described in code. */
    public static AssessmentReport run() throws TenkenException {
        TenkenEngine engine = TenkenEngine.builder()
                .withBuiltInChecklists()
                .build();                                  // loads and prepares once; share it between threads

        SelfAssessment assessment = SelfAssessment.builder("telework-admin")
                .organisation("Example Trading Co.")
                .profile("telework.methods", Set.of("cloud"))
                .profile("networks.used", Set.of("home-wifi", "public-wifi"))
                .profile("admin.present", true)
                .answer("TA-01", AnswerStatus.MET)
                .answer("TA-15", AnswerStatus.PARTIAL)
                .answer("TA-27", AnswerStatus.UNMET)
                .build();

        return engine.assess(assessment, Language.EN);
    }
}
// [readme-end]
