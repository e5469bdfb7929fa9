package dev.tenken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code batch --format csv} agrees with {@code assess}; {@code stats} counts what batch wrote, as a real process too. */
class BatchCsvAndStatsTest {
    private static final String[] SECTORS = {"manufacturing", "retail", "小売業"};

    static LongStream seeds() {
        long base = Long.getLong("tenken.seed", 20261124L);
        return LongStream.range(0, 3).map(i -> base + i * 31);
    }

    static String assessment(Random r, int n) {
        StringBuilder b = new StringBuilder("{\"checklist\":\"telework-admin\",\"organisation\":{\"name\":\"組織").append(n).append('"');
        if (r.nextInt(4) > 0) {
            b.append(",\"sector\":\"").append(SECTORS[r.nextInt(SECTORS.length)]).append('"');
        }
        b.append("},\"assessed_on\":\"2026-11-24\",\"profile\":{\"telework.methods\":[\"vpn\",\"cloud\"]},\"answers\":{");
        String[] statuses = {"met", "met", "partial", "unmet", "unknown"};
        for (int i = 1; i <= 47; i++) {
            b.append(i == 1 ? "" : ",").append(String.format("\"TA-%02d\":\"%s\"", i, statuses[r.nextInt(statuses.length)]));
        }
        return b.append("}}").toString();
    }

