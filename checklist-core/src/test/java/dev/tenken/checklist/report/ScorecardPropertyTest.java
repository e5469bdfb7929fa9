package dev.tenken.checklist.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Answer;
import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.GradingPolicy;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.LocalizedText;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.Severity;
import dev.tenken.checklist.Waiver;
import dev.tenken.checklist.stats.ReportLines;
import dev.tenken.checklist.text.CsvText;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A scorecard and the report built from the same checklist, assessment and evaluation agree on
 * every figure, and their CSV rows are the same bytes, over seeded generated checklists and
 * evaluations (every status and applicability, severity raises, concerns, trusted-rule findings,
 * waivers valid and expired, organisations with and without name and sector, hostile text). The
 * evaluations are made here directly, so every combination the report accepts is reached; the
 * engine's own evaluations are cross-checked in checklist-rules. Each case is named by its seed,
 * and every failure message repeats it.
 */
class ScorecardPropertyTest {
    private static final long BASE_SEED = 20261124L;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final String[] WEIGHTS = {"1", "1", "0.5", "1.5", "2", "0.3", "0.25", "3", "0.1"};
    private static final String[] TEXTS = {"株式会社サンプル", "=1+1", "-cmd", "@SUM(A1)", "a,b", "say \"hi\"",
        "line\nbreak", "\tTab", "", " ", "\uD800lone", "製造業", "retail"};

