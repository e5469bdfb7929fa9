package dev.tenken.checklist.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.Severity;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.diff.ChangeKind;
import dev.tenken.checklist.diff.ItemChange;
import dev.tenken.checklist.diff.WaiverChange;
import dev.tenken.checklist.diff.ReportDiff;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports, diffs and problems whose every piece of data is a generated hostile string (control
 * characters, C1, bidi overrides and isolates, lone surrogates, HTML, Markdown and CSV syntax,
 * forged problem lines, emoji, Japanese): each format must stay well-formed and carry no raw
 * markup or control character from data. Each report is compared with the same report whose
 * strings are all "x": the structure Tenken writes (lines, tags, table cells, CSV rows) must not
 * change. A failure names its seed; rerun one seed by changing {@link #seeds()}.
 */
class OutputEscapingPropertyTest {
    private static final String[] PIECES = {"\u0007", "\u001b[31m", "\u001b]0;pwned\u0007", "\u009b2J", "\u0085", "\u202e",
        "\u202d", "\u2066", "\u2069", "\u200e", "\u200f", "\u061c", "\u0000", "\u007f", "\u2028", "\u2029", "\u200b", "\ufeff",
        "\uD800", "\uDFFF", "\uDBFF", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<", ">", "&", "&lt;",
        "&#60;", "|", "=", "=HYPERLINK(\"http://x\")", "+", "-", "@", "\t", "\r", "\n", "\r\n", "\"", "'", "\\", "`", "*", "_",
        "[x](javascript:alert(1))", "![i](http://x/i.png)", "#", "## h", "1. ", "~~", "- ", "\uD83D\uDE00", "👨‍👩‍👧", "必須",
        "点検　項目", " ", "a", "\nfake.yaml:1:1: all good\n", "answers: {I-1: met}", "yes", "null", ": ", "{", "}", "[", "]"};
    private static final String FORMULA_START = "=+-@\t\r\n";
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern OWN_COLOUR = Pattern.compile("\u001b\\[(0|1|31|33|36)m");

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 7_700L + i);
    }

    static String hostile(Random r) {
        StringBuilder b = new StringBuilder();
        if (r.nextInt(4) == 0) {
            b.append(FORMULA_START.charAt(r.nextInt(FORMULA_START.length())));
        }
        int n = 1 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    /** The same report twice: once with distinct hostile strings, once with each replaced by a distinct plain one. */
    record Pair(AssessmentReport hostile, AssessmentReport plain, List<String> strings) {
    }

    static Pair reports(long seed) {
        Random r = new Random(seed);
        int categories = 1 + r.nextInt(3);
        int items = 1 + r.nextInt(6);
        int findings = r.nextInt(5);
        int warnings = r.nextInt(3);
        Language language = r.nextBoolean() ? Language.EN : Language.JA;
        List<Integer> shape = new ArrayList<>();
        for (int i = 0; i < items + findings; i++) {
            shape.add(r.nextInt(1 << 20));
        }
        List<String> strings = new ArrayList<>();
        AssessmentReport hostile = report(() -> {
            String s = hostile(r);
            while (strings.contains(s)) {
                s = hostile(r);
            }
            strings.add(s);
            return s;
        }, categories, items, findings, warnings, language, shape);
        int[] n = {0};
        return new Pair(hostile, report(() -> "x" + n[0]++, categories, items, findings, warnings, language, shape), strings);
    }

    static AssessmentReport report(java.util.function.Supplier<String> s, int categories, int items, int findings, int warnings,
                                   Language language, List<Integer> shape) {
        String id = s.get();
        String version = s.get();
        String title = s.get();
        Map<String, String> organisation = new LinkedHashMap<>();
        organisation.put("name", s.get());
        organisation.put("x" + s.get(), s.get());
        List<CategoryScore> cs = new ArrayList<>();
        for (int i = 0; i < categories; i++) {
            cs.add(new CategoryScore(s.get(), s.get(), 10 * i));
        }
        List<ItemResult> is = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            int k = shape.get(i);
            is.add(itemResult(s.get(), s.get(), Rank.values()[k % 2], ItemStatus.values()[k % ItemStatus.values().length],
                    k % 3 != 0, s.get()));
        }
        List<Finding> fs = new ArrayList<>();
        for (int i = 0; i < findings; i++) {
            int k = shape.get(items + i);
            boolean item = k % 4 != 0;
            fs.add(new Finding(item ? Optional.of(s.get()) : Optional.empty(), item ? Optional.of(Rank.values()[k % 2]) : Optional.empty(),
                    item ? Optional.of(ItemStatus.UNMET) : Optional.empty(), Severity.values()[k % 3], s.get(), s.get(),
                    List.of(s.get(), s.get()), List.of("status", "severity raised: " + s.get())));
        }
        List<String> ws = new ArrayList<>();
        for (int i = 0; i < warnings; i++) {
            ws.add(s.get());
        }
        RankSummary sum = new RankSummary(3, 1, 1, 1, 0, new BigDecimal("1.5"), new BigDecimal("3"));
        return new AssessmentReport(id, version, title, organisation, DAY, Map.of(), "test", language, Grade.C, 55,
                new Summary(sum, sum, 1, 0, 0, 0, 0), cs, fs, is, List.of(), ws);
    }

    private static final java.time.LocalDate DAY = java.time.LocalDate.of(2026, 11, 24);

    /** An item result with nothing written beside it. */
    static ItemResult itemResult(String id, String category, Rank rank, ItemStatus status, boolean applicable, String title) {
        return new ItemResult(id, category, rank, status, applicable, title,
                applicable ? Applicability.APPLIES : Applicability.EXCLUDED,
                status == ItemStatus.UNANSWERED || status == ItemStatus.NOT_APPLICABLE ? StatusSource.NONE : StatusSource.ANSWER,
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Runs a check, naming the seed if it fails. */
    static void withSeed(long seed, ThrowingRunnable check) throws Exception {
        try {
            check.run();
        } catch (AssertionError e) {
            throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void jsonParsesBackToTheSameStringsAndAlwaysEncodes(long seed) throws Exception {
        Pair p = reports(seed);
        withSeed(seed, () -> {
            for (String json : List.of(p.hostile().toJson(), p.hostile().toJsonLine())) {
                assertEncodable(json);
                List<String> read = strings(json);
                for (String s : p.strings()) {
                    assertTrue(read.contains(s) || read.contains("severity raised: " + s) || read.contains("x" + lone(s)),
                            "round trip of " + show(s));
                }
                assertEquals(strings(p.plain().toJson()).size(), read.size(), "same keys and values as the plain report");
            }
            byte[] utf8 = p.hostile().toJsonLineUtf8();
            assertArrayEquals(p.hostile().toJsonLine().getBytes(StandardCharsets.UTF_8), utf8, "bytes and text agree");
            assertFalse(p.hostile().toJsonLine().contains("\n"), "one line");
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void textHasNoControlCharacterButItsOwnLineEndsAndColours(long seed) throws Exception {
        Pair p = reports(seed);
        withSeed(seed, () -> {
            for (boolean colour : new boolean[] {false, true}) {
                String text = p.hostile().toText(colour);
                String plain = p.plain().toText(colour);
                assertEquals(plain.split("\n", -1).length, text.split("\n", -1).length, "same lines as the plain report");
                assertEquals(count(plain, '\u001b'), count(text, '\u001b'), "only Tenken's own colour codes");
                assertNoHidden(OWN_COLOUR.matcher(text).replaceAll(""), "\n");
                assertEncodable(text);
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void markdownHasNoRawHtmlAndKeepsItsTables(long seed) throws Exception {
        Pair p = reports(seed);
        withSeed(seed, () -> {
            String md = p.hostile().toMarkdown();
            assertMarkdown(md, p.plain().toMarkdown());
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void csvCellsNeverStartAFormulaAndRowsStayRows(long seed) throws Exception {
        Pair p = reports(seed);
        withSeed(seed, () -> {
            String csv = p.hostile().toCsv();
            assertEncodable(csv);
            List<List<String>> rows = parseCsv(csv.substring(1));
            assertEquals(parseCsv(p.plain().toCsv().substring(1)).size(), rows.size(), "one row per item");
            for (List<String> row : rows) {
                assertEquals(14, row.size(), "fourteen fields: " + row);
                for (String cell : row) {
                    assertFalse(!cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0, "formula start in " + show(cell));
                }
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void htmlHasNoMarkupFromData(long seed) throws Exception {
        Pair p = reports(seed);
        withSeed(seed, () -> {
            String html = p.hostile().toHtml();
            String plain = p.plain().toHtml();
            assertEncodable(html);
            assertEquals(count(plain, '<'), count(html, '<'), "every '<' is Tenken's own");
            assertEquals(count(plain, '>'), count(html, '>'), "every '>' is Tenken's own");
            assertEquals(count(plain, '"'), count(html, '"'), "every quote is Tenken's own");
            assertNoHidden(html, "\n\t\r");
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void diffsAreEscapedInEveryFormat(long seed) throws Exception {
        Random r = new Random(seed);
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            strings.add(hostile(r));
        }
        ReportDiff hostile = diff(strings.iterator()::next, new Random(seed));
        int[] n = {0};
        ReportDiff plain = diff(() -> "x" + n[0]++, new Random(seed));
        withSeed(seed, () -> {
            String text = hostile.toText();
            assertEquals(plain.toText().split("\n", -1).length, text.split("\n", -1).length, "same lines as the plain diff");
            assertNoHidden(text, "\n");
            assertMarkdown(hostile.toMarkdown(), plain.toMarkdown());
            String json = hostile.toJson();
            assertEncodable(json);
            List<String> read = strings(json);
            for (String s : strings) {
                assertTrue(read.contains(s), "round trip of " + show(s));
            }
        });
    }

    /** Reports with hostile strings written as JSON and read back by {@code diff}: accepted and escaped, or refused on one line per problem. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void diffOfHostileJsonReportsIsEscapedOrRefusedOnOneLinePerProblem(long seed) throws Exception {
        Pair p = reports(seed);
        Pair q = reports(seed + 1);
        withSeed(seed, () -> {
            byte[] before = p.hostile().toJson().getBytes(StandardCharsets.UTF_8);
            AssessmentReport a = q.hostile();
            byte[] after = new AssessmentReport(p.hostile().checklistId(), a.checklistVersion(), a.checklistTitle(), a.organisation(),
                    DAY, Map.of(), "test", a.language(), a.grade(), a.score(), a.summary(), a.categories(), a.findings(), a.items(),
                    List.of(), a.warnings())
                    .toJson().getBytes(StandardCharsets.UTF_8);
            try {
                ReportDiff d = ReportDiff.compare(before, "before\n.json", after, "after\u001b.json");
                assertNoHidden(d.toText(), "\n");
                assertFalse(d.toMarkdown().contains("<"), "no raw '<' in Markdown");
                assertEncodable(d.toJson());
            } catch (TenkenException e) {
                for (Problem problem : e.problems()) {
                    assertNoHidden(problem.toString(), "");
                }
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyProblemIsOneLine(long seed) throws Exception {
        Random r = new Random(seed);
        Problem p = new Problem(hostile(r), r.nextInt(3), r.nextInt(3), r.nextBoolean() ? Optional.of(hostile(r)) : Optional.empty(),
                hostile(r));
        withSeed(seed, () -> {
            String s = p.toString();
            assertNoHidden(s, "");
            assertEncodable(s);
            assertEquals(1, s.lines().count(), show(s));
        });
    }

    @Test
    void aForgedLocationStaysInsideItsProblem() {
        Problem p = new Problem("real.yaml", 3, 5, Optional.of("I-1\nfake.yaml:1:1: all good"), "unknown id\u001b[2K");
        assertEquals("real.yaml:3:5: item 'I-1\\nfake.yaml:1:1: all good': unknown id\\u001b[2K", p.toString());
    }

    @Test
    void escapesAreReadable() {
        Map<String, String> report = Map.of("name", "Acme\u202e\u0007 <b>&", "x", "y");
        RankSummary sum = new RankSummary(0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
        AssessmentReport r = new AssessmentReport("id", "1\n2", "T\u009b<img src=x onerror=alert(1)>", report, DAY, Map.of(), "test",
                Language.EN, Grade.A, 100,
                new Summary(sum, sum, 0, 0, 0, 0, 0), List.of(), List.of(new Finding(Optional.of("I|1"), Optional.of(Rank.REQUIRED),
                Optional.of(ItemStatus.UNMET), Severity.HIGH, "*bold* [l](x)", "\t=1+1", List.of("\uD800"), List.of())),
                List.of(itemResult("I|1", "c", Rank.REQUIRED, ItemStatus.UNMET, true, "-@SUM(A1)")), List.of(), List.of());
        String text = r.toText();
        assertTrue(text.startsWith("T\\u009b<img src=x onerror=alert(1)> (id 1\\n2)\nOrganisation: Acme\\u202e\\u0007 <b>&\n"), text);
        String md = r.toMarkdown();
        assertTrue(md.startsWith("# T\\u009b&lt;img src=x onerror=alert(1)&gt;\n"), md);
        assertTrue(md.contains("| I\\|1 |"), md);
        assertTrue(md.contains("| \\*bold\\* \\[l\\](x) |"), md);
        String csv = r.toCsv();
        assertTrue(csv.contains("\r\nI|1,c,required,unmet,yes,high,'-@SUM(A1),'\t=1+1,applies,,,,,\r\n"), csv);
        assertTrue(r.toJson().contains("\"\\ud800\""), r.toJson());
        assertTrue(r.toHtml().contains("T\\u009b&lt;img src=x onerror=alert(1)&gt;"), "visible escape in HTML");
        assertTrue(r.toHtml().contains("\uFFFD"), "lone surrogate replaced in HTML");
    }

    static ReportDiff diff(java.util.function.Supplier<String> s, Random r) {
        String id = s.get();
        ReportDiff.Side before = new ReportDiff.Side(s.get(), Grade.C, 50, 0.5, 0.5, Optional.of(DAY));
        ReportDiff.Side after = new ReportDiff.Side(s.get(), Grade.B, 60, 0.6, 0.5, Optional.empty());
        List<ItemChange> changes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ChangeKind k = ChangeKind.values()[r.nextInt(ChangeKind.values().length)];
            Optional<Rank> rb = k == ChangeKind.ADDED ? Optional.empty() : Optional.of(Rank.REQUIRED);
            Optional<Rank> ra = k == ChangeKind.REMOVED ? Optional.empty() : Optional.of(Rank.RECOMMENDED);
            Optional<ItemStatus> sb = k == ChangeKind.ADDED ? Optional.empty() : Optional.of(ItemStatus.MET);
            Optional<ItemStatus> sa = k == ChangeKind.REMOVED ? Optional.empty() : Optional.of(ItemStatus.UNMET);
            changes.add(new ItemChange(s.get(), s.get(), k, rb, ra, sb, sa));
        }
        changes.sort(java.util.Comparator.comparing(ItemChange::kind));
        List<WaiverChange> waivers = List.of(new WaiverChange("W-1", "waived <b>\u001b", WaiverChange.Kind.ADDED, Optional.of(DAY)));
        return new ReportDiff(id, r.nextBoolean() ? Language.EN : Language.JA, before, after, changes, waivers);
    }

    /** Markdown with no raw HTML, the same lines as the plain version and the same table cells on each line. */
    static void assertMarkdown(String md, String plain) throws CharacterCodingException {
        assertEncodable(md);
        assertFalse(md.contains("<"), "no raw '<'");
        assertFalse(md.contains(">"), "no raw '>'");
        String[] lines = md.split("\n", -1);
        String[] plainLines = plain.split("\n", -1);
        assertEquals(plainLines.length, lines.length, "same lines as the plain Markdown");
        for (int i = 0; i < lines.length; i++) {
            String at = "line " + (i + 1) + ": " + show(lines[i]);
            assertEquals(cells(plainLines[i]), cells(lines[i]), "table cells on " + at);
            assertEquals(UNESCAPED_SYNTAX.matcher(plainLines[i]).results().count(), UNESCAPED_SYNTAX.matcher(lines[i]).results().count(),
                    "unescaped * _ ` [ ] ~ from data on " + at);
            Matcher block = Pattern.compile("^(#+ |- |\\| )\\s*(.*)").matcher(lines[i]);
            if (block.matches()) {
                assertFalse(block.group(2).matches("([-+*#>=]|\\d+[.)]).*"), "block syntax from data on " + at);
            }
        }
        assertNoHidden(md, "\n");
    }

    /** One of * _ ` [ ] ~ not preceded by a backslash escape (the plain version has none). */
    private static final Pattern UNESCAPED_SYNTAX = Pattern.compile("(?<!\\\\)(\\\\\\\\)*[*_`\\[\\]~]");

    /** Table cell separators: pipes not escaped by a backslash. */
    static int cells(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }

    /** RFC 4180 rows. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && cell.length() == 0) {
                int j = i + 1;
                while (true) {
                    int q = csv.indexOf('"', j);
                    if (q < 0) {
                        fail("unterminated quote");
                    }
                    cell.append(csv, j, q);
                    if (q + 1 < csv.length() && csv.charAt(q + 1) == '"') {
                        cell.append('"');
                        j = q + 2;
                    } else {
                        i = q + 1;
                        break;
                    }
                }
                continue;
            }
            if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertFalse(c == '"' || c == '\r' || c == '\n', "bare quote or line break outside quotes at " + i);
                cell.append(c);
            }
            i++;
        }
        assertTrue(row.isEmpty() && cell.length() == 0, "ends with CRLF");
        return rows;
    }

    /** Every field name and string value, in order. */
    static List<String> strings(String json) throws IOException {
        List<String> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
                    out.add(p.getText());
                }
            }
        }
        return out;
    }

    static void assertEncodable(String s) throws CharacterCodingException {
        StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(s));
    }

    /** No C0 or C1 control (but those allowed), no line or paragraph separator, no bidi control, no lone surrogate. */
    static void assertNoHidden(String s, String allowed) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && allowed.indexOf(c) < 0) || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            bad |= Character.isSurrogate(c);
            if (bad) {
                fail(String.format("raw U+%04X at %d in %s", (int) c, i, show(s.substring(Math.max(0, i - 40), Math.min(s.length(), i + 40)))));
            }
        }
    }

    /** A JSON field name from data: lone surrogates become U+FFFD, as every reader refuses them in names. */
    static String lone(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else {
                b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }

    static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /** A string with everything outside printable ASCII escaped, for messages. */
    static String show(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.chars().forEach(c -> b.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return b.append('"').toString();
    }
}
