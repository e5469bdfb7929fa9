package dev.tenken.examples;

import dev.tenken.checklist.Language;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.engine.TenkenEngine;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads sector checklists that extend the built-in ones, and assesses against them: the clinic
 * checklist from a directory, and a town hall checklist whose hand-written rule is trusted.
 */
public final class SectorChecklists {
    private SectorChecklists() {
    }

    /** The examples folder, whether run from the repository root or from the module. */
    static Path examples() {
        return Files.isDirectory(Path.of("sector-checklists")) ? Path.of(".") : Path.of("examples");
    }

    /** Assesses the clinic sample against clinic-telework, which extends telework-admin. */
    public static AssessmentReport clinic() throws Exception {
        TenkenEngine engine = TenkenEngine.builder()
                .withBuiltInChecklists()
                .withChecklistDirectory(examples().resolve("sector-checklists"))
                .build();
        return engine.assess(examples().resolve("answers/clinic-sample.yaml"), Language.EN);
    }

    /** Builds an engine that trusts the town hall's DRL file. */
    public static TenkenEngine townHallEngine() throws Exception {
        return TenkenEngine.builder()
                .withBuiltInChecklists()
                .withChecklistFile(examples().resolve("trusted-rules/townhall-wifi.yaml"))
                .trustRules(true)                 // Drools rules are code: trust only what you would run
                .build();
    }

    /** Prints both reports. */
    public static void main(String[] args) throws Exception {
        System.out.println(clinic().toText());
    }
}
