package dev.tenken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.ChecklistLibrary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    static final Path SAMPLE = Path.of("../examples/answers/telework-admin-sample.yaml");

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        Run r = new Run(code, out.toString(), err.toString());
        assertFalse(r.err().contains("\tat "), "no stack trace:\n" + r.err());
        return r;
    }

    @Test
    void assessExitsOneWhenARequiredItemFallsShort() {
        Run r = run("assess", SAMPLE.toString(), "--lang", "en");
        assertEquals(Main.SHORTFALL, r.code(), r.err());
        assertTrue(r.out().contains("Grade: D"), r.out());
        assertTrue(r.out().indexOf("Grade:") < r.out().indexOf("Findings"), "summary first");
    }

    @Test
    void assessExitsZeroWhenEveryApplicableRequiredItemIsMet(@TempDir Path dir) throws Exception {
        StringBuilder answers = new StringBuilder("checklist: telework-admin\nprofile:\n  telework.methods: [cloud]\nanswers:\n");
        for (int i = 1; i <= 47; i++) {
            answers.append(String.format("  TA-%02d: met%n", i));
        }
        Path f = dir.resolve("all-met.yaml");
        Files.writeString(f, answers);
        Run r = run("assess", f.toString(), "--format", "json");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("\"grade\": \"A\""), r.out());
    }

    @Test
    void jsonReportHasTheSpecKeysInOrder() {
        Run r = run("assess", SAMPLE.toString(), "--format", "json");
        String json = r.out();
        int last = -1;
        for (String key : List.of("\"checklist\"", "\"organisation\"", "\"language\"", "\"grade\"", "\"score\"", "\"summary\"",
                "\"categories\"", "\"findings\"", "\"items\"", "\"warnings\"")) {
            int at = json.indexOf(key);
            assertTrue(at > last, key + " missing or out of order");
            last = at;
        }
        assertTrue(json.contains("\"language\": \"ja\""), "Japanese by default");
    }

    @Test
    void badInputExitsTwoWithOneLocatedLinePerProblem(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "checklist: telework-admin\nprofile:\n  telework.method: [vpn]\nanswers:\n  TA-01: 必要\n");
        Run r = run("assess", f.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains(f + ":5:10: item 'TA-01': unknown status '必要'"), r.err());
        assertTrue(r.err().contains(f + ":3:3: profile key 'telework.method'"), r.err());
        assertEquals(Main.BAD_INPUT, run("assess", dir.resolve("missing.yaml").toString()).code());
        assertEquals(Main.BAD_INPUT, run("assess").code());
        assertEquals(Main.BAD_INPUT, run("no-such-command").code());
        assertEquals(Main.BAD_INPUT, run("assess", SAMPLE.toString(), "--lang", "fr").code());
    }

    @Test
    void validateReportsEveryProblemOfEveryFile(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.yaml");
        Files.writeString(a, "id: a\nversion: 1\ntitle: {ja: a, en: a}\ncategories:\n  - id: c\n    title: {ja: c, en: c}\n"
                + "    items:\n      - {id: X, rank: 必要, title: {ja: t, en: t}, remediation: {ja: r, en: r}, wieght: 2}\n");
        Path b = dir.resolve("b.yaml");
        Files.writeString(b, "id: b\nextends: telework-admin\ntailor:\n  exclude: [TA-99]\n");
        Run r = run("validate", a.toString(), b.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("unknown rank '必要'"), r.err());
        assertTrue(r.err().contains("unknown key 'wieght'"), r.err());
        assertTrue(r.err().contains(b + ":4:13: item 'TA-99': tailor.exclude names unknown item 'TA-99'"), r.err());
        Path ok = dir.resolve("ok.yaml");
        Files.writeString(ok, "id: ok\nextends: telework-admin\ntailor:\n  rank: {TA-03: 必須}\n");
        Run good = run("validate", ok.toString());
        assertEquals(Main.OK, good.code(), good.err());
        assertTrue(good.out().contains("ok: " + ok + ": ok (47 items: 25 必須, 22 推奨)"), good.out());
    }

    @Test
    void showJsonPrintsTheResolvedChecklistWhichLoadsBack(@TempDir Path dir) throws Exception {
        Path child = dir.resolve("child.yaml");
        Files.writeString(child, "id: child\nextends: telework-admin\ntailor:\n  exclude: [TA-04]\n  rank: {TA-03: 必須}\n");
        Run r = run("show", child.toString(), "--format", "json");
        assertEquals(Main.OK, r.code(), r.err());
        assertFalse(r.out().contains("\"extends\""));
        assertFalse(r.out().contains("TA-04"));
        Path resolved = dir.resolve("resolved.json");
        Files.writeString(resolved, r.out());
        var c = ChecklistLibrary.load(resolved);
        assertEquals(46, c.items().count());
        assertEquals(dev.tenken.checklist.Rank.REQUIRED, c.item("TA-03").orElseThrow().rank());
    }

    @Test
    void templateWithACloudOnlyProfileOmitsVpnItems(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, "profile:\n  telework.methods: [cloud]\n  networks.used: [home-wifi]\n  services.cloud: true\n");
        Run r = run("template", "telework-admin", "--profile", profile.toString(), "--lang", "en");
        assertEquals(Main.OK, r.code(), r.err());
        assertFalse(r.out().contains("TA-10:"), "VPN gateway firmware does not apply to a cloud-only shop");
        assertFalse(r.out().contains("TA-20:"), "remote desktop exposure does not apply");
        assertFalse(r.out().contains("TA-27:"), "public Wi-Fi item does not apply");
        assertTrue(r.out().contains("TA-01: unknown"));
        assertTrue(r.out().contains("# [required / 必須] Written telework rules"), "rank in the chosen language");
        assertTrue(r.out().contains("telework.methods: [\"cloud\"]"));
        // the template is itself a valid answers file
        Path t = dir.resolve("t.yaml");
        Files.writeString(t, r.out());
        assertEquals(Main.SHORTFALL, run("assess", t.toString()).code());
        Run all = run("template", "telework-admin");
        assertTrue(all.out().contains("TA-10: unknown"));
        assertTrue(all.out().contains("# [必須]"));
    }

    @Test
    void listShowsBuiltInChecklists() {
        Run r = run("list");
        assertEquals(Main.OK, r.code());
        assertTrue(r.out().contains("telework-admin"));
        assertTrue(r.out().contains("built-in"));
    }

    @Test
    void batchKeepsOrderIsByteIdenticalForAnyThreadsAndReportsBadLines(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        String[] statuses = {"met", "partial", "unmet", "unknown", "not_applicable"};
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder("{\"checklist\":\"telework-admin\",\"organisation\":{\"name\":\"org" + i + "\"},"
                    + "\"profile\":{\"telework.methods\":[\"vpn\"],\"staff.count\":" + i + "},\"answers\":{");
            for (int k = 1; k <= 47; k++) {
                b.append(k > 1 ? "," : "").append(String.format("\"TA-%02d\":\"%s\"", k, statuses[(i * 7 + k) % 5]));
            }
            lines.add(b.append("}}").toString());
        }
        lines.set(17, "{not json");
        lines.set(42, "{\"checklist\":\"telework-admin\",\"answers\":{\"TA-99\":\"met\"}}");
        Path in = dir.resolve("in.jsonl");
        Files.write(in, lines, StandardCharsets.UTF_8);
        String previous = null;
        for (String threads : List.of("1", "2", "8")) {
            Path out = dir.resolve("out" + threads + ".jsonl");
            Run r = run("batch", in.toString(), "--threads", threads, "--output", out.toString());
            assertEquals(Main.BAD_INPUT, r.code(), "bad lines make the run exit 2");
            String text = Files.readString(out);
            List<String> outLines = text.lines().toList();
            assertEquals(300, outLines.size());
            assertTrue(outLines.get(17).startsWith("{\"line\":18,\"error\":"), outLines.get(17));
            assertTrue(outLines.get(42).contains("TA-99"), outLines.get(42));
            assertTrue(outLines.get(299).contains("\"name\":\"org299\""), "order kept");
            if (previous != null) {
                assertEquals(previous, text, "byte-identical with " + threads + " threads");
            }
            previous = text;
        }
    }

    @Test
    void markdownCarriesGradeAndEveryFindingWithItsHint() {
        Run json = run("assess", SAMPLE.toString(), "--format", "json", "--lang", "en");
        Run md = run("assess", SAMPLE.toString(), "--format", "markdown", "--lang", "en");
        assertEquals(Main.SHORTFALL, md.code(), md.err());
        assertTrue(md.out().contains("**Grade:** D"), md.out());
        assertTrue(md.out().contains("| high | TA-07 | required |"), md.out());
        assertTrue(md.out().contains("Use device certificates or device registration"), "remediation hint present");
        long findings = json.out().lines().filter(l -> l.contains("\"severity\":")).count();
        long rows = md.out().lines().filter(l -> l.matches("^\\| (high|medium|low) \\|.*")).count();
        assertEquals(findings, rows, "one table row per finding");
    }

    @Test
    void csvOpensAsOneRowPerItemWithABom() {
        Run r = run("assess", SAMPLE.toString(), "--format", "csv", "--lang", "en");
        assertTrue(r.out().startsWith("\uFEFFChecklist,"), r.out());
        // contract version 2: a header block (checklist, date, grade, warnings ...), then one row per item, in English
        List<String> all = r.out().substring(1).lines().toList();
        int header = all.indexOf("Item,Category,Rank,Status,applicable,Severity,Title,What to do,Applicability,Answer as given,"
                + "Note,Evidence,Waiver,Waiver state");
        assertTrue(header > 0, all.toString());
        List<String> rows = all.subList(header, all.size());
        assertEquals(48, rows.size(), "header plus 47 items");
        assertTrue(rows.get(7).startsWith("TA-07,Devices and information assets,required,unmet,yes,high,"), rows.get(7));
        assertTrue(rows.stream().anyMatch(x -> x.matches("TA-20,[A-Za-z ]+,required,not applicable,no,,.*")));
        // a title with a comma is quoted, so every row has exactly 14 fields outside quotes
        for (String row : all) {
            assertEquals(13, row.replaceAll("\"([^\"]|\"\")*\"", "").chars().filter(c -> c == ',').count(), row);
        }
    }

    @Test
    void htmlReportIsWrittenToAFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("reports/report.html");
        Run r = run("assess", SAMPLE.toString(), "--format", "html", "--lang", "en", "--output", out.toString());
        assertEquals(Main.SHORTFALL, r.code(), r.err());
        assertEquals("", r.out(), "nothing on stdout when --output is given");
        String page = Files.readString(out);
        assertTrue(page.contains("<div class=\"grade grade-D\""), "grade D");
        assertTrue(page.contains("data-item=\"TA-07\""), "finding TA-07");
        assertTrue(page.contains("Use device certificates or device registration"), "its hint");
    }

    @Test
    void textIsColouredOnlyWhenAskedOrOnATerminal() {
        Run plain = run("assess", SAMPLE.toString(), "--lang", "en");
        assertFalse(plain.out().contains("\u001b["), "tests do not run on a terminal, so no colour");
        Run never = run("assess", SAMPLE.toString(), "--lang", "en", "--color", "never");
        assertEquals(plain.out(), never.out());
        Run always = run("assess", SAMPLE.toString(), "--lang", "en", "--color", "always");
        assertTrue(always.out().contains("\u001b[31mhigh\u001b[0m"), always.out());
        assertEquals(plain.out(), always.out().replaceAll("\u001b\\[[0-9;]*m", ""), "colour is the only difference");
    }

    @Test
    void diffShowsProgressAndExitsOneOnRegression(@TempDir Path dir) throws Exception {
        Path before = dir.resolve("before.json");
        Path after = dir.resolve("after.json");
        assertEquals(Main.SHORTFALL, run("assess", SAMPLE.toString(), "--format", "json", "--lang", "en",
                "--output", before.toString()).code());
        // later: TA-07 fixed, TA-01 slipped to partial
        String answers = Files.readString(SAMPLE).replaceAll("(?m)^(  TA-07:).*$", "$1 met").replaceAll("(?m)^(  TA-01:).*$", "$1 partial");
        Path later = dir.resolve("later.yaml");
        Files.writeString(later, answers);
        assertEquals(Main.SHORTFALL, run("assess", later.toString(), "--format", "json", "--lang", "en",
                "--output", after.toString()).code());

        Run text = run("diff", before.toString(), after.toString());
        assertEquals(Main.SHORTFALL, text.code(), text.err());
        assertTrue(text.out().contains("Regressed (1)\n  TA-01 required  met → partial"), text.out());
        assertTrue(text.out().contains("Improved (1)\n  TA-07 required  unmet → met"), text.out());
        Run md = run("diff", before.toString(), after.toString(), "--format", "markdown");
        assertTrue(md.out().contains("| TA-07 | required | unmet → met |"), md.out());
        Run json = run("diff", before.toString(), after.toString(), "--format", "json");
        assertTrue(json.out().contains("\"regressed\": true"), json.out());

        Run back = run("diff", after.toString(), after.toString());
        assertEquals(Main.OK, back.code(), "nothing changed, nothing regressed");
        assertTrue(back.out().contains("No item changed."), back.out());

        Path notReport = dir.resolve("x.json");
        Files.writeString(notReport, "{\"checklist\": {\"id\": \"telework-admin\"}}\n");
        Run bad = run("diff", before.toString(), notReport.toString());
        assertEquals(Main.BAD_INPUT, bad.code());
        assertTrue(bad.err().contains(notReport + ":1:1: missing key 'grade'"), bad.err());
        assertEquals(Main.BAD_INPUT, run("diff", before.toString(), dir.resolve("missing.json").toString()).code());
    }
}
