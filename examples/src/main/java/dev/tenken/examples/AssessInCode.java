package dev.tenken.examples;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.Finding;
import dev.tenken.engine.TenkenEngine;
import java.util.Set;

/**
 * Embeds Tenken: builds an engine once, assesses a self-assessment made in code, and reads the
 * grade and findings. The README's Java example is taken from this file.
 */
public final class AssessInCode {
    private AssessInCode() {
    }

    /** Builds the engine, assesses one organisation and returns its report. */
    public static AssessmentReport run() throws Exception {
        // [readme-start]
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

        AssessmentReport report = engine.assess(assessment, Language.EN);
        System.out.println(report.grade() + " " + report.score());
        for (Finding f : report.findings()) {
            System.out.println(f.severity() + " " + f.item().orElse("(concern)") + " " + f.title());
        }
        // [readme-end]
        return report;
    }

    /** Prints the report's grade and findings. */
    public static void main(String[] args) throws Exception {
        run();
    }
}
