package dev.tenken.checklist.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Problem;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.report.ItemStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReportDiffTest {

    /** A minimal JSON report: items as "ID:rank:status" (rank r = 必須, c = 推奨). */
    static String report(String checklist, String grade, int score, String... items) {
        StringBuilder b = new StringBuilder("{\"checklist\":{\"id\":\"" + checklist + "\",\"version\":\"1\",\"title\":\"T\"},"
                + "\"language\":\"en\",\"grade\":\"" + grade + "\",\"score\":" + score
                + ",\"summary\":{\"required\":{\"score\":0.5},\"recommended\":{\"score\":0.25}},\"items\":[");
        for (int i = 0; i < items.length; i++) {
            String[] p = items[i].split(":");
            b.append(i > 0 ? "," : "").append("{\"item\":\"").append(p[0]).append("\",\"rank\":\"")
                    .append(p[1].equals("r") ? "必須" : "推奨").append("\",\"status\":\"").append(p[2])
                    .append("\",\"applicable\":").append(!p[2].equals("not_applicable")).append(",\"title\":\"title of ")
                    .append(p[0]).append("\"}");
        }
        return b.append("]}").toString();
    }

    static ReportDiff diff(String before, String after) throws TenkenException {
        return ReportDiff.compare(before.getBytes(StandardCharsets.UTF_8), "before.json",
                after.getBytes(StandardCharsets.UTF_8), "after.json");
    }

    static Map<String, ChangeKind> kinds(ReportDiff d) {
        return d.changes().stream().collect(Collectors.toMap(ItemChange::item, ItemChange::kind));
    }

    @Test
    void classifiesEachKindOfChange() throws Exception {
        ReportDiff d = diff(
                report("x", "C", 60, "UP:r:partial", "DOWN:r:met", "NEW:c:not_applicable", "GONE:c:unmet",
                        "SAME:r:met", "ANS:c:unanswered", "RANK:c:met", "DROP:r:partial"),
                report("x", "B", 70, "UP:r:met", "DOWN:r:partial", "NEW:c:unmet", "GONE:c:not_applicable",
                        "SAME:r:met", "ANS:c:unmet", "RANK:r:met", "ADD:c:met"));
        assertEquals(Map.of("UP", ChangeKind.IMPROVED, "DOWN", ChangeKind.REGRESSED, "NEW", ChangeKind.NEWLY_APPLICABLE,
                "GONE", ChangeKind.NO_LONGER_APPLICABLE, "ANS", ChangeKind.RESTATED, "RANK", ChangeKind.RERANKED,
                "ADD", ChangeKind.ADDED, "DROP", ChangeKind.REMOVED), kinds(d));
        assertEquals("DOWN", d.changes().get(0).item(), "regressions come first");
        assertTrue(d.hasRegression(), "an item regressed even though grade and score rose");
        ItemChange add = d.changes(ChangeKind.ADDED).get(0);
        assertEquals(Optional.empty(), add.before());
        assertEquals(Optional.of(ItemStatus.MET), add.after());
        assertEquals("title of UP", d.changes(ChangeKind.IMPROVED).get(0).title());
    }

    @Test
    void onlyImprovementsAreNotARegression() throws Exception {
        ReportDiff d = diff(report("x", "D", 40, "A:r:unmet", "B:c:partial"), report("x", "C", 55, "A:r:partial", "B:c:met"));
        assertFalse(d.hasRegression());
        assertEquals(2, d.changes(ChangeKind.IMPROVED).size());
        assertTrue(d.toText().contains("Grade: D → C   Score: 40 → 55 (+15)"), d.toText());
        assertTrue(d.toText().contains("Nothing regressed"), d.toText());
    }

    @Test
    void aFallingGradeOrScoreIsARegressionEvenWithoutAnItemGettingWorse() throws Exception {
        // a newly applicable 必須 item that is not met lowers the score: the organisation is less protected than before
        ReportDiff score = diff(report("x", "B", 80, "A:r:met", "N:r:not_applicable"), report("x", "B", 50, "A:r:met", "N:r:unmet"));
        assertEquals(List.of(), score.changes(ChangeKind.REGRESSED));
        assertTrue(score.hasRegression());
        ReportDiff grade = diff(report("x", "A", 90, "A:r:met"), report("x", "B", 90, "A:r:met"));
        assertTrue(grade.hasRegression());
        assertTrue(grade.changes().isEmpty());
        assertTrue(grade.toText().contains("No item changed."), grade.toText());
    }

    @Test
    void writesTextMarkdownAndJsonWithTheSameChanges() throws Exception {
        ReportDiff d = diff(report("x", "C", 60, "UP:r:partial", "DOWN:c:met"), report("x", "C", 61, "UP:r:met", "DOWN:c:unmet"));
        String text = d.toText();
        assertTrue(text.contains("Regressed (1)\n  DOWN recommended  met → unmet  title of DOWN"), text);
        assertTrue(text.contains("Improved (1)\n  UP required  partial → met  title of UP"), text);
        String md = d.toMarkdown();
        assertTrue(md.contains("## Regressed (1)"), md);
        assertTrue(md.contains("| DOWN | recommended | met → unmet | title of DOWN |"), md);
        String json = d.toJson();
        assertTrue(json.contains("\"regressed\": true"), json);
        assertTrue(json.contains("\"score_change\": 1"), json);
        assertTrue(json.contains("\"item\": \"DOWN\",\n      \"kind\": \"regressed\""), json);
    }

    @Test
    void japaneseLabelsFollowTheLaterReport() throws Exception {
        String after = report("x", "C", 61, "UP:r:met").replace("\"language\":\"en\"", "\"language\":\"ja\"");
        String text = diff(report("x", "C", 60, "UP:r:partial"), after).toText();
        assertTrue(text.contains("改善した項目 (1)\n  UP 必須  一部実施 → 実施済み"), text);
    }

    @Test
    void reportsOfDifferentChecklistsAreRefused() {
        TenkenException e = assertThrows(TenkenException.class,
                () -> diff(report("x", "C", 60, "A:r:met"), report("y", "C", 60, "A:r:met")));
        assertTrue(e.problems().get(0).message().contains("different checklists: 'x'"), e.getMessage());
        assertEquals(TenkenException.Phase.REPORT, e.phase());
    }

    @Test
    void badReportsGiveEveryProblemWithItsPlace() {
        String bad = "{\"checklist\":{\"id\":\"x\"},\"grade\":\"F\",\"score\":\"high\",\n\"items\":[\n"
                + "{\"item\":\"A\",\"rank\":\"必須\",\"status\":\"done\",\"applicable\":true},\n"
                + "{\"item\":\"B\",\"rank\":\"必須\",\"status\":\"met\",\"applicable\":false},\n"
                + "{\"item\":\"A\",\"rank\":\"x\",\"status\":\"met\",\"applicable\":true}]}";
        TenkenException e = assertThrows(TenkenException.class, () -> diff(bad, report("x", "C", 60)));
        List<String> messages = e.problems().stream().map(Problem::toString).toList();
        assertEquals(6, messages.size(), String.join("\n", messages));
        assertTrue(messages.stream().anyMatch(m -> m.contains("before.json:1:33: unknown grade 'F'")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("score must be a number")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.matches("before.json:3:\\d+: item 'A': unknown status 'done'")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("item 'B': applicable is false but status is met")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("item 'A': appears twice in items")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("unknown rank 'x'")), messages.toString());
        TenkenException notJson = assertThrows(TenkenException.class, () -> diff("{\"checklist\":", "[]"));
        assertEquals(2, notJson.problems().size(), notJson.getMessage());
    }

    static List<Long> seeds() {
        return new Random(20261123).longs(200).boxed().toList();
    }

    private static final String[] STATUSES = {"met", "partial", "unmet", "unanswered", "not_applicable"};

    static String randomReport(Random r, int n) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (r.nextInt(10) > 0) {
                items.add("I" + i + ":" + (r.nextBoolean() ? "r" : "c") + ":" + STATUSES[r.nextInt(STATUSES.length)]);
            }
        }
        return report("x", "ABCDE".substring(r.nextInt(5)).substring(0, 1), r.nextInt(101), items.toArray(String[]::new));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void swappingTheReportsMirrorsEveryChange(long seed) throws Exception {
        Random r = new Random(seed);
        String a = randomReport(r, 1 + r.nextInt(30));
        String b = randomReport(r, 1 + r.nextInt(30));
        ReportDiff forward = diff(a, b);
        ReportDiff back = diff(b, a);
        Map<ChangeKind, ChangeKind> mirror = Map.of(ChangeKind.IMPROVED, ChangeKind.REGRESSED, ChangeKind.REGRESSED,
                ChangeKind.IMPROVED, ChangeKind.NEWLY_APPLICABLE, ChangeKind.NO_LONGER_APPLICABLE,
                ChangeKind.NO_LONGER_APPLICABLE, ChangeKind.NEWLY_APPLICABLE, ChangeKind.ADDED, ChangeKind.REMOVED,
                ChangeKind.REMOVED, ChangeKind.ADDED, ChangeKind.RESTATED, ChangeKind.RESTATED, ChangeKind.RERANKED,
                ChangeKind.RERANKED);
        Map<String, ChangeKind> f = kinds(forward);
        Map<String, ChangeKind> expected = kinds(back).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> mirror.get(e.getValue())));
        assertEquals(expected, f, "seed " + seed);
        assertTrue(diff(a, a).changes().isEmpty(), "seed " + seed + ": a report compared with itself");
        assertFalse(diff(a, a).hasRegression(), "seed " + seed);
        // every item in either report that differs shows up exactly once
        assertEquals(f.size(), forward.changes().size(), "seed " + seed);
        assertTrue(Arrays.stream(ChangeKind.values()).mapToInt(k -> forward.changes(k).size()).sum() == f.size());
    }
}
