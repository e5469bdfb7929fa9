package dev.tenken.engine.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Language;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.Severity;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.ItemResult;
import dev.tenken.engine.TenkenEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The library's batch: CSV rows and JSON lines agree with assessing each line alone, in order, whatever the threads. */
class BatchTest {
    private static TenkenEngine engine;

    @BeforeAll
    static void engine() throws Exception {
        engine = TenkenEngine.builder().withBuiltInChecklists().build();
    }

    static LongStream seeds() {
        long base = Long.getLong("tenken.seed", 20261124L);
        return LongStream.range(0, 8).map(i -> base + i * 7919);
    }

    /** A varied telework-admin assessment as one JSON line; sometimes a bad line instead. */
    static String line(Random r, int n) {
        int kind = r.nextInt(12);
        if (kind == 0) {
            return "{\"checklist\": \"telework-admin\", \"answers\": {\"TA-99\": \"met\"}}";
        }
        if (kind == 1) {
            return "{\"checklist\": ";
        }
        if (kind == 2) {
            return "  ";
        }
        StringBuilder b = new StringBuilder("{\"checklist\":\"telework-admin\",\"organisation\":{\"name\":\"");
        b.append(r.nextInt(5) == 0 ? "=HYPERLINK(\\\"x\\\"),株式会社" : "株式会社テスト").append(n).append('"');
        if (r.nextBoolean()) {
            b.append(",\"sector\":\"").append(new String[] {"retail", "製造業", "+cmd", "a,b"}[r.nextInt(4)]).append('"');
        }
        b.append("},\"assessed_on\":\"2026-11-24\",\"profile\":{\"telework.methods\":[\"vpn\"],\"devices.ownership\":\"")
                .append(r.nextBoolean() ? "byod" : "company").append("\",\"admin.present\":").append(r.nextBoolean()).append("},\"answers\":{");
        String[] statuses = {"met", "partial", "unmet", "unknown", "未実施"};
        boolean first = true;
        for (int i = 1; i <= 47; i++) {
            if (r.nextInt(8) == 0) {
                continue;
            }
            b.append(first ? "" : ",").append(String.format("\"TA-%02d\":", i));
            first = false;
            String s = statuses[r.nextInt(statuses.length)];
            if (r.nextInt(20) == 0 && s.equals("unmet")) {
                b.append("{\"status\":\"unmet\",\"waiver\":{\"reason\":\"代替策\",\"expires\":\"2027-03-31\"}}");
            } else {
                b.append('"').append(s).append('"');
            }
        }
        return b.append("}}").toString();
    }

