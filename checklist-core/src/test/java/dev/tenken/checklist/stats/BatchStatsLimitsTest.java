package dev.tenken.checklist.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@code tenken stats} refuses and what it stops keeping: counts in a report's summary that
 * are negative or absurd make the line not a report (located, never counted), and distinct items,
 * sectors, checklists and ids stay within their caps, with the rest said to be not counted.
 */
class BatchStatsLimitsTest {
    /** Every count of a full summary, by its path in the report. */
    private static final String[] COUNTS = {"summary.required.applicable", "summary.required.met", "summary.required.partial",
        "summary.required.unmet", "summary.required.unanswered", "summary.recommended.applicable", "summary.recommended.met",
        "summary.recommended.partial", "summary.recommended.unmet", "summary.recommended.unanswered", "summary.not_applicable",
        "summary.assumed", "summary.declared_not_applicable", "summary.waived", "summary.expired_waivers"};
    private static final String[] BAD_COUNTS = {"-5", "-1", "100001", "1000000000", "9223372036854775808", "-9223372036854775809",
        "1.5", "-0.5", "1e3", "\"3\"", "null", "true", "[]", "{}"};
    private static final String[] BAD_SCORES = {"-0.01", "1.01", "100", "-5", "\"0.5\"", "null", "1e308"};

    static LongStream seeds() {
        long base = Long.getLong("tenken.seed", 20261124L);
        return LongStream.range(0, 16).map(i -> base + i * 7919);
    }

    /** A report line with a full summary; {@code field} (a path from {@link #COUNTS} or a score) gets {@code value}. */
    static String line(String checklist, String sector, String field, String value, List<String> items) {
        StringBuilder b = new StringBuilder(256 + items.size() * 64);
        b.append("{\"checklist\":{\"id\":\"").append(checklist).append("\",\"version\":\"2026.1\"},");
        b.append("\"organisation\":{\"name\":\"組織\"").append(sector == null ? "" : ",\"sector\":\"" + sector + "\"").append("},");
        b.append("\"grade\":\"C\",\"score\":71,\"summary\":{");
        for (String part : new String[] {"required", "recommended"}) {
            b.append('"').append(part).append("\":{");
            for (String k : new String[] {"applicable", "met", "partial", "unmet", "unanswered"}) {
                b.append('"').append(k).append("\":").append(value("summary." + part + "." + k, "3", field, value)).append(',');
            }
            b.append("\"score\":").append(value("summary." + part + ".score", "0.8", field, value)).append("},");
        }
        String[] top = {"not_applicable", "assumed", "declared_not_applicable", "waived", "expired_waivers"};
        for (int k = 0; k < top.length; k++) {
            b.append(k == 0 ? "" : ",").append('"').append(top[k]).append("\":").append(value("summary." + top[k], "0", field, value));
        }
        b.append("},\"items\":[");
        for (int k = 0; k < items.size(); k++) {
            b.append(k == 0 ? "" : ",").append("{\"item\":\"").append(items.get(k))
                    .append("\",\"rank\":\"必須\",\"status\":\"unmet\",\"title\":\"t\"}");
        }
        return b.append("]}").toString();
    }

    private static String value(String path, String normal, String field, String value) {
        return path.equals(field) ? value : normal;
    }