    static LongStream seeds() {
        return LongStream.range(0, 400).map(i -> BASE_SEED * 31 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scorecardHasTheReportsFiguresAndWritesTheSameRow(long seed) {
        Random r = new Random(seed);
        Checklist c = checklist(r);
        SelfAssessment a = assessment(r, c);
        Evaluation e = evaluation(r, c);
        ReportBuilder builder = ReportBuilder.of(c);
        Scorecard card = builder.scorecard(a, e, TODAY);
        assertEquals(card, builder.scorecard(a, statuses(e), severities(e), otherFindings(c, e), TODAY), "seed=" + seed);
        long line = 1 + r.nextInt(1_000_000);
        for (Language language : Language.values()) {
            AssessmentReport report = builder.build(a, e, language, TODAY);
            String where = "seed=" + seed + ", language=" + language;
            assertFieldsMatch(report, card, where);
            assertEquals(Scorecard.of(report), card, where);
            // each category's score as Grading gives it for that category's part of the statuses
            List<ItemStatus> all = Arrays.asList(statuses(e));
            int offset = 0;
            for (int k = 0; k < c.categories().size(); k++) {
                Category cat = c.categories().get(k);
                assertEquals(Grading.categoryScore(cat, all.subList(offset, offset + cat.items().size())),
                        report.categories().get(k).score(), where + ", category " + cat.id());
                offset += cat.items().size();
            }
            byte[] expected = rowAsBefore(line, report);
            assertArrayEquals(expected, ReportLines.csvRow(line, card), where + ": scorecard row\n"
                    + new String(expected, StandardCharsets.UTF_8) + "\n"
                    + new String(ReportLines.csvRow(line, card), StandardCharsets.UTF_8));
            assertArrayEquals(expected, ReportLines.csvRow(line, report), where + ": report row");
        }
    }

    /** The evaluation as the arrays form takes it, taken apart here independently of the builder. */
    private static ItemStatus[] statuses(Evaluation e) {
        return e.items().stream().map(Evaluation.ItemOutcome::status).toArray(ItemStatus[]::new);
    }

    private static Severity[] severities(Evaluation e) {
        return e.items().stream().map(o -> o.severity().orElse(null)).toArray(Severity[]::new);
    }

    private static List<Severity> otherFindings(Checklist c, Evaluation e) {
        List<Severity> out = new ArrayList<>();
        e.concerns().forEach(co -> out.add(c.concerns().get(co.concern()).severity()));
        e.ruleFindings().forEach(rf -> out.add(rf.severity()));
        return out;
    }

    /** Each figure against the report, worked out from the report as a reader of SPEC section 6 would. */
    static void assertFieldsMatch(AssessmentReport report, Scorecard card, String where) {
        assertEquals(report.checklistId(), card.checklistId(), where);
        assertEquals(Optional.ofNullable(report.organisation().get("name")), card.organisationName(), where);
        assertEquals(Optional.ofNullable(report.organisation().get("sector")), card.sector(), where);
        assertEquals(report.assessedOn(), card.assessedOn(), where);
        assertEquals(report.grade(), card.grade(), where);
        assertEquals(report.score(), card.score(), where);
        assertEquals(report.summary().required(), card.required(), where);
        assertEquals(report.summary().recommended(), card.recommended(), where);
        assertEquals(report.summary().required().score(), card.requiredCompliance(), where);
        assertEquals(report.summary().recommended().score(), card.recommendedCompliance(), where);
        assertEquals(report.findings(Severity.HIGH).size(), card.highFindings(), where);
        assertEquals(report.findings(Severity.MEDIUM).size(), card.mediumFindings(), where);
        assertEquals(report.items().stream()
                .filter(i -> i.rank() == Rank.REQUIRED && i.applicable() && i.status().isShortfall())
                .map(ItemResult::item).toList(), card.requiredShortfalls(), where);
        assertEquals(report.hasRequiredShortfall(), card.hasRequiredShortfall(), where);
    }

    /**
     * The row as {@code ReportLines.csvRow(long, AssessmentReport)} wrote it before scorecards
     * existed, kept here as the independent oracle for the bytes.
     */
    static byte[] rowAsBefore(long line, AssessmentReport r) {
        int high = 0;
        int medium = 0;
        for (Finding f : r.findings()) {
            if (f.severity() == Severity.HIGH) {
                high++;
            } else if (f.severity() == Severity.MEDIUM) {
                medium++;
            }
        }
        StringBuilder shortIds = new StringBuilder();
        for (ItemResult i : r.items()) {
            if (i.rank() == Rank.REQUIRED && i.applicable() && i.status().isShortfall()) {
                shortIds.append(shortIds.length() == 0 ? "" : " ").append(i.item());
            }
        }
        String row = line + "," + CsvText.field(r.organisation().getOrDefault("name", "")) + ","
                + CsvText.field(r.organisation().getOrDefault("sector", "")) + "," + CsvText.field(r.checklistId()) + ","
                + r.assessedOn() + "," + r.grade().name() + "," + r.score() + "," + r.summary().required().score() + ","
                + r.summary().recommended().score() + "," + high + "," + medium + ","
                + CsvText.field(shortIds.toString()) + ",\r\n";
        return row.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aRowHasThirteenFieldsAndEndsInCrLf() {
        Random r = new Random(BASE_SEED);
        Checklist c = checklist(r);
        SelfAssessment a = SelfAssessment.builder(c.id()).organisation("name", "Acme").organisation("sector", "retail")
                .assessedOn(TODAY).build();
        Evaluation e = evaluation(r, c);
        String row = new String(ReportLines.csvRow(7, ReportBuilder.of(c).scorecard(a, e, TODAY)), StandardCharsets.UTF_8);
        assertTrue(row.startsWith("7,Acme,retail," + c.id() + ",2026-11-24,"), row);
        assertTrue(row.endsWith(",\r\n"), row);
    }

    @Test
    void anExpiredWaiverLeavesTheShortfallAndAValidOneCoversIt() {
        Item required = new Item("R-1", Rank.REQUIRED, text("必須"), Optional.empty(), text("直す"), List.of(), List.of(),
                Optional.empty(), Optional.empty(), BigDecimal.ONE);
        Checklist c = new Checklist("waivers", "1", text("表"), "test", List.of(), Optional.empty(), List.of(),
                GradingPolicy.DEFAULT, List.of(new Category("c", text("分野"), List.of(required))), List.of(), List.of());
        Evaluation e = new Evaluation(List.of(new Evaluation.ItemOutcome(ItemStatus.UNMET, Optional.of(Severity.HIGH),
                List.of("rule"), List.of(), Applicability.APPLIES, false)), List.of(), List.of());
        ReportBuilder b = ReportBuilder.of(c);
        for (int expiresIn : new int[] {-1, 0, 1}) {
            Waiver w = new Waiver("accepted", Optional.empty(), TODAY.plusDays(expiresIn));
            SelfAssessment a = SelfAssessment.builder(c.id()).answer("R-1",
                    new Answer(AnswerStatus.UNMET, Optional.empty(), Optional.empty(), Optional.of(w))).build();
            Scorecard card = b.scorecard(a, e, TODAY);
            assertEquals(List.of("R-1"), card.requiredShortfalls());
            assertEquals(expiresIn < 0, card.hasRequiredShortfall(), "expires in " + expiresIn + " days");
            assertEquals(b.build(a, e, Language.EN, TODAY).hasRequiredShortfall(), card.hasRequiredShortfall());
        }
    }

    @Test
    void rejectsAnEvaluationOfAnotherSizeAndAFlagWithNoShortfall() {
        Random r = new Random(BASE_SEED);
        Checklist c = checklist(r);
        SelfAssessment a = SelfAssessment.builder(c.id()).build();
        Evaluation tooShort = new Evaluation(List.of(), List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> ReportBuilder.of(c).scorecard(a, tooShort, TODAY));
        Scorecard ok = ReportBuilder.of(c).scorecard(a, evaluation(r, c), TODAY);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> new Scorecard(ok.checklistId(),
                ok.organisationName(), ok.sector(), ok.assessedOn(), ok.grade(), ok.score(), ok.required(),
                ok.recommended(), 0, 0, List.of(), true));
        assertTrue(bad.getMessage().contains("no required item falls short"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Scorecard(ok.checklistId(), ok.organisationName(),
                ok.sector(), ok.assessedOn(), ok.grade(), 101, ok.required(), ok.recommended(), 0, 0, List.of(), false));
    }

    /** The arrays form refuses what the evaluation form refuses: another size, a missing status, a shortfall with no severity. */
    @Test
    void theArraysFormRefusesMissingStatusesAndSeverities() {
        Random r = new Random(BASE_SEED);
        Checklist c = checklist(r);
        SelfAssessment a = SelfAssessment.builder(c.id()).build();
        ReportBuilder b = ReportBuilder.of(c);
        int n = (int) c.items().count();
        ItemStatus[] statuses = new ItemStatus[n];
        java.util.Arrays.fill(statuses, ItemStatus.UNMET);
        Severity[] severities = new Severity[n];
        java.util.Arrays.fill(severities, Severity.LOW);
        assertEquals(c.items().filter(i -> i.rank() == Rank.REQUIRED).count(),
                b.scorecard(a, statuses, severities, List.of(), TODAY).requiredShortfalls().size());
        assertThrows(IllegalArgumentException.class, () -> b.scorecard(a, java.util.Arrays.copyOf(statuses, n + 1),
                java.util.Arrays.copyOf(severities, n + 1), List.of(), TODAY));
        assertThrows(IllegalArgumentException.class, () -> b.scorecard(a, statuses, new Severity[n - 1], List.of(), TODAY));
        Severity[] oneMissing = severities.clone();
        oneMissing[n - 1] = null;
        IllegalArgumentException noSeverity = assertThrows(IllegalArgumentException.class,
                () -> b.scorecard(a, statuses, oneMissing, List.of(), TODAY));
        assertTrue(noSeverity.getMessage().contains("no severity"), noSeverity.getMessage());
        ItemStatus[] noStatus = statuses.clone();
        noStatus[0] = null;
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> b.scorecard(a, noStatus, severities, List.of(), TODAY));
        assertTrue(missing.getMessage().contains("has no status"), missing.getMessage());
        // findings that are not an item's count by their severity
        Scorecard more = b.scorecard(a, statuses, severities, List.of(Severity.HIGH, Severity.HIGH, Severity.MEDIUM), TODAY);
        assertEquals(2, more.highFindings());
        assertEquals(1, more.mediumFindings());
    }

    @ParameterizedTest(name = "ids {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"TA-01 TA-02", "=cmd", "-1", "a,b", "x\"y", "_x", ".x", "製品",
        "A B\nC", "@x", "ok.1_2-3"})
    void shortfallIdsThatAChecklistWouldNotAllowAreStillEscaped(String ids) {
        Random r = new Random(BASE_SEED);
        Checklist c = checklist(r);
        Scorecard ok = ReportBuilder.of(c).scorecard(SelfAssessment.builder(c.id()).build(), evaluation(r, c), TODAY);
        List<String> given = List.of(ids.split(" "));
        Scorecard odd = new Scorecard(ok.checklistId(), ok.organisationName(), ok.sector(), ok.assessedOn(), ok.grade(),
                ok.score(), ok.required(), ok.recommended(), 0, 0, given, false);
        String row = new String(ReportLines.csvRow(1, odd), StandardCharsets.UTF_8);
        assertTrue(row.endsWith("," + CsvText.field(String.join(" ", given)) + ",\r\n"), row);
    }

    // ---- generators ----

    private static LocalizedText text(String s) {
        return new LocalizedText(s, s);
    }

    static Checklist checklist(Random r) {
        List<Category> categories = new ArrayList<>();
        int nCats = 1 + r.nextInt(4);
        int itemNo = 0;
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < nCats; k++) {
            List<Item> items = new ArrayList<>();
            int n = 1 + r.nextInt(15);
            for (int i = 0; i < n; i++) {
                String id = "I-" + itemNo++;
                ids.add(id);
                items.add(new Item(id, r.nextInt(10) < 5 ? Rank.REQUIRED : Rank.RECOMMENDED, text("項目 " + id),
                        Optional.empty(), text("対策 " + id), List.of(text("参考")), List.of(), Optional.empty(),
                        Optional.empty(), new BigDecimal(WEIGHTS[r.nextInt(WEIGHTS.length)])));
            }
            categories.add(new Category("c" + k, text("分野 " + k), items));
        }
        List<Concern> concerns = new ArrayList<>();
        for (int k = r.nextInt(4); k > 0; k--) {
            concerns.add(new Concern("k" + k, Optional.empty(), List.of(ids.get(r.nextInt(ids.size()))),
                    Severity.values()[r.nextInt(3)], r.nextBoolean(), text("懸念 " + k), text("対策"), List.of()));
        }
        GradingPolicy grading = r.nextInt(4) == 0
                ? new GradingPolicy(new BigDecimal("0.7"), new BigDecimal("0.9"), new BigDecimal("0.4")) : GradingPolicy.DEFAULT;
        return new Checklist("random", "1", text("点検表"), "test", List.of(), Optional.empty(), List.of(), grading,
                categories, concerns, List.of());
    }

