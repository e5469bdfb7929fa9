package dev.tenken.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.ItemResult;
import dev.tenken.engine.TenkenEngine;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance: a workbook template filled by a program assesses exactly as the same
 * answers written as YAML — same grade, score, per-item statuses and the rest of the report —
 * for random seeded answers over every built-in checklist, in both template languages.
 */
class RoundTripPropertyTest {
    private static TenkenEngine engine;

    @BeforeAll
    static void engine() throws Exception {
        engine = TenkenEngine.builder().withBuiltInChecklists()
                .clock(Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC)).build();
    }

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> out = new ArrayList<>();
        List<String> ids = TenkenEngine.builtInIds();
        for (int i = 0; i < ids.size(); i++) {
            for (int k = 0; k < 4; k++) {
                out.add(Arguments.of(ids.get(i), 1000L * i + k));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void workbookAssessesAsYaml(String checklistId, long seed) throws Exception {
        Checklist c = engine.checklist(checklistId).orElseThrow();
        Random r = new Random(seed);
        Filler.Answers answers = Filler.random(c, r);
        Language templateLanguage = r.nextBoolean() ? Language.JA : Language.EN;
        byte[] workbook = Filler.fill(ExcelAnswers.template(c, templateLanguage), answers, r);

        String yaml = Filler.yaml(c, answers);
        AssessmentReport fromYaml = engine.assess(SelfAssessment.fromYaml(yaml, "answers.yaml"), Language.JA);
        SelfAssessment.Reading read = ExcelAnswers.read(new ByteArrayInputStream(workbook), "answers.xlsx", engine::checklist);
        String where = "seed " + seed + " (" + checklistId + ", template " + templateLanguage + ")";
        assertTrue(read.problems().isEmpty(), where + ": " + read.problems());
        AssessmentReport fromExcel = engine.assess(read, Language.JA);

        assertEquals(fromYaml.grade(), fromExcel.grade(), where);
        assertEquals(fromYaml.score(), fromExcel.score(), where);
        List<String> yamlStatuses = fromYaml.items().stream().map(i -> i.item() + "=" + i.status()).toList();
        List<String> excelStatuses = fromExcel.items().stream().map(i -> i.item() + "=" + i.status()).toList();
        assertEquals(yamlStatuses, excelStatuses, where);
        for (int i = 0; i < fromYaml.items().size(); i++) {
            ItemResult y = fromYaml.items().get(i);
            ItemResult x = fromExcel.items().get(i);
            assertEquals(y, x, where + ": item " + y.item());
        }
        assertEquals(fromYaml, fromExcel, where + ": the whole report");
        assertFalse(fromExcel.items().isEmpty(), where);
    }

    /**
     * An assessment written with {@link ExcelAnswers#writeFilled} (the web app's download) reads back
     * as the same assessment: organisation, assessor, date, profile and every answer with its note,
     * evidence and waiver, in either language of the workbook.
     */
    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void aFilledWorkbookReadsBackAsTheSameAssessment(String checklistId, long seed) throws Exception {
        Checklist c = engine.checklist(checklistId).orElseThrow();
        Random r = new Random(seed);
        SelfAssessment original = SelfAssessment.fromYaml(Filler.yaml(c, Filler.random(c, r)), "answers.yaml");
        Language language = r.nextBoolean() ? Language.JA : Language.EN;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ExcelAnswers.writeFilled(c, language, original, out);
        SelfAssessment.Reading read = ExcelAnswers.read(new ByteArrayInputStream(out.toByteArray()), "a.xlsx", engine::checklist);
        String where = "seed " + seed + " (" + checklistId + ", " + language + ")";
        assertTrue(read.problems().isEmpty(), where + ": " + read.problems());
        SelfAssessment back = read.assessment().orElseThrow();
        assertEquals(original.organisation(), back.organisation(), where);
        assertEquals(original.assessor(), back.assessor(), where);
        assertEquals(original.assessedOn(), back.assessedOn(), where);
        assertEquals(original.profile(), back.profile(), where);
        assertEquals(original.answers(), back.answers(), where);
        assertEquals(engine.assess(original, Language.JA), engine.assess(read, Language.JA), where);
    }
}
