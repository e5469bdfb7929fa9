package dev.tenken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.TenkenVersion;
import dev.tenken.cli.CliTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a new user meets in the first hour: help everywhere, a template that works as given, answers read as meant. */
class FirstHourTest {
    @ParameterizedTest
    @ValueSource(strings = {"list", "show", "template", "assess", "validate", "batch", "diff"})
    void everyCommandAnswersHelpAndListsItsOptions(String command) {
        Run r = CliTest.run(command, "--help");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: tenken " + command), r.out());
        assertTrue(r.out().contains("--help"), r.out());
        Run help = CliTest.run("help", command);
        assertEquals(Main.OK, help.code(), help.err());
        assertEquals(r.out(), help.out());
    }

    @Test
    void theLanguageOptionIsListedWhereItApplies() {
        for (String command : new String[] {"show", "template", "assess", "batch", "list"}) {
            assertTrue(CliTest.run(command, "--help").out().contains("--lang=ja|en"), command);
        }
    }

    @Test
    void versionIsTheProjectVersion() {
        Run r = CliTest.run("--version");
        assertEquals("tenken " + TenkenVersion.current() + "\n", r.out());
        assertTrue(TenkenVersion.current().matches("\\d+\\.\\d+\\.\\d+.*"), TenkenVersion.current());
    }

    @Test
    void usageErrorsPointAtHelpThatWorks() {
        Run r = CliTest.run("assess");
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("Run 'tenken assess --help'"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"telework-admin", "telework-worker", "wifi-provider", "wifi-user"})
    void theUneditedTemplateAssesses(String checklist, @TempDir Path dir) throws Exception {
        Path t = dir.resolve("a.yaml");
        Files.writeString(t, CliTest.run("template", checklist).out(), StandardCharsets.UTF_8);
        Run r = CliTest.run("assess", t.toString(), "--format", "json");
        assertTrue(r.code() == Main.OK || r.code() == Main.SHORTFALL, r.err());
        // with no profile every item applies, and the report says which questions would narrow the list
        assertTrue(r.out().contains("\"not_applicable\": 0,"), r.out());
        assertTrue(r.out().contains("\"missing_facts\": ["), r.out());
    }

    @Test
    void statusesAndDeclaredValuesAreReadWhateverTheirCaseOrWidth(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.yaml");
        Files.writeString(a, "checklist: telework-admin\nprofile:\n  devices.ownership: BYOD\n  telework.methods: [ＣＬＯＵＤ]\n"
                + "answers:\n  TA-01: ＭＥＴ\n  TA-02: Met\n", StandardCharsets.UTF_8);
        Run r = CliTest.run("assess", a.toString(), "--format", "json");
        assertTrue(r.code() != Main.BAD_INPUT, r.err());
        assertTrue(r.out().contains("\"item\": \"TA-01\",\n      \"rank\": \"必須\",\n      \"status\": \"met\""), r.out());
    }

    @Test
    void aWordThatMeansDoneSuggestsDoneNotItsOpposite(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.yaml");
        Files.writeString(a, "checklist: telework-admin\nanswers:\n  TA-12: 実施\n", StandardCharsets.UTF_8);
        Run r = CliTest.run("assess", a.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("(did you mean '実施済み'?)"), r.err());
    }

    @Test
    void everyBadMemberOfASetIsNamed(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.yaml");
        Files.writeString(a, "checklist: telework-admin\nprofile:\n  networks.used: [home-wifi, public-wifi, 4G, lte]\n",
                StandardCharsets.UTF_8);
        Run r = CliTest.run("assess", a.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("'4G', 'lte' are not values of profile.networks.used"), r.err());
    }

    @Test
    void aDashReadsTheAnswersFromStandardInput() throws Exception {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(Files.readAllBytes(CliTest.SAMPLE)));
            Run r = CliTest.run("assess", "-", "--format", "json");
            assertEquals(Main.SHORTFALL, r.code(), r.err());
            assertTrue(r.out().contains("\"checklist\": {\n    \"id\": \"telework-admin\""), r.out());
            System.setIn(new java.io.ByteArrayInputStream("checklist: [".getBytes(StandardCharsets.UTF_8)));
            Run bad = CliTest.run("assess", "-");
            assertEquals(Main.BAD_INPUT, bad.code());
            assertTrue(bad.err().startsWith("(standard input):"), bad.err());
        } finally {
            System.setIn(saved);
        }
    }
}