    static SelfAssessment assessment(Random r, Checklist c) {
        SelfAssessment.Builder b = SelfAssessment.builder(c.id());
        if (r.nextInt(5) > 0) {
            b.organisation("name", TEXTS[r.nextInt(TEXTS.length)]);
        }
        if (r.nextInt(3) > 0) {
            b.organisation("sector", TEXTS[r.nextInt(TEXTS.length)]);
        }
        if (r.nextBoolean()) {
            b.assessedOn(TODAY.plusDays(r.nextInt(41) - 20));
        }
        for (Item i : c.items().toList()) {
            if (r.nextInt(6) == 0) {
                continue; // unanswered
            }
            AnswerStatus s = AnswerStatus.values()[r.nextInt(AnswerStatus.values().length)];
            Optional<String> note = r.nextInt(3) == 0 ? Optional.of(r.nextBoolean() ? "理由" : " ") : Optional.empty();
            Optional<Waiver> waiver = r.nextInt(4) == 0
                    ? Optional.of(new Waiver("accepted", Optional.empty(), TODAY.plusDays(r.nextInt(41) - 20)))
                    : Optional.empty();
            b.answer(i.id(), new Answer(s, note, Optional.empty(), waiver));
        }
        return b.build();
    }

    static Evaluation evaluation(Random r, Checklist c) {
        List<Evaluation.ItemOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < c.items().toList().size(); i++) {
            ItemStatus s = ItemStatus.values()[r.nextInt(ItemStatus.values().length)];
            Applicability ap = s == ItemStatus.NOT_APPLICABLE
                    ? (r.nextBoolean() ? Applicability.EXCLUDED : Applicability.DECLARED)
                    : (r.nextInt(4) == 0 ? Applicability.ASSUMED : Applicability.APPLIES);
            Optional<Severity> severity = s.isShortfall() ? Optional.of(Severity.values()[r.nextInt(3)]) : Optional.empty();
            List<Evaluation.Raise> raises = new ArrayList<>();
            if (s.isShortfall() && !c.concerns().isEmpty() && r.nextInt(5) == 0) {
                raises.add(Evaluation.Raise.byConcern(r.nextInt(c.concerns().size()), severity.get()));
            }
            if (s.isShortfall() && r.nextInt(8) == 0) {
                raises.add(Evaluation.Raise.byRule("trusted", severity.get(), "=reason"));
            }
            outcomes.add(new Evaluation.ItemOutcome(s, severity, List.of("rule-" + i), raises, ap, r.nextInt(5) == 0));
        }
        List<Evaluation.ConcernOutcome> concerns = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        for (int k = 0; k < c.concerns().size(); k++) {
            switch (r.nextInt(3)) {
                case 0 -> concerns.add(new Evaluation.ConcernOutcome(k, List.of("concern-" + k)));
                case 1 -> unknown.add(k);
                default -> { }
            }
        }
        List<Evaluation.RuleFinding> ruleFindings = new ArrayList<>();
        for (int k = r.nextInt(3); k > 0; k--) {
            ruleFindings.add(new Evaluation.RuleFinding("rf" + k, Severity.values()[r.nextInt(3)], text("規則"),
                    text("対策"), List.of("trusted-" + k)));
        }
        return new Evaluation(outcomes, concerns, ruleFindings, unknown);
    }
}
