package dev.tenken.checklist.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.report.Grade;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Statistics over report lines: totals, sectors, quartiles and item counts against a brute-force count. */
class BatchStatsTest {
    private static final String[] STATUSES = {"met", "partial", "unmet", "unanswered", "not_applicable"};
    private static final String[] SECTORS = {"retail", "製造業", "<script>alert(1)</script>", "a|b", "\u001b[31mred"};

    static LongStream seeds() {
        long base = Long.getLong("tenken.seed", 20261124L);
        return LongStream.range(0, 12).map(i -> base + i * 104729);
    }

    /** A report line in SPEC section 6's shape (only what stats reads, plus some keys it skips). */
    static String report(String sector, Grade grade, int score, String[] statuses) throws IOException {
        return report("telework-admin", "TA-", sector, grade, score, statuses);
    }

    /** The same on checklist {@code checklist}, its items {@code idPrefix} and a number. */
    static String report(String checklist, String idPrefix, String sector, Grade grade, int score, String[] statuses)
            throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeObjectFieldStart("checklist");
            g.writeStringField("id", checklist);
            g.writeStringField("version", "2026.1");
            g.writeEndObject();
            g.writeObjectFieldStart("organisation");
            g.writeStringField("name", "組織");
            if (sector != null) {
                g.writeStringField("sector", sector);
            }
            g.writeEndObject();
            g.writeStringField("grade", grade.name());
            g.writeNumberField("score", score);
            g.writeObjectFieldStart("summary");
            g.writeObjectFieldStart("required");
            g.writeNumberField("score", 0.5);
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            g.writeStartObject();
            g.writeStringField("item", "TA-01");
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("items");
            for (int i = 0; i < statuses.length; i++) {
                g.writeStartObject();
                g.writeStringField("item", idPrefix + (i + 1));
                g.writeStringField("rank", i % 3 == 0 ? "推奨" : "必須");
                g.writeStringField("status", statuses[i]);
                g.writeBooleanField("applicable", !statuses[i].equals("not_applicable"));
                g.writeStringField("title", "項目 <b>" + (i + 1) + "</b>");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return w.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void countsAddUpAndMatchABruteForceCount(long seed) throws Exception {
        Random r = new Random(seed);
        String context = "seed " + seed + " (rerun with -Dtenken.seed=" + seed + ")";
        int n = r.nextInt(300);
        int items = 1 + r.nextInt(8);
        StringBuilder in = new StringBuilder();
        List<Integer> scores = new ArrayList<>();
        Map<String, Long> perSector = new HashMap<>();
        long[][] counts = new long[items][5];
        long errors = 0;
        long malformed = 0;
        List<Long> malformedLines = new ArrayList<>();
        boolean anySector = false;
        for (int line = 1; line <= n; line++) {
            int kind = r.nextInt(20);
            if (kind == 0) {
                in.append("{\"line\":").append(line).append(",\"error\":\"line ").append(line).append(": bad\"}\n");
                errors++;
            } else if (kind == 1) {
                in.append(r.nextBoolean() ? "{\"grade\": \"Z\"" : r.nextBoolean() ? "[1,2]" : "").append('\n');
                malformed++;
                malformedLines.add((long) line);
            } else {
                String sector = r.nextInt(4) == 0 ? null : SECTORS[r.nextInt(SECTORS.length)];
                anySector |= sector != null;
                int score = r.nextInt(101);
                String[] st = new String[items];
                for (int i = 0; i < items; i++) {
                    int s = r.nextInt(5);
                    st[i] = STATUSES[s];
                    counts[i][s]++;
                }
                in.append(report(sector, Grade.values()[r.nextInt(5)], score, st)).append(r.nextBoolean() ? "\n" : "\r\n");
                scores.add(score);
                perSector.merge(sector == null ? "" : sector, 1L, Long::sum);
            }
        }
        StatsReport s = BatchStats.read(new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(n, s.lines(), context);
        assertEquals(scores.size(), s.reports(), context + ": reports counted");
        assertEquals(errors, s.errorLines(), context);
        assertEquals(malformed, s.malformedLines(), context);
        assertEquals(s.reports(), s.overall().grades().values().stream().mapToLong(Long::longValue).sum(), context);
        List<Long> noted = s.notes().stream().filter(x -> !x.errorLine()).map(StatsReport.LineNote::line).toList();
        assertEquals(malformedLines.subList(0, noted.size()), noted, context + ": malformed lines located");
        if (anySector) {
            assertEquals(s.reports(), s.sectors().stream().mapToLong(StatsReport.Group::organisations).sum(), context
                    + ": sectors sum to the total");
            for (StatsReport.Group g : s.sectors()) {
                String key = g.kind() == StatsReport.Kind.SECTOR ? g.sector().orElseThrow() : "";
                assertEquals(perSector.get(key), g.organisations(), context + ": sector " + key);
                assertEquals(g.organisations(), g.grades().values().stream().mapToLong(Long::longValue).sum(), context);
            }
        } else {
            assertTrue(s.sectors().isEmpty(), context);
        }
        if (scores.isEmpty()) {
            assertTrue(s.overall().scores().isEmpty(), context);
            return;
        }
        int[] sorted = scores.stream().mapToInt(Integer::intValue).sorted().toArray();
        StatsReport.Quartiles q = s.overall().scores().orElseThrow();
        assertEquals(sorted[0], q.min(), context);
        assertEquals(sorted[sorted.length - 1], q.max(), context);
        assertEquals(nearestRank(sorted, 0.25), q.lower(), context);
        assertEquals(nearestRank(sorted, 0.5), q.median(), context);
        assertEquals(nearestRank(sorted, 0.75), q.upper(), context);
        assertEquals(items, s.overall().items().size(), context);
        for (StatsReport.ItemStats it : s.overall().items()) {
            int i = Integer.parseInt(it.item().substring(3)) - 1;
            assertEquals(s.reports(), it.organisations(), context);
            assertEquals(s.reports() - counts[i][4], it.applies(), context + " " + it.item());
            assertEquals(counts[i][2], it.unmet(), context + " " + it.item());
            assertEquals(counts[i][1], it.partial(), context + " " + it.item());
            assertEquals(counts[i][3], it.unanswered(), context + " " + it.item());
        }
        List<StatsReport.ItemStats> list = s.overall().items();
        for (int k = 1; k < list.size(); k++) {
            StatsReport.ItemStats a = list.get(k - 1);
            StatsReport.ItemStats b = list.get(k);
            assertTrue(a.rank() == Rank.REQUIRED || b.rank() == Rank.RECOMMENDED, context + ": 必須 first");
            assertTrue(a.rank() != b.rank() || a.shortCount() >= b.shortCount(), context + ": most often short first");
        }
        for (StatsFormat f : StatsFormat.values()) {
            for (Language l : Language.values()) {
                String out = StatsWriter.write(s, f, l);
                if (f == StatsFormat.HTML || f == StatsFormat.MARKDOWN) {
                    assertFalse(out.contains("<script>") || out.contains("項目 <b>"), context + " " + f + " " + l + ": no markup from data");
                }
                assertFalse(out.contains("\u001b"), context + " " + f + " " + l + ": no raw escape character");
            }
        }
    }

    private static int nearestRank(int[] sorted, double p) {
        int rank = (int) Math.max(1, Math.ceil(p * sorted.length));
        return sorted[rank - 1];
    }

    @Test
    void jsonGivesTheGradeDistributionAsAnObjectAndEscapesText() throws Exception {
        String in = report("<script>alert(1)</script>", Grade.B, 80, new String[] {"unmet", "met"}) + "\n"
                + report(null, Grade.E, 20, new String[] {"unmet", "partial"}) + "\nnot json\n{\"line\":4,\"error\":\"blank line\"}\n";
        StatsReport s = BatchStats.read(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)));
        String json = StatsWriter.write(s, StatsFormat.JSON, Language.EN);
        assertTrue(json.contains("\"grades\": {\n      \"A\": 0,\n      \"B\": 1,\n      \"C\": 0,\n      \"D\": 0,\n      \"E\": 1\n    }"), json);
        assertTrue(json.contains("\"malformed_lines\": 1") && json.contains("\"error_lines\": 1"), json);
        assertTrue(json.contains("\"line\": 3") && json.contains("not valid JSON"), json);
        String html = StatsWriter.write(s, StatsFormat.HTML, Language.JA);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<svg") && !html.contains("<script") && !html.contains("src=") && !html.contains("href="), html);
        assertTrue(html.contains("業種別") && html.contains("（業種の記載なし）"), html);
        String md = StatsWriter.write(s, StatsFormat.MARKDOWN, Language.EN);
        assertTrue(md.contains("&lt;script&gt;"), md);
        String text = StatsWriter.write(s, StatsFormat.TEXT, Language.EN);
        assertTrue(text.contains("line 3: not valid JSON"), text);
        assertTrue(text.contains("Organisations: 2"), text);
        // TA-1 is 推奨 in this shape (i % 3 == 0), TA-2 必須: 必須 first
        assertEquals(List.of("TA-2", "TA-1"), s.overall().items().stream().map(StatsReport.ItemStats::item).toList());
    }

