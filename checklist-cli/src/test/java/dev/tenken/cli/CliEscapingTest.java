package dev.tenken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.SelfAssessment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile text in answers files, checklists and command lines, end to end through the command. */
class CliEscapingTest {
    static final Path SAMPLE = Path.of("../examples/answers/telework-admin-sample.yaml");
    /** A YAML double-quoted name: BEL, ESC clear-screen, CSI, RLO, HTML, a forged line and a lone surrogate. */
    static final String NAME = "\"Acme\\a\\e[2J\\u009b31m\\u202e<img src=x onerror=alert(1)>\\nfake.yaml:1:1: all good\\ud800\"";

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static Path hostileAnswers(Path dir) throws Exception {
        Path f = dir.resolve("hostile.yaml");
        Files.writeString(f, Files.readString(SAMPLE).replaceFirst("(?m)^organisation: .*$",
                java.util.regex.Matcher.quoteReplacement("organisation: {name: " + NAME + ", sector: \"=cmd|' /C calc'!A0\"}")));
        return f;
    }

    /** No C0 control but LF, no C1, no bidi control, no lone surrogate. */
    static void assertNoHidden(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            boolean bad = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c);
            assertFalse(bad, String.format("raw U+%04X at %d in:%n%s", (int) c, i, s));
        }
    }

    @Test
    void aHostileOrganisationNameReachesNoOutputRaw(@TempDir Path dir) throws Exception {
        Path answers = hostileAnswers(dir);
        Path json = dir.resolve("report.json");
        Run r = run("assess", answers.toString(), "--format", "json", "--output", json.toString());
        assertEquals(Main.SHORTFALL, r.code(), r.err());
        String written = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(json))).toString();
        assertTrue(written.contains("\\ud800"), "the lone surrogate is a JSON escape");

        Run text = run("assess", answers.toString(), "--lang", "en", "--color", "always");
        assertNoHidden(text.out().replaceAll("\u001b\\[(0|1|31|33|36)m", ""));
        assertTrue(text.out().contains("Organisation: Acme\\u0007\\u001b[2J\\u009b31m\\u202e<img src=x onerror=alert(1)>"
                + "\\nfake.yaml:1:1: all good\\ud800\n"), text.out());

        Run md = run("assess", answers.toString(), "--format", "markdown");
        assertFalse(md.out().contains("<"), md.out());
        assertNoHidden(md.out());
        Path html = dir.resolve("report.html");
        assertEquals(Main.SHORTFALL, run("assess", answers.toString(), "--format", "html", "--output", html.toString()).code());
        assertFalse(Files.readString(html).contains("<img"), "no markup from data");

        Run diff = run("diff", json.toString(), json.toString());
        assertEquals(Main.OK, diff.code(), diff.err());
        assertNoHidden(diff.out());
    }

    @Test
    void aKeyWithALineBreakCannotForgeAnotherProblem(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "checklist: telework-admin\nanswers:\n  \"TA-01\\nfake.yaml:1:1: all good\\e[2K\": met\n"
                + "  TA-02: \"done\\u202e\"\n");
        Run r = run("assess", f.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertNoHidden(r.err());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.size() >= 3, r.err());
        for (String line : lines) {
            assertTrue(line.startsWith(f + ":") || line.startsWith("tenken: "), "every line is a located problem or a summary: " + line);
        }
        assertTrue(r.err().contains("TA-01\\nfake.yaml:1:1: all good\\u001b[2K"), r.err());
    }

    @Test
    void usageMessagesEchoNoControlCharacters(@TempDir Path dir) {
        Run bogus = run("assess", "--bogus\u001b[2J\nfake.yaml:1:1: all good");
        assertEquals(Main.BAD_INPUT, bogus.code());
        assertNoHidden(bogus.err());
        assertTrue(bogus.err().lines().noneMatch(l -> l.startsWith("fake.yaml")), bogus.err());
        Run missing = run("assess", dir.resolve("missing\u0007\n.yaml").toString());
        assertEquals(Main.BAD_INPUT, missing.code());
        assertNoHidden(missing.err());
        Run lang = run("assess", SAMPLE.toString(), "--lang", "x\u009b\u202e");
        assertEquals(Main.BAD_INPUT, lang.code());
        assertNoHidden(lang.err());
    }

    @Test
    void theTemplateOfAHostileChecklistReadsBackWithItsOwnItemsOnly(@TempDir Path dir) throws Exception {
        Path checklist = dir.resolve("hostile.yaml");
        Files.writeString(checklist, """
                id: "null"
                version: "1\\nanswers: {I-1: met}\\a"
                title: {ja: "題\\n  I-1: met", en: "T\\r\\nanswers:\\n  I-1: met\\u2028x"}
                audience: x
                profile:
                  - key: "yes"
                    type: enum
                    values: ["a\\nb: c", "on"]
                    question: {ja: "問\\u0085x: y", en: "Q\\u0007"}
                categories:
                  - id: c
                    title: {ja: "カ\\n- x", en: "C\\ud800"}
                    items:
                      - id: "1.0"
                        rank: 必須
                        title: {ja: "項目\\nanswers: {I-1: met}", en: "Item\\e[2J"}
                        remediation: {ja: 直す, en: fix}
                      - id: I-1
                        rank: 推奨
                        title: {ja: 二, en: two}
                        remediation: {ja: 直す, en: fix}
                """);
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, "profile:\n  \"yes\": \"a\\nb: c\"\n");
        for (String lang : List.of("ja", "en")) {
            Run r = run("template", checklist.toString(), "--lang", lang, "--profile", profile.toString());
            assertEquals(Main.OK, r.code(), r.err());
            assertNoHidden(r.out());
            SelfAssessment a = SelfAssessment.fromYaml(r.out(), "template.yaml");
            assertEquals("null", a.checklistId());
            assertEquals(List.of("1.0", "I-1"), List.copyOf(a.answers().keySet()), r.out());
            assertEquals("unknown", a.answers().get("I-1").status().key(), "no injected answer");
            assertEquals("a\nb: c", a.profile().get("yes").toString(), r.out());
        }
    }
}
