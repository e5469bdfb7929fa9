package dev.tenken.checklist.stats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.report.Grade;
import dev.tenken.checklist.report.ItemStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts report JSON lines, as {@code tenken batch} writes them (SPEC section 6, one report per
 * line, or {@code {"line": N, "error": "..."}}), into a {@link StatsReport}.
 *
 * <p>Memory stays flat however many lines: scores go into a histogram of the 101 possible
 * values (so quartiles are exact), and per item, per sector and per checklist only counters are
 * kept, up to {@value #MAX_ITEMS} distinct items, {@value #MAX_SECTORS} sectors (later ones are
 * counted together) and {@value #MAX_CHECKLISTS} checklists. A line that is not a report is
 * counted and located by its line number, never fatal; so is a batch error line.
 *
 * <p>A line whose {@code summary} holds a count that is not a whole number from 0 to
 * {@value #MAX_COUNT}, or a compliance {@code score} outside 0 to 1, is not a report: it is
 * located by its line number with every such field named, and never counted. While one line is
 * read at most {@value #MAX_ITEMS} of its item results are kept, and an item or checklist id
 * longer than {@value #MAX_ID_CHARS} characters makes the line not a report, so no id held grows
 * with the input.
 *
 * <p>Not thread-safe: one instance counts one stream.
 */
public final class BatchStats {
    /** The longest line read, in bytes; a longer one is counted as not a report and skipped unread. */
    public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;
    /** Distinct (checklist, item) pairs counted. */
    public static final int MAX_ITEMS = 2_000;
    /** Distinct sectors counted one by one. */
    public static final int MAX_SECTORS = 100;
    /** Distinct checklists counted. */
    public static final int MAX_CHECKLISTS = 100;
    /** Error and malformed lines kept to show, by line number. */
    public static final int MAX_NOTES = 20;
    /** The largest count a report's {@code summary} may hold. */
    public static final int MAX_COUNT = 100_000;
    /** The longest checklist or item id, in characters. */
    public static final int MAX_ID_CHARS = 200;
    private static final int MAX_SECTOR_CHARS = 200;
    private static final int MAX_TEXT_CHARS = 500;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();

    private final Map<String, ItemKey> keys = new HashMap<>();
    private final Map<String, Integer> checklistIds = new HashMap<>();
    private final Counter overall = new Counter();
    private final Map<String, Counter> sectors = new LinkedHashMap<>();
    private final Counter noSector = new Counter();
    private final Counter otherSectors = new Counter();
    private final List<StatsReport.LineNote> notes = new ArrayList<>();
    private final Parsed parsed = new Parsed();
    private long lines;
    private long reports;
    private long errorLines;
    private long malformed;
    private long dropped;
    private boolean anySector;

    /** An empty count. */
    public BatchStats() {
    }

    /**
     * Reads every line of {@code in} (UTF-8 JSON lines; a {@code \r\n} line end works) and counts
     * it. Does not close the stream.
     *
     * @param in the report lines
     * @return the statistics
     * @throws IOException when reading fails
     */
    public static StatsReport read(InputStream in) throws IOException {
        BatchStats s = new BatchStats();
        LineReader lines = new LineReader(in, MAX_LINE_BYTES);
        for (byte[] line; (line = lines.next()) != null; ) {
            if (lines.tooLong()) {
                s.lines++;
                s.malformed("line is longer than " + MAX_LINE_BYTES + " bytes; skipped");
            } else {
                s.accept(line, 0, line.length);
            }
        }
        return s.result();
    }

    /**
     * Counts the next line (without its line end); its number is one more than the last.
     *
     * @param line   the bytes, UTF-8
     * @param offset where the line starts
     * @param length its length
     */
    public void accept(byte[] line, int offset, int length) {
        lines++;
        if (lines == 1 && length >= 3 && line[offset] == (byte) 0xEF && line[offset + 1] == (byte) 0xBB
                && line[offset + 2] == (byte) 0xBF) {
            offset += 3; // a byte-order mark
            length -= 3;
        }
        parsed.clear();
        String problem;
        try (JsonParser p = JSON.createParser(line, offset, length)) {
            problem = parse(p);
            if (problem == null && p.nextToken() != null) {
                problem = "more than one JSON value on the line";
            }
        } catch (JsonParseException e) {
            problem = "not valid JSON (column " + e.getLocation().getColumnNr() + ")";
        } catch (IOException | RuntimeException e) {
            problem = "not valid JSON";
        }
        if (problem != null) {
            malformed(problem);
        } else if (parsed.error != null) {
            errorLines++;
            note(parsed.error, true); // batch wrote it with the input line: "line N:1:2: ..."
        } else {
            count();
        }
    }

    private void malformed(String message) {
        malformed++;
        note(message, false);
    }

    private void note(String message, boolean errorLine) {
        if (notes.size() < MAX_NOTES) {
            notes.add(new StatsReport.LineNote(lines, clip(message), errorLine));
        }
    }

    /**
     * The statistics so far.
     *
     * @return the statistics of every line counted
     */
    public StatsReport result() {
        List<StatsReport.Group> groups = new ArrayList<>();
        if (anySector) {
            List<Map.Entry<String, Counter>> named = new ArrayList<>(sectors.entrySet());
            named.sort(Comparator.comparingLong((Map.Entry<String, Counter> e) -> -e.getValue().organisations)
                    .thenComparing(Map.Entry::getKey));
            for (Map.Entry<String, Counter> e : named) {
                groups.add(e.getValue().group(StatsReport.Kind.SECTOR, Optional.of(e.getKey()), keys.values()));
            }
            if (otherSectors.organisations > 0) {
                groups.add(otherSectors.group(StatsReport.Kind.OTHER_SECTORS, Optional.empty(), keys.values()));
            }
            if (noSector.organisations > 0) {
                groups.add(noSector.group(StatsReport.Kind.NO_SECTOR, Optional.empty(), keys.values()));
            }
        }
        return new StatsReport(lines, reports, errorLines, malformed, notes, dropped,
                overall.group(StatsReport.Kind.ALL, Optional.empty(), keys.values()), groups);
    }

    // --- parsing one line ---

    /** What one line holds; reused from line to line. */
    private static final class Parsed {
        String checklist;
        String sector;
        Grade grade;
        int score = -1;
        String error;
        long errorLine = -1;
        boolean anyReportKey;
        /** item results of this line beyond {@link #MAX_ITEMS}, not kept. */
        long overflow;
        final List<String> items = new ArrayList<>();
        final List<Rank> ranks = new ArrayList<>();
        final List<ItemStatus> statuses = new ArrayList<>();
        final List<String> titles = new ArrayList<>();

        void clear() {
            checklist = null;
            sector = null;
            grade = null;
            score = -1;
            error = null;
            errorLine = -1;
            anyReportKey = false;
            overflow = 0;
            items.clear();
            ranks.clear();
            statuses.clear();
            titles.clear();
        }
    }

    /** Parses one line into {@link #parsed}; returns what is wrong, or null. */
    private String parse(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return "not a JSON object";
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "error" -> {
                    if (t != JsonToken.VALUE_STRING) {
                        return "\"error\" is not a string";
                    }
                    parsed.error = p.getText();
                }
                case "line" -> parsed.errorLine = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : -1;
                case "checklist" -> {
                    parsed.anyReportKey = true;
                    if (t != JsonToken.START_OBJECT) {
                        return "\"checklist\" is not an object";
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String k = p.currentName();
                        JsonToken v = p.nextToken();
                        if (k.equals("id") && v == JsonToken.VALUE_STRING) {
                            parsed.checklist = p.getText();
                            if (parsed.checklist.length() > MAX_ID_CHARS) {
                                return "\"checklist.id\" is longer than " + MAX_ID_CHARS + " characters";
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                case "organisation" -> {
                    if (t != JsonToken.START_OBJECT) {
                        return "\"organisation\" is not an object";
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String k = p.currentName();
                        JsonToken v = p.nextToken();
                        if (k.equals("sector") && v == JsonToken.VALUE_STRING) {
                            parsed.sector = p.getText();
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                case "grade" -> {
                    parsed.anyReportKey = true;
                    if (t != JsonToken.VALUE_STRING) {
                        return "\"grade\" is not one of A to E";
                    }
                    String g = p.getText();
                    if (g.length() != 1 || g.charAt(0) < 'A' || g.charAt(0) > 'E') {
                        return "\"grade\" is not one of A to E";
                    }
                    parsed.grade = Grade.valueOf(g);
                }
                case "score" -> {
                    if (t != JsonToken.VALUE_NUMBER_INT || p.getLongValue() < 0 || p.getLongValue() > 100) {
                        return "\"score\" is not a whole number from 0 to 100";
                    }
                    parsed.score = p.getIntValue();
                }
                case "summary" -> {
                    parsed.anyReportKey = true;
                    if (t != JsonToken.START_OBJECT) {
                        return "\"summary\" is not an object";
                    }
                    List<String> wrong = new ArrayList<>();
                    summary(p, "summary", true, wrong);
                    if (!wrong.isEmpty()) {
                        return String.join("; ", wrong);
                    }
                }
                case "items" -> {
                    if (t != JsonToken.START_ARRAY) {
                        return "\"items\" is not an array";
                    }
                    int k = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        k++;
                        String problem = item(p, k);
                        if (problem != null) {
                            return problem;
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (parsed.error != null && !parsed.anyReportKey) {
            return null; // a batch error line
        }
        if (parsed.checklist == null) {
            return "not a report: no \"checklist\" with an \"id\"";
        }
        if (parsed.grade == null) {
            return "not a report: no \"grade\"";
        }
        if (parsed.score < 0) {
            return "not a report: no \"score\"";
        }
        parsed.error = null;
        return null;
    }

    /**
     * Checks the counts in a {@code summary} object (the parser on its START_OBJECT): every number
     * but {@code score} is a count, whole and from 0 to {@link #MAX_COUNT}; {@code score} is from 0
     * to 1; {@code required} and {@code recommended} are objects checked the same way. What is
     * wrong goes into {@code wrong}, one entry per field.
     */
    private static void summary(JsonParser p, String path, boolean top, List<String> wrong) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            String field = path + "." + clip(name, 40);
            if (top && (name.equals("required") || name.equals("recommended"))) {
                if (v == JsonToken.START_OBJECT) {
                    summary(p, field, false, wrong);
                } else {
                    wrong.add("\"" + field + "\" is not an object");
                    p.skipChildren();
                }
            } else if (!top && name.equals("score")) {
                if (!v.isNumeric() || !(p.getDoubleValue() >= 0 && p.getDoubleValue() <= 1)) {
                    wrong.add("\"" + field + "\" is not a number from 0 to 1");
                }
            } else if (v.isNumeric() || COUNTS.contains(name)) {
                if (v != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        || p.getLongValue() < 0 || p.getLongValue() > MAX_COUNT) {
                    wrong.add("\"" + field + "\" is not a whole number from 0 to " + MAX_COUNT);
                }
            } else {
                p.skipChildren();
            }
        }
    }

    /** The counts a report's summary (and its required and recommended parts) holds, SPEC section 6. */
    private static final java.util.Set<String> COUNTS = java.util.Set.of("applicable", "met", "partial", "unmet",
            "unanswered", "not_applicable", "assumed", "declared_not_applicable", "waived", "expired_waivers");

    private String item(JsonParser p, int k) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return "item " + k + " of \"items\" is not an object";
        }
        String id = null;
        Rank rank = null;
        ItemStatus status = null;
        String title = "";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.VALUE_STRING) {
                switch (name) {
                    case "item" -> id = p.getText();
                    case "rank" -> rank = Rank.parse(p.getText()).orElse(null);
                    case "status" -> status = ItemStatus.parse(p.getText()).orElse(null);
                    case "title" -> title = p.getText();
                    default -> {
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        if (id == null || rank == null || status == null) {
            return "item " + k + " of \"items\" has no valid \"item\", \"rank\" or \"status\"";
        }
        if (id.length() > MAX_ID_CHARS) {
            return "item " + k + " of \"items\": \"item\" is longer than " + MAX_ID_CHARS + " characters";
        }
        if (parsed.items.size() >= MAX_ITEMS) {
            parsed.overflow++; // never more distinct items than that can be counted: not kept
            return null;
        }
        title = clip(title);
        parsed.items.add(id);
        parsed.ranks.add(rank);
        parsed.statuses.add(status);
        parsed.titles.add(title);
        return null;
    }

    // --- counting ---

    private void count() {
        reports++;
        Counter sectorCounter = null;
        String sector = parsed.sector == null ? "" : parsed.sector.strip();
        if (!sector.isEmpty()) {
            anySector = true;
            sector = clip(sector, MAX_SECTOR_CHARS);
            sectorCounter = sectors.get(sector);
            if (sectorCounter == null) {
                if (sectors.size() < MAX_SECTORS) {
                    sectorCounter = new Counter();
                    sectors.put(sector, sectorCounter);
                } else {
                    sectorCounter = otherSectors;
                }
            }
        } else {
            sectorCounter = noSector;
        }
        Integer checklist = checklistIds.get(parsed.checklist);
        if (checklist == null && checklistIds.size() < MAX_CHECKLISTS) {
            checklist = checklistIds.size();
            checklistIds.put(parsed.checklist, checklist);
        }
        overall.add(parsed.grade, parsed.score, checklist);
        sectorCounter.add(parsed.grade, parsed.score, checklist);
        dropped += parsed.overflow;
        if (checklist == null) {
            dropped += parsed.items.size();
            return;
        }
        for (int k = 0; k < parsed.items.size(); k++) {
            String mapKey = parsed.checklist + '\u0000' + parsed.items.get(k);
            ItemKey key = keys.get(mapKey);
            if (key == null) {
                if (keys.size() >= MAX_ITEMS) {
                    dropped++;
                    continue;
                }
                key = new ItemKey(keys.size(), checklist, parsed.checklist, parsed.items.get(k), parsed.ranks.get(k),
                        parsed.titles.get(k));
                keys.put(mapKey, key);
            }
            ItemStatus status = parsed.statuses.get(k);
            overall.item(key, status);
            sectorCounter.item(key, status);
        }
    }

    private static String clip(String s) {
        return clip(s, MAX_TEXT_CHARS);
    }

    private static String clip(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end) + "…";
    }

    /** A distinct item: its order of first appearance, and what the reports say it is. */
    private record ItemKey(int order, int checklistIndex, String checklist, String item, Rank rank, String title) {
    }

    /** Counters for one group of organisations. */
    private static final class Counter {
        long organisations;
        final long[] grades = new long[Grade.values().length];
        final long[] scores = new long[101];
        final long[] perChecklist = new long[MAX_CHECKLISTS];
        /** per item order: applies, unmet, partial, unanswered. */
        long[] items = new long[0];

        void add(Grade grade, int score, Integer checklist) {
            organisations++;
            grades[grade.ordinal()]++;
            scores[score]++;
            if (checklist != null) {
                perChecklist[checklist]++;
            }
        }

        void item(ItemKey key, ItemStatus status) {
            int at = key.order() * 4;
            if (at + 4 > items.length) {
                items = java.util.Arrays.copyOf(items, Math.max(at + 4, Math.min(MAX_ITEMS * 4, items.length * 2 + 64)));
            }
            if (status != ItemStatus.NOT_APPLICABLE) {
                items[at]++;
            }
            switch (status) {
                case UNMET -> items[at + 1]++;
                case PARTIAL -> items[at + 2]++;
                case UNANSWERED -> items[at + 3]++;
                default -> {
                }
            }
        }

        StatsReport.Group group(StatsReport.Kind kind, Optional<String> sector, Iterable<ItemKey> keys) {
            Map<Grade, Long> g = new java.util.EnumMap<>(Grade.class);
            for (Grade grade : Grade.values()) {
                g.put(grade, grades[grade.ordinal()]);
            }
            List<StatsReport.ItemStats> list = new ArrayList<>();
            List<Integer> orders = new ArrayList<>();
            for (ItemKey k : keys) {
                int at = k.order() * 4;
                long n = perChecklist[k.checklistIndex()];
                if (n == 0) {
                    continue;
                }
                long applies = at < items.length ? items[at] : 0;
                list.add(new StatsReport.ItemStats(k.checklist(), k.item(), k.rank(), k.title(), n, applies,
                        at < items.length ? items[at + 1] : 0, at < items.length ? items[at + 2] : 0,
                        at < items.length ? items[at + 3] : 0));
                orders.add(k.order());
            }
            Integer[] index = new Integer[list.size()];
            for (int i = 0; i < index.length; i++) {
                index[i] = i;
            }
            java.util.Arrays.sort(index, Comparator.comparingInt((Integer i) -> list.get(i).rank() == Rank.REQUIRED ? 0 : 1)
                    .thenComparingDouble(i -> -list.get(i).share(list.get(i).shortCount()))
                    .thenComparingInt(orders::get));
            List<StatsReport.ItemStats> sorted = new ArrayList<>(index.length);
            for (Integer i : index) {
                sorted.add(list.get(i));
            }
            return new StatsReport.Group(kind, sector, organisations, g, quartiles(), sorted);
        }

        private Optional<StatsReport.Quartiles> quartiles() {
            if (organisations == 0) {
                return Optional.empty();
            }
            int min = -1;
            int max = -1;
            for (int s = 0; s <= 100; s++) {
                if (scores[s] > 0) {
                    if (min < 0) {
                        min = s;
                    }
                    max = s;
                }
            }
            return Optional.of(new StatsReport.Quartiles(min, rank(0.25), rank(0.5), rank(0.75), max));
        }

        /** The smallest score whose cumulative count reaches ceil(p × n) (at least 1). */
        private int rank(double p) {
            long target = Math.max(1, (long) Math.ceil(p * organisations));
            long seen = 0;
            for (int s = 0; s <= 100; s++) {
                seen += scores[s];
                if (seen >= target) {
                    return s;
                }
            }
            return 100;
        }
    }
}