    /**
     * The text item table lines up in a terminal in both languages: every row's title starts at
     * the same column, counting Japanese characters as two columns wide, and every share ends
     * at its column's right edge, however long the item ids.
     */
    @Test
    void theTextItemTableLinesUpInTerminalColumns() throws Exception {
        StringBuilder in = new StringBuilder();
        String[] statuses = {"met", "partial", "unmet", "unanswered", "not_applicable", "met", "unmet"};
        for (int k = 0; k < 9; k++) {
            String[] mine = new String[statuses.length];
            for (int i = 0; i < mine.length; i++) {
                mine[i] = statuses[(i + k) % statuses.length];
            }
            in.append(report("製造業", Grade.C, 60 + k, mine)).append('\n');
            // a second checklist, with ids in wide characters: the id column holds checklist:id
            in.append(report("点検表", "項目", "小売", Grade.D, 50 + k, Arrays.copyOf(mine, 3))).append('\n');
        }
        StatsReport s = BatchStats.read(new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)));
        for (Language l : Language.values()) {
            String text = StatsWriter.write(s, StatsFormat.TEXT, l);
            List<String> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.startsWith("  telework-admin:TA-") || line.startsWith("  点検表:項目")
                        || line.startsWith("  " + dev.tenken.checklist.report.Wording.ITEM.in(l) + " ")) {
                    rows.add(line);
                }
            }
            assertEquals(1 + statuses.length + 3, rows.size(), text);
            int titleAt = -1;
            List<Integer> sharesEnd = null;
            for (String row : rows) {
                if (!row.startsWith("  " + dev.tenken.checklist.report.Wording.ITEM.in(l) + " ")) {
                    List<Integer> ends = new ArrayList<>();
                    for (int i = row.indexOf('%'); i >= 0 && ends.size() < 5; i = row.indexOf('%', i + 1)) {
                        ends.add(dev.tenken.checklist.text.TerminalText.width(row.substring(0, i)));
                    }
                    assertTrue(sharesEnd == null || sharesEnd.equals(ends), l + ": a share moves in\n" + String.join("\n", rows));
                    sharesEnd = ends;
                }
                // the title is what follows the last "%" and two spaces (in the header: the last two spaces)
                boolean header = row.startsWith("  " + dev.tenken.checklist.report.Wording.ITEM.in(l) + " ");
                int cut = header ? row.lastIndexOf("  ") : row.indexOf("  ", row.lastIndexOf('%'));
                int at = dev.tenken.checklist.text.TerminalText.width(row.substring(0, cut));
                assertTrue(titleAt < 0 || titleAt == at, l + ": the title moves in\n" + String.join("\n", rows));
                titleAt = at;
            }
        }
    }

    @Test
    void nothingToCountSaysSo() throws Exception {
        StatsReport s = BatchStats.read(new ByteArrayInputStream(new byte[0]));
        assertEquals(0, s.lines());
        for (StatsFormat f : StatsFormat.values()) {
            assertTrue(StatsWriter.write(s, f, Language.EN).contains(f == StatsFormat.JSON ? "\"scores\": null" : "No reports to count."), f.name());
        }
    }

    @Test
    void sectorsPastTheLimitAreCountedTogetherAndStillSumToTheTotal() throws Exception {
        StringBuilder in = new StringBuilder();
        int n = BatchStats.MAX_SECTORS + 30;
        for (int i = 0; i < n; i++) {
            in.append(report("sector-" + i, Grade.C, 50, new String[] {"met"})).append('\n');
        }
        StatsReport s = BatchStats.read(new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(BatchStats.MAX_SECTORS + 1, s.sectors().size());
        assertEquals(StatsReport.Kind.OTHER_SECTORS, s.sectors().get(s.sectors().size() - 1).kind());
        assertEquals(30, s.sectors().get(s.sectors().size() - 1).organisations());
        assertEquals(n, s.sectors().stream().mapToLong(StatsReport.Group::organisations).sum());
    }

    @Test
    void countsThatDoNotAddUpAreRefused() {
        StatsReport.Group empty = new StatsReport.Group(StatsReport.Kind.ALL, java.util.Optional.empty(), 0, Map.of(),
                java.util.Optional.empty(), List.of());
        assertThrows(IllegalArgumentException.class, () -> new StatsReport(2, 1, 0, 0, List.of(), 0, empty, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new StatsReport.Quartiles(5, 4, 6, 7, 8));
        assertThrows(IllegalArgumentException.class, () -> new StatsReport.Group(StatsReport.Kind.SECTOR,
                java.util.Optional.empty(), 0, Map.of(), java.util.Optional.empty(), List.of()));
        assertTrue(Arrays.asList(Grade.values()).stream().allMatch(g -> empty.grades().get(g) == 0L));
    }
}
