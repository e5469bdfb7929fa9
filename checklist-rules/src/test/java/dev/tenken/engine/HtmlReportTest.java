package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.Finding;
import dev.tenken.checklist.report.ItemResult;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML report carries the report's content, is self-contained and escapes what it is given. */
class HtmlReportTest {
    static final Path SAMPLE = Path.of("../examples/answers/telework-admin-sample.yaml");
    static TenkenEngine engine;

    @BeforeAll
    static void build() throws Exception {
        engine = TenkenEngine.builder().withBuiltInChecklists().build();
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    @Test
    void carriesGradeScoreEveryFindingWithItsHintAndEveryItem() throws Exception {
        for (Language l : Language.values()) {
            AssessmentReport r = engine.assess(SAMPLE, l);
            String page = r.toHtml();
            assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"" + l.code() + "\">"), l + " lang attribute");
            assertTrue(page.contains("<div class=\"grade grade-" + r.grade() + "\""), "grade badge");
            assertTrue(page.contains("<div class=\"score\">" + r.score() + " "), "score");
            for (Finding f : r.findings()) {
                assertTrue(page.contains(html(f.remediation())), l + ": hint of " + f.item().orElse(f.title()));
                assertTrue(page.contains(html(f.title())), l + ": title of " + f.item().orElse(f.title()));
                f.references().forEach(ref -> assertTrue(page.contains(html(ref)), "reference " + ref));
            }
            assertEquals(r.findings().size(), count(page, "<tr class=\"finding\""), "one row per finding");
            for (ItemResult i : r.items()) {
                assertTrue(page.contains("<tr id=\"item-" + i.item() + "\">"), "item row " + i.item());
            }
            assertEquals(r.categories().size(), count(page, "<g><title>"), "one chart bar per category");
            assertTrue(page.indexOf("id=\"warnings\"") < 0 || page.indexOf("id=\"warnings\"") < page.indexOf("id=\"findings\""), "warnings before findings");
            assertTrue(page.indexOf("id=\"summary\"") < page.indexOf("id=\"findings\""), "summary first");
            assertEquals(page, engine.assess(SAMPLE, l).toHtml(), "same input, same bytes");
        }
    }

    @Test
    void findingsAreOrderedBySeverity() throws Exception {
        String page = engine.assess(SAMPLE, Language.EN).toHtml();
        Matcher m = Pattern.compile("<span class=\"sev sev-(high|medium|low)\">").matcher(page);
        int last = 0;
        int rows = 0;
        while (m.find()) {
            int rank = switch (m.group(1)) {
                case "high" -> 0;
                case "medium" -> 1;
                default -> 2;
            };
            assertTrue(rank >= last, "severity order broken at row " + rows);
            last = rank;
            rows++;
        }
        assertTrue(rows > 10, "rows: " + rows);
    }

    @Test
    void isSelfContainedAndEscapesWhatItIsGiven() throws Exception {
        String hostile = "<script>alert('x')</script> & \"quoted\"";
        SelfAssessment a = SelfAssessment.builder("telework-admin").organisation(hostile)
                .organisation("sector", "<img src=x onerror=alert(1)>").answer("TA-01", AnswerStatus.MET).build();
        String page = engine.assess(a, Language.JA).toHtml();
        assertFalse(page.contains("<script"), "no script element, not even the organisation's name");
        assertFalse(page.contains("<img"), "no image element");
        assertTrue(page.contains(html(hostile)), "escaped organisation name");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(page).find(), "no external resources");
        assertFalse(page.contains("@import") || page.contains("url("), "no external styles or fonts");
        assertEquals(0, count(page, "http"), "no address at all: inline SVG in HTML needs no namespace");
        assertTrue(page.contains("@media print"), "print styles");
    }

    @Test
    void saysSoWhenThereIsNothingToDo() throws Exception {
        SelfAssessment.Builder b = SelfAssessment.builder("wifi-user");
        engine.checklist("wifi-user").orElseThrow().items().forEach(i -> b.answer(i.id(), AnswerStatus.MET));
        String page = engine.assess(b.build(), Language.EN).toHtml();
        assertTrue(page.contains("<p>No findings.</p>"), page);
        assertTrue(page.contains("grade-A"), "all met is an A");
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
