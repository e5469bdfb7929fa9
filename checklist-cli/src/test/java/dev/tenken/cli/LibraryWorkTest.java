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

/** The command line does what the library does: validate compiles trusted rules as assess would, profile files keep their line numbers. */
class LibraryWorkTest {
    private static final Path TOWNHALL = Path.of("../examples/trusted-rules");

    /** A copy of the town hall example whose trusted rule file has a syntax error. */
    private static Path brokenTownhall(Path dir) throws Exception {
        Files.copy(TOWNHALL.resolve("townhall-wifi.yaml"), dir.resolve("townhall-wifi.yaml"));
        Files.writeString(dir.resolve("townhall.drl"), "package dev.tenken.trusted\n\nrule \"broken\" when then this is not drl\n",
                StandardCharsets.UTF_8);
        return dir.resolve("townhall-wifi.yaml");
    }

    @Test
    void validateWithTrustedRulesReportsTheirErrorsWithFileAndLine(@TempDir Path dir) throws Exception {
        Path checklist = brokenTownhall(dir);
        Run r = CliTest.run("validate", checklist.toString(), "--trust-rules");
        assertEquals(Main.BAD_INPUT, r.code(), r.out() + r.err());
        assertTrue(r.err().matches("(?s).*\\Q" + dir.resolve("townhall.drl") + "\\E:[1-9][0-9]*: rule error.*"), r.err());
        assertFalse(r.out().contains("ok:"), r.out());
    }

    @Test
    void validateAndAssessAgreeOnABrokenTrustedRuleFile(@TempDir Path dir, @TempDir Path elsewhere) throws Exception {
        brokenTownhall(dir);
        Path answers = elsewhere.resolve("answers.yaml");
        Files.writeString(answers, "checklist: townhall-wifi\nanswers: {}\n", StandardCharsets.UTF_8);
        Run assess = CliTest.run("assess", answers.toString(), "--checklist-dir", dir.toString(), "--trust-rules");
        Run validate = CliTest.run("validate", dir.resolve("townhall-wifi.yaml").toString(), "--trust-rules");
        assertEquals(Main.BAD_INPUT, assess.code(), assess.err());
        assertEquals(Main.BAD_INPUT, validate.code(), validate.err());
        assertEquals(assess.err().lines().filter(l -> l.contains("townhall.drl:")).toList(),
                validate.err().lines().filter(l -> l.contains("townhall.drl:")).toList());
        assertTrue(validate.err().contains("townhall.drl:"), validate.err());
    }

    @Test
    void validateWithoutTrustSaysTheRuleFilesWereNotCompiled() {
        Run r = CliTest.run("validate", TOWNHALL.resolve("townhall-wifi.yaml").toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("give --trust-rules to check them"), r.out());
    }

    @Test
    void aProfileFileProblemIsReportedAtItsOwnLine(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, "profile:\n  telework.methods: [vpn, vpn]\n", StandardCharsets.UTF_8);
        Run r = CliTest.run("template", "telework-admin", "--profile", profile.toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains(profile + ":2:"), "the duplicate is on line 2:\n" + r.err());
    }

    @Test
    void aProfileFileThatNamesItsChecklistIsReadAsIs(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, "checklist: telework-admin\nprofile:\n  telework.methods: [cloud]\n", StandardCharsets.UTF_8);
        Run r = CliTest.run("template", "telework-admin", "--profile", profile.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("telework.methods: [\"cloud\"]"), r.out());
        assertFalse(r.out().contains("TA-10:"), "a cloud-only profile has no VPN gateway item:\n" + r.out());
    }

    @Test
    void aProfileValueOutsideTheDeclarationIsLocated(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, "# a comment\nprofile:\n  devices.ownership: rented\n", StandardCharsets.UTF_8);
        Run r = CliTest.run("template", "telework-admin", "--profile", profile.toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains(profile + ":3:"), r.err());
    }
}
