package dev.tenken.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.engine.TenkenEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The benchmark compares like with like only if the plain-Java baseline does exactly what the
 * Drools engine does. Both must give byte-identical JSON reports on 4,000 seeded workload
 * assessments (40 synthetic checklists of 1 to 300 items, 100 each) and 2,000 random assessments of
 * the four built-in checklists, whose conditions use every operator.
 */
class BaselineAgreesWithDroolsTest {
    private static final int CHECKLISTS = 40;
    private static final int PER_CHECKLIST = 100;
    private static TenkenEngine engine;
    private static final List<Checklist> checklists = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        for (int i = 0; i < CHECKLISTS; i++) {
            checklists.add(Workload.checklist("w" + i, 1 + (i * 37) % 300, 1000 + i));
        }
        TenkenEngine builtIns = TenkenEngine.builder().withBuiltInChecklists().build();
        for (String id : TenkenEngine.builtInIds()) {
            checklists.add(builtIns.checklist(id).orElseThrow());
        }
        engine = TenkenEngine.builder().withChecklists(checklists).build();
    }

    static Stream<Integer> checklistIndexes() {
        return Stream.iterate(0, i -> i < CHECKLISTS + 4, i -> i + 1);
    }

    @ParameterizedTest(name = "checklist {0}")
    @MethodSource("checklistIndexes")
    void sameReportsByteForByte(int index) throws Exception {
        Checklist c = checklists.get(index);
        PlainJavaEvaluator plain = new PlainJavaEvaluator(c);
        int count = index < CHECKLISTS ? PER_CHECKLIST : 500;
        long seed = 5000L + index;
        List<SelfAssessment> inputs = Workload.assessments(c, count, seed);
        for (int n = 0; n < inputs.size(); n++) {
            SelfAssessment a = inputs.get(n);
            int caseNo = n;
            Language l = n % 2 == 0 ? Language.EN : Language.JA;
            assertEquals(engine.assess(a, l).toJson(), plain.assess(a, l).toJson(),
                    () -> "checklist " + c.id() + ", Workload.assessments seed " + seed + ", case " + caseNo);
        }
    }
}
