package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.Severity;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.Evaluation;
import dev.tenken.checklist.report.Finding;
import dev.tenken.checklist.report.ItemResult;
import dev.tenken.checklist.report.ReportBuilder;
import dev.tenken.checklist.report.Scorecard;
import dev.tenken.checklist.stats.ReportLines;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scorecard of the engine's own evaluation equals the figures of the report
 * {@link TenkenEngine#assess} makes, and writes the same CSV row bytes as the batch wrote from
 * the report: over seeded generated assessments (profiles with facts left out, every answer
 * status, not_applicable with and without a reason, unanswered items, waivers valid and expired,
 * organisations with and without name and sector) of the four built-in checklists and of
 * generated custom checklists with concerns, one at a time and 32 in one rules session as the
 * batch evaluates them. Each case is named by its seed, and every failure message repeats it.
 */
class ScorecardAgreesWithReportTest {
    private static final long BASE_SEED = 20261124L;
    private static final int CUSTOM = 20;
    private static final String[] NAMES = {"株式会社サンプル", "=HYPERLINK(\"x\")", "+81 3", "Acme, Inc.", "\"quoted\"",
        "two\nlines", "retail", "製造業", "-", "@home"};
    private static TenkenEngine engine;
    private static List<Checklist> checklists;

    @BeforeAll
    static void oneEngineForBuiltInAndGeneratedChecklists() throws Exception {
        Random r = new Random(BASE_SEED);
        List<Checklist> custom = new ArrayList<>();
        for (int i = 0; i < CUSTOM; i++) {
            custom.add(RandomInputs.checklist(r, "custom-" + i));
        }
        engine = TenkenEngine.builder().withBuiltInChecklists().withChecklists(custom)
                .clock(Clock.fixed(RandomInputs.DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).build();
        checklists = new ArrayList<>();
        for (String id : TenkenEngine.builtInIds()) {
            checklists.add(engine.checklist(id).orElseThrow());
        }
        checklists.addAll(custom);
    }

    static LongStream seeds() {
        return LongStream.range(0, 240).map(i -> BASE_SEED * 17 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scorecardOfTheEnginesEvaluationMatchesTheReport(long seed) throws Exception {
        Random r = new Random(seed);
        // half the cases on a built-in checklist, half on a generated one
        Checklist c = r.nextBoolean() ? checklists.get(r.nextInt(4)) : checklists.get(4 + r.nextInt(CUSTOM));
        SelfAssessment a = withHeader(r, RandomInputs.assessment(r, c));
        Evaluation e = engine.evaluate(a);
        Scorecard card = ReportBuilder.of(c).scorecard(a, e, RandomInputs.DAY);
        long line = 1 + r.nextInt(100_000);
        for (Language language : Language.values()) {
            AssessmentReport report = engine.assess(a, language);
            String where = "seed=" + seed + ", checklist=" + c.id() + ", language=" + language;
            assertEquals(report.grade(), card.grade(), where);
            assertEquals(report.score(), card.score(), where);
            assertEquals(report.assessedOn(), card.assessedOn(), where);
            assertEquals(report.summary().required(), card.required(), where);
            assertEquals(report.summary().recommended(), card.recommended(), where);
            assertEquals(report.findings(Severity.HIGH).size(), card.highFindings(), where);
            assertEquals(report.findings(Severity.MEDIUM).size(), card.mediumFindings(), where);
            assertEquals(report.hasRequiredShortfall(), card.hasRequiredShortfall(), where);
            assertEquals(Scorecard.of(report), card, where);
            byte[] expected = rowAsBefore(line, report);
            assertArrayEquals(expected, ReportLines.csvRow(line, card), where + "\n"
                    + new String(expected, StandardCharsets.UTF_8) + "\n"
                    + new String(ReportLines.csvRow(line, card), StandardCharsets.UTF_8));
            assertArrayEquals(expected, ReportLines.csvRow(line, report), where);
        }
    }

    static LongStream chunkSeeds() {
        return LongStream.range(0, 12).map(i -> BASE_SEED * 19 + i);
    }

    /** As {@code tenken batch} goes: 32 lines of mixed checklists evaluated in one session, a scorecard each. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("chunkSeeds")
    void scorecardsOfOneSessionMatchTheReportsOneByOne(long seed) throws Exception {
        Random r = new Random(seed);
        List<SelfAssessment> chunk = new ArrayList<>();
        for (int k = 0; k < 32; k++) {
            Checklist c = checklists.get(r.nextInt(checklists.size()));
            chunk.add(withHeader(r, RandomInputs.assessment(r, c)));
        }
        List<Evaluation> evaluations = engine.evaluateAll(chunk);
        for (int k = 0; k < chunk.size(); k++) {
            SelfAssessment a = chunk.get(k);
            Checklist c = engine.checklist(a.checklistId()).orElseThrow();
            Scorecard card = ReportBuilder.of(c).scorecard(a, evaluations.get(k), RandomInputs.DAY);
            AssessmentReport report = engine.assess(a, Language.JA);
            String where = "seed=" + seed + ", line " + (k + 1) + ", checklist=" + c.id();
            assertEquals(Scorecard.of(report), card, where);
            assertArrayEquals(rowAsBefore(k + 1, report), ReportLines.csvRow(k + 1, card), where);
        }
    }

    /** The assessment with a random organisation (name, sector or neither) and date (or none: the engine's clock). */
    private static SelfAssessment withHeader(Random r, SelfAssessment a) {
        SelfAssessment.Builder b = SelfAssessment.builder(a.checklistId());
        if (r.nextInt(5) > 0) {
            b.organisation("name", NAMES[r.nextInt(NAMES.length)]);
        }
        if (r.nextInt(3) > 0) {
            b.organisation("sector", NAMES[r.nextInt(NAMES.length)]);
        }
        Optional<LocalDate> day = r.nextBoolean() ? a.assessedOn() : Optional.empty();
        day.ifPresent(b::assessedOn);
        a.profile().forEach(b::profile);
        a.answers().forEach(b::answer);
        return b.build();
    }

    /** The row as {@code ReportLines.csvRow(long, AssessmentReport)} wrote it before scorecards: the oracle. */
    private static byte[] rowAsBefore(long line, AssessmentReport r) {
        int high = 0;
        int medium = 0;
        for (Finding f : r.findings()) {
            high += f.severity() == Severity.HIGH ? 1 : 0;
            medium += f.severity() == Severity.MEDIUM ? 1 : 0;
        }
        List<String> shortIds = new ArrayList<>();
        for (ItemResult i : r.items()) {
            if (i.rank() == Rank.REQUIRED && i.applicable() && i.status().isShortfall()) {
                shortIds.add(i.item());
            }
        }
        String row = line + "," + field(r.organisation().getOrDefault("name", "")) + ","
                + field(r.organisation().getOrDefault("sector", "")) + "," + field(r.checklistId()) + ","
                + r.assessedOn() + "," + r.grade().name() + "," + r.score() + "," + r.summary().required().score() + ","
                + r.summary().recommended().score() + "," + high + "," + medium + "," + field(String.join(" ", shortIds))
                + ",\r\n";
        return row.getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 4180 with the formula guard, as SPEC section 6 describes CSV fields (no lone surrogates here). */
    private static String field(String s) {
        String v = !s.isEmpty() && "=+-@\t\r\n".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