    private static StatsReport read(String text) throws IOException {
        return BatchStats.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void negativeSummaryCountsAreReportedByLineAndFieldAndNotCounted() throws Exception {
        String bad = line("telework-admin", "retail", null, null, List.of("TA-01"))
                .replace("\"not_applicable\":0", "\"not_applicable\":-5").replace("\"assumed\":0", "\"assumed\":-5")
                .replace("\"waived\":0", "\"waived\":-5");
        StatsReport s = read(line("telework-admin", "retail", null, null, List.of("TA-01")) + "\n" + bad + "\n");
        assertEquals(2, s.lines());
        assertEquals(1, s.reports(), "only the good line is an organisation");
        assertEquals(1, s.malformedLines());
        assertEquals(1, s.overall().organisations());
        assertEquals(1, s.overall().items().get(0).organisations());
        StatsReport.LineNote note = s.notes().get(0);
        assertEquals(2, note.line());
        assertEquals("\"summary.not_applicable\" is not a whole number from 0 to 100000; \"summary.assumed\" is not a whole"
                + " number from 0 to 100000; \"summary.waived\" is not a whole number from 0 to 100000", note.message());
        String text = StatsWriter.write(s, StatsFormat.TEXT, Language.EN);
        assertTrue(text.contains("line 2: \"summary.not_applicable\" is not a whole number"), text);
    }

    @Test
    void countsAtTheBoundsAreAccepted() throws Exception {
        StatsReport s = read(line("c", null, "summary.waived", "0", List.of()) + "\n"
                + line("c", null, "summary.required.met", String.valueOf(BatchStats.MAX_COUNT), List.of()) + "\n"
                + line("c", null, "summary.recommended.score", "1", List.of()) + "\n"
                + line("c", null, "summary.required.score", "0", List.of()) + "\n");
        assertEquals(4, s.reports(), s.notes().toString());
        assertEquals(0, s.malformedLines());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyBadCountIsReportedByLineAndNeverCounted(long seed) throws Exception {
        Random r = new Random(seed);
        String context = "seed " + seed + " (rerun with -Dtenken.seed=" + seed + ")";
        int n = 1 + r.nextInt(60);
        StringBuilder in = new StringBuilder();
        List<Long> badLines = new ArrayList<>();
        List<String> badFields = new ArrayList<>();
        long good = 0;
        for (int line = 1; line <= n; line++) {
            List<String> items = List.of("TA-01", "TA-02");
            if (r.nextInt(3) == 0) {
                String field;
                String value;
                if (r.nextInt(4) == 0) {
                    field = "summary." + (r.nextBoolean() ? "required" : "recommended") + ".score";
                    value = BAD_SCORES[r.nextInt(BAD_SCORES.length)];
                } else {
                    field = COUNTS[r.nextInt(COUNTS.length)];
                    value = BAD_COUNTS[r.nextInt(BAD_COUNTS.length)];
                }
                in.append(line("telework-admin", "s" + r.nextInt(3), field, value, items));
                badLines.add((long) line);
                badFields.add(field + " = " + value);
            } else {
                in.append(line("telework-admin", "s" + r.nextInt(3), null, null, items));
                good++;
            }
            in.append(r.nextBoolean() ? "\n" : "\r\n");
        }
        StatsReport s = read(in.toString());
        assertEquals(n, s.lines(), context);
        assertEquals(good, s.reports(), context + ": bad lines are not organisations " + badFields);
        assertEquals(badLines.size(), s.malformedLines(), context + " " + badFields);
        assertEquals(good, s.overall().organisations(), context);
        assertEquals(good, s.overall().grades().values().stream().mapToLong(Long::longValue).sum(), context);
        assertEquals(good, s.sectors().stream().mapToLong(StatsReport.Group::organisations).sum(), context);
        if (good > 0) {
            for (StatsReport.ItemStats it : s.overall().items()) {
                assertEquals(good, it.organisations(), context);
                assertEquals(good, it.unmet(), context + ": " + it.item());
            }
        }
        List<StatsReport.LineNote> notes = s.notes();
        assertEquals(Math.min(badLines.size(), BatchStats.MAX_NOTES), notes.size(), context);
        for (int k = 0; k < notes.size(); k++) {
            assertEquals(badLines.get(k), notes.get(k).line(), context + ": located");
            String field = badFields.get(k).substring(0, badFields.get(k).indexOf(' '));
            assertTrue(notes.get(k).message().contains("\"" + field + "\""), context + ": " + badFields.get(k)
                    + " named in: " + notes.get(k).message());
        }
    }

    private static List<String> ids(String prefix, int n) {
        List<String> ids = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            ids.add(prefix + k);
        }
        return ids;
    }

    @Test
    void distinctItemsAreCappedAndTheRestSaidToBeNotCounted() throws Exception {
        int perLine = 5_000;
        int lines = 4;
        StringBuilder in = new StringBuilder();
        for (int line = 0; line < lines; line++) {
            in.append(line("telework-admin", "sector" + line, null, null, ids("L" + line + "-", perLine))).append('\n');
        }
        StatsReport s = read(in.toString());
        assertEquals(lines, s.reports());
        assertEquals(BatchStats.MAX_ITEMS, s.overall().items().size());
        // line 1 keeps its first MAX_ITEMS items; every later item result is of a new item
        assertEquals((long) lines * perLine - BatchStats.MAX_ITEMS, s.droppedItemResults());
        for (StatsReport.Group g : s.sectors()) {
            assertTrue(g.items().size() <= BatchStats.MAX_ITEMS, g.sector() + ": " + g.items().size());
        }
        for (Language l : Language.values()) {
            for (StatsFormat f : StatsFormat.values()) {
                String out = StatsWriter.write(s, f, l);
                assertTrue(out.contains(String.valueOf(s.droppedItemResults())), f + " " + l + " says what was not counted");
            }
        }
        assertTrue(StatsWriter.write(s, StatsFormat.TEXT, Language.EN).contains(
                s.droppedItemResults() + " item results not counted: too many distinct items"));
    }

    @Test
    void sectorsAndChecklistsAreCappedInEveryTable() throws Exception {
        StringBuilder in = new StringBuilder();
        int n = 250;
        for (int line = 0; line < n; line++) {
            in.append(line("checklist-" + line, "sector-" + line, null, null, ids("C" + line + "-", 20))).append('\n');
        }
        StatsReport s = read(in.toString());
        assertEquals(n, s.reports());
        assertEquals(BatchStats.MAX_SECTORS + 1, s.sectors().size(), "100 sectors and the others together");
        assertEquals(n - BatchStats.MAX_SECTORS, s.sectors().get(s.sectors().size() - 1).organisations());
        assertEquals(BatchStats.MAX_CHECKLISTS * 20, s.overall().items().size());
        assertEquals((long) (n - BatchStats.MAX_CHECKLISTS) * 20, s.droppedItemResults());
        assertEquals(BatchStats.MAX_CHECKLISTS, s.overall().items().stream().map(StatsReport.ItemStats::checklist).distinct().count());
        for (StatsReport.Group g : s.sectors()) {
            assertTrue(g.items().size() <= BatchStats.MAX_ITEMS, String.valueOf(g.sector()));
        }
    }

    @Test
    void anOverlongIdMakesTheLineNotAReport() throws Exception {
        String longId = "x".repeat(BatchStats.MAX_ID_CHARS + 1);
        StatsReport s = read(line(longId, null, null, null, List.of("TA-01")) + "\n"
                + line("telework-admin", null, null, null, List.of(longId)) + "\n"
                + line("telework-admin", null, null, null, List.of("y".repeat(BatchStats.MAX_ID_CHARS))) + "\n");
        assertEquals(1, s.reports());
        assertEquals(2, s.malformedLines());
        assertEquals("\"checklist.id\" is longer than 200 characters", s.notes().get(0).message());
        assertEquals(2, s.notes().get(1).line());
        assertTrue(s.notes().get(1).message().contains("\"item\" is longer than 200 characters"), s.notes().get(1).message());
    }
}