    static byte[] run(String input, BatchOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Batch.run(engine, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, options);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void csvRowNAnswersLineNAsAssessWouldWhateverTheThreads(long seed) throws Exception {
        Random r = new Random(seed);
        int count = 1 + r.nextInt(30);
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add(line(r, i));
        }
        String input = String.join("\n", lines) + (r.nextBoolean() ? "\n" : "");
        String context = "seed " + seed + " (rerun with -Dtenken.seed=" + seed + ")";
        byte[] one = run(input, new BatchOptions(BatchFormat.CSV, Language.EN, 1));
        byte[] three = run(input, new BatchOptions(BatchFormat.CSV, Language.EN, 3));
        assertArrayEquals(one, three, context + ": the same bytes whatever the threads");
        List<List<String>> rows = parseCsv(one);
        assertEquals(count + 1, rows.size(), context + ": header plus one row per input line");
        for (int i = 1; i <= count; i++) {
            List<String> row = rows.get(i);
            String where = context + ", line " + i;
            assertEquals(13, row.size(), where);
            assertEquals(Integer.toString(i), row.get(0), where);
            AssessmentReport expected;
            try {
                expected = engine.assess(SelfAssessment.fromJson(lines.get(i - 1), "line " + i), Language.EN);
            } catch (Exception e) {
                expected = null;
            }
            if (expected == null) {
                assertFalse(row.get(12).isEmpty(), where + ": a bad line carries its error");
                assertEquals("", row.get(5), where);
                continue;
            }
            assertEquals("", row.get(12), where);
            assertEquals(expected.grade().name(), row.get(5), where);
            assertEquals(Integer.toString(expected.score()), row.get(6), where);
            assertEquals(Double.toString(expected.summary().required().score()), row.get(7), where);
            assertEquals(Double.toString(expected.summary().recommended().score()), row.get(8), where);
            assertEquals(Integer.toString(expected.findings(Severity.HIGH).size()), row.get(9), where);
            assertEquals(Integer.toString(expected.findings(Severity.MEDIUM).size()), row.get(10), where);
            assertEquals(expected.items().stream().filter(x -> x.rank() == Rank.REQUIRED && x.applicable() && x.status().isShortfall())
                    .map(ItemResult::item).collect(Collectors.joining(" ")), row.get(11), where);
            String name = expected.organisation().get("name");
            assertEquals(name.startsWith("=") ? "'" + name : name, row.get(1), where + ": a formula is defused");
            assertEquals(expected.organisation().getOrDefault("sector", "").startsWith("+") ? "'+cmd"
                    : expected.organisation().getOrDefault("sector", ""), row.get(2), where);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void jsonLineNIsTheReportOfLineN(long seed) throws Exception {
        Random r = new Random(seed);
        int count = 1 + r.nextInt(12);
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add(line(r, i));
        }
        byte[] out = run(String.join("\r\n", lines), new BatchOptions(BatchFormat.JSONL, Language.JA, 2));
        List<String> got = new String(out, StandardCharsets.UTF_8).lines().toList();
        assertEquals(count, got.size(), "seed " + seed);
        for (int i = 1; i <= count; i++) {
            try {
                AssessmentReport expected = engine.assess(SelfAssessment.fromJson(lines.get(i - 1), "line " + i), Language.JA);
                assertEquals(expected.toJsonLine(), got.get(i - 1), "seed " + seed + ", line " + i);
            } catch (dev.tenken.checklist.TenkenException e) {
                assertTrue(got.get(i - 1).startsWith("{\"line\":" + i + ",\"error\":"), "seed " + seed + ": " + got.get(i - 1));
            }
        }
    }

    @Test
    void csvStartsWithAByteOrderMarkAndAHeaderInTheReportLanguage() throws Exception {
        byte[] en = run("", BatchOptions.of(BatchFormat.CSV).withLanguage(Language.EN));
        assertEquals("\uFEFFLine,Organisation,Sector,Checklist,Assessed on,Grade,Score,Required compliance,Recommended compliance,"
                + "High findings,Medium findings,Required items falling short,Error\r\n", new String(en, StandardCharsets.UTF_8));
        String ja = new String(run("", BatchOptions.of(BatchFormat.CSV)), StandardCharsets.UTF_8);
        assertTrue(ja.startsWith("\uFEFF行,組織,業種,チェックリスト,点検日,評価,スコア,必須の実施率,推奨の実施率,"), ja);
    }

    @Test
    void badLinesAreRowsWithTheirNumberAndError() throws Exception {
        byte[] out = run("{\"checklist\": \"nope\"}\n\n{", new BatchOptions(BatchFormat.CSV, Language.EN, 2));
        List<List<String>> rows = parseCsv(out);
        assertEquals(4, rows.size());
        assertEquals("1", rows.get(1).get(0));
        assertTrue(rows.get(1).get(12).contains("nope"), rows.get(1).toString());
        assertTrue(rows.get(2).get(12).startsWith("blank line"), rows.get(2).toString());
        assertEquals("3", rows.get(3).get(0));
        assertFalse(rows.get(3).get(12).isEmpty());
    }

    @Test
    void aFailingOutputSaysSoWithWhatWasWritten() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        String input = "{\n".repeat(100_000); // more than the output buffer holds
        BatchIOException e = assertThrows(BatchIOException.class, () -> Batch.run(engine,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), broken, BatchOptions.of(BatchFormat.JSONL)));
        assertFalse(e.inInput());
        assertEquals("Broken pipe", e.getCause().getMessage());
        assertTrue(e.written().lines() > 0 && e.written().lines() < 100_000, e.written().toString());
    }

    @Test
    void aFailingInputSaysSo() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }
        };
        BatchIOException e = assertThrows(BatchIOException.class, () -> Batch.run(engine, broken, new ByteArrayOutputStream(),
                BatchOptions.of(BatchFormat.CSV)));
        assertTrue(e.inInput());
    }

    @Test
    void optionsAreCheckedOnConstruction() {
        assertThrows(IllegalArgumentException.class, () -> new BatchOptions(BatchFormat.CSV, Language.JA, 0));
        assertThrows(IllegalArgumentException.class, () -> new BatchOptions(BatchFormat.CSV, Language.JA, 257));
        assertTrue(BatchOptions.defaultThreads(BatchFormat.CSV) >= 1);
    }

    /** RFC 4180, with the byte-order mark dropped and CRLF row ends. */
    static List<List<String>> parseCsv(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(s.startsWith("\uFEFF"), "a byte-order mark");
        s = s.substring(1);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertTrue(row.isEmpty() && cell.length() == 0, "ends with CRLF");
        return rows;
    }

    /** A bad line's error names the input, the line and the column in it, as a compiler names a place. */
    @Test
    void errorsNameTheInputItsLineAndTheColumn() throws Exception {
        String in = "{\"checklist\":\"wifi-user\",\"answers\":{}}\n"
                + "{\"checklist\": \"wifi-user\", \"answers\": {\"WU-01\": met}}\n"
                + "{\"checklist\":\"wifi-user\",\"answers\":{\"WU-99\":\"met\"}}\n"
                + "{\"checklist\":\"wifi-user\",\"answers\":{\"WU-01\":\"met\"\r,\"WU-98\":\"met\"}}\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Batch.run(engine, new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), out,
                new BatchOptions(BatchFormat.JSONL, Language.EN, 2).withInputName("orgs.jsonl"));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(1).startsWith("{\"line\":2,\"error\":\"orgs.jsonl:2:49: syntax error: "), lines.get(1));
        // an item the checklist does not have: where its key stands
        assertTrue(lines.get(2).startsWith("{\"line\":3,\"error\":\"orgs.jsonl:3:37: item 'WU-99': "), lines.get(2));
        // after a lone CR the document's column is not the line's: the line alone
        assertTrue(lines.get(3).startsWith("{\"line\":4,\"error\":\"orgs.jsonl:4: item 'WU-98': "), lines.get(3));
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        Batch.run(engine, new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), plain, BatchOptions.of(BatchFormat.CSV));
        assertTrue(plain.toString(StandardCharsets.UTF_8).contains("input:3:37: item 'WU-99': "), plain.toString(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> BatchOptions.of(BatchFormat.CSV).withInputName(" "));
    }
}