    /** Grade, score and finding counts of a JSON report, read the plain way. */
    static Map<String, String> facts(String json) throws IOException {
        Map<String, String> out = new HashMap<>();
        int high = 0;
        int medium = 0;
        try (JsonParser p = new JsonFactory().createParser(json)) {
            int depth = 0;
            String field = null;
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME) {
                    field = p.currentName();
                } else if (depth == 1 && ("grade".equals(field) || "score".equals(field))) {
                    out.put(field, p.getText());
                } else if (depth == 3 && "severity".equals(field)) {
                    high += p.getText().equals("high") ? 1 : 0;
                    medium += p.getText().equals("medium") ? 1 : 0;
                }
            }
        }
        out.put("high", Integer.toString(high));
        out.put("medium", Integer.toString(medium));
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void csvRowsCarryWhatAssessReports(long seed, @TempDir Path dir) throws Exception {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(4);
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            lines.add(assessment(r, i));
        }
        lines.add("{\"checklist\":\"telework-admin\",\"answers\":{\"TA-99\":\"met\"}}");
        Path in = Files.write(dir.resolve("in.jsonl"), lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");
        CliTest.Run run = CliTest.run("batch", in.toString(), "--format", "csv", "--lang", "en", "--output", out.toString());
        assertEquals(Main.BAD_INPUT, run.code(), "a bad line: exit 2; " + run.err());
        String csv = Files.readString(out);
        assertTrue(csv.startsWith("\uFEFFLine,Organisation,Sector,Checklist,"), csv);
        List<String> rows = csv.substring(1).lines().toList();
        assertEquals(n + 2, rows.size(), "seed " + seed + ": header plus a row per line");
        for (int i = 1; i <= n; i++) {
            Path one = Files.writeString(dir.resolve("one-" + i + ".json"), lines.get(i - 1));
            CliTest.Run a = CliTest.run("assess", one.toString(), "--format", "json", "--lang", "en");
            Map<String, String> f = facts(a.out());
            String[] cells = rows.get(i).split(",", -1);
            String where = "seed " + seed + ", line " + i + ": " + rows.get(i);
            assertEquals(Integer.toString(i), cells[0], where);
            assertEquals(f.get("grade"), cells[5], where);
            assertEquals(f.get("score"), cells[6], where);
            assertEquals(f.get("high"), cells[9], where);
            assertEquals(f.get("medium"), cells[10], where);
            assertEquals(a.code() == Main.SHORTFALL, !cells[11].isEmpty(), where + ": 必須 items falling short as assess's exit code says");
        }
        assertTrue(rows.get(n + 1).startsWith((n + 1) + ",,,,,,,,,,,,") && rows.get(n + 1).contains("TA-99"), rows.get(n + 1));
    }

    @Test
    void statsCountsWhatBatchWroteAsARealProcess(@TempDir Path dir) throws Exception {
        Random r = new Random(7);
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            lines.add(i == 5 ? "not json" : assessment(r, i));
        }
        Path in = Files.write(dir.resolve("in.jsonl"), lines, StandardCharsets.UTF_8);
        Path reports = dir.resolve("reports.jsonl");
        Proc b = process(null, "batch", in.toString(), "--output", reports.toString());
        assertEquals(Main.BAD_INPUT, b.code(), b.out());
        Map<String, Integer> grades = new HashMap<>();
        Matcher m = Pattern.compile("\"grade\":\"([A-E])\"").matcher(Files.readString(reports));
        while (m.find()) {
            grades.merge(m.group(1), 1, Integer::sum);
        }
        Proc s = process(reports, "stats", "-", "--format", "json");
        assertEquals(Main.OK, s.code(), s.out());
        assertTrue(s.out().contains("\"lines\": 12") && s.out().contains("\"reports\": 11") && s.out().contains("\"error_lines\": 1"), s.out());
        for (String g : List.of("A", "B", "C", "D", "E")) {
            assertTrue(s.out().contains("\"" + g + "\": " + grades.getOrDefault(g, 0)), g + " in " + s.out());
        }
        Proc html = process(null, "stats", reports.toString(), "--format", "html", "--lang", "en", "--output",
                dir.resolve("stats.html").toString());
        assertEquals(Main.OK, html.code(), html.out());
        String page = Files.readString(dir.resolve("stats.html"));
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("<svg") && page.contains("Grade distribution"), page);
    }

    /** A pretty-printed JSON file given to batch: every line bad, and a hint on what batch reads. */
    @Test
    void aBatchWithNoGoodLineSaysWhatBatchReads(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("batch", Path.of("../examples/answers/telework-admin-sample.json").toString(),
                "--format", "csv", "--output", dir.resolve("out.csv").toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("none of the") && r.err().contains("JSON Lines") && r.err().contains("jq -c"), r.err());
        String csv = Files.readString(dir.resolve("out.csv"));
        assertTrue(!csv.contains("REDACTED") && !csv.contains("[Source"), csv);
        CliTest.Run good = CliTest.run("batch", Path.of("../examples/answers/organisations.jsonl").toString(), "--format", "csv",
                "--output", dir.resolve("good.csv").toString());
        assertEquals(Main.SHORTFALL, good.code(), good.err());
        assertEquals("", good.err());
        // some lines bad, not all: the errors are in the output, and no hint
        Path mixed = Files.writeString(dir.resolve("mixed.jsonl"), Files.readAllLines(
                Path.of("../examples/answers/organisations.jsonl")).get(0) + "\n{\n");
        CliTest.Run some = CliTest.run("batch", mixed.toString(), "--format", "csv", "--output", dir.resolve("m.csv").toString());
        assertEquals(Main.BAD_INPUT, some.code(), some.err());
        assertEquals("", some.err());
        assertTrue(Files.readString(dir.resolve("m.csv")).contains(mixed + ":2:2: syntax error: Unexpected end-of-input: expected"
                + " close marker for Object (start marker at column 1)"), Files.readString(dir.resolve("m.csv")));
        // a blank file name is a plain message too (it once failed making the options)
        for (String name : List.of(" ", "")) {
            CliTest.Run blank = CliTest.run("batch", name, "--format", "csv");
            assertEquals(Main.BAD_INPUT, blank.code(), blank.err());
            assertTrue(blank.err().startsWith("tenken: ") && !blank.err().contains("Exception")
                    && !blank.err().contains("unexpected"), blank.err());
        }
    }

    @Test
    void statsNamesLinesThatAreNotReportsAndExitsTwo(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("r.jsonl"), "{\"line\":1,\"error\":\"blank line\"}\n[1]\n");
        CliTest.Run r = CliTest.run("stats", f.toString(), "--lang", "en");
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        assertTrue(r.out().contains("line 2: not a JSON object") && r.out().contains("Lines that could not be assessed: 1"), r.out());
        CliTest.Run missing = CliTest.run("stats", dir.resolve("nope.jsonl").toString());
        assertEquals(Main.BAD_INPUT, missing.code());
        assertTrue(missing.err().startsWith("tenken: no such file"), missing.err());
        CliTest.Run format = CliTest.run("stats", f.toString(), "--format", "pdf");
        assertEquals(Main.BAD_INPUT, format.code());
        assertTrue(format.err().contains("expected text, markdown, json or html"), format.err());
    }

    record Proc(int code, String out) {
    }

    /** Runs the command in its own JVM, standard input from {@code stdin} when given. */
    static Proc process(Path stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertTrue(!text.contains("\tat "), "no stack trace: " + text);
        return new Proc(p.exitValue(), text);
    }
}
