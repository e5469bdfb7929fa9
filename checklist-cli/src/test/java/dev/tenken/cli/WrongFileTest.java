package dev.tenken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.cli.CliTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wrong file in the right place gets a message that says what it is and what to do. */
class WrongFileTest {
    @Test
    void validatingAnAnswersFileSaysToAssessIt() {
        Run r = CliTest.run("validate", CliTest.SAMPLE.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("this is an answers file, not a checklist: assess it"), r.err());
        assertEquals(2, r.err().lines().count(), "one problem, then the count:\n" + r.err());
    }

    @Test
    void aChecklistDirectoryPassesOverAnswersFilesWithANote(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("../examples/sector-checklists/clinic-telework.yaml"), dir.resolve("clinic-telework.yaml"));
        Files.copy(Path.of("../examples/answers/clinic-sample.yaml"), dir.resolve("clinic-sample.yaml"));
        Files.copy(CliTest.SAMPLE, dir.resolve("town.yaml"));
        Run r = CliTest.run("assess", dir.resolve("clinic-sample.yaml").toString(), "--checklist-dir", dir.toString());
        assertTrue(r.code() == Main.OK || r.code() == Main.SHORTFALL, r.err());
        assertTrue(r.err().contains("tenken: note: " + dir.resolve("town.yaml") + ":1:1: an answers file, not a checklist: passed over"),
                r.err());
    }

    @Test
    void anUnknownChecklistIdPointsAtChecklistDir(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.yaml");
        Files.writeString(a, "checklist: townhall-wifi\nanswers: {}\n", StandardCharsets.UTF_8);
        Run r = CliTest.run("assess", a.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--checklist-dir"), r.err());
        Path typo = dir.resolve("b.yaml");
        Files.writeString(typo, "checklist: telework-admn\nanswers: {}\n", StandardCharsets.UTF_8);
        Run t = CliTest.run("assess", typo.toString());
        assertTrue(t.err().contains("(did you mean 'telework-admin'?)"), t.err());
        assertFalse(t.err().contains("--checklist-dir"), t.err());
    }

    @Test
    void diffOfAnAnswersFileSaysWhatAReportIs() {
        Run r = CliTest.run("diff", CliTest.SAMPLE.toString(), CliTest.SAMPLE.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("not a Tenken JSON report (make one with tenken assess --format json)"), r.err());
    }
}
