package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.RuleFile;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.report.Evaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evaluating many assessments in one session, where each rule fires once per case of items
 * decided alike across all of them, decides each assessment exactly as evaluating it alone.
 * Each seed makes a chunk of 1 to 80 assessments over random checklists, built-ins and
 * checklists with a trusted (empty) rule file mixed, which then go through two evaluators.
 */
class EvaluateAllPropertyTest {
    private static final long BASE_SEED = 20261125L;
    private static final int CHECKLISTS = 12;
    private static final RuleFile NOTHING = new RuleFile("nothing.drl", "(test) nothing.drl",
            "package dev.tenken.test;\n// a trusted rule file without rules\n");
    private static TenkenEngine engine;
    private static List<Checklist> checklists;

    @BeforeAll
    static void build() throws Exception {
        Random r = new Random(BASE_SEED);
        List<Checklist> own = new ArrayList<>();
        for (int i = 0; i < CHECKLISTS; i++) {
            Checklist c = RandomInputs.checklist(r, "random-" + i);
            if (i % 4 == 3) {
                // the DRL form with a trusted rule file: a session per assessment
                c = new Checklist(c.id(), c.version(), c.title(), c.audience(), c.sources(), c.extendsId(), c.profile(),
                        c.grading(), c.categories(), c.concerns(), List.of(NOTHING));
            }
            own.add(c);
        }
        engine = TenkenEngine.builder().withBuiltInChecklists().withChecklists(own).trustRules(true).build();
        checklists = new ArrayList<>(own);
        for (String id : List.of("telework-admin", "telework-worker", "wifi-provider", "wifi-user")) {
            checklists.add(engine.checklist(id).orElseThrow());
        }
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> BASE_SEED * 17 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aChunkIsDecidedAsEachAssessmentAlone(long seed) throws Exception {
        Random r = new Random(seed);
        int size = 1 + r.nextInt(r.nextBoolean() ? 8 : 80);
        // a few checklists per chunk, so that cases mix items of different checklists and assessments
        List<Checklist> some = new ArrayList<>();
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
            some.add(checklists.get(r.nextInt(checklists.size())));
        }
        List<SelfAssessment> chunk = new ArrayList<>();
        for (int n = 0; n < size; n++) {
            Checklist c = some.get(r.nextInt(some.size()));
            SelfAssessment a = RandomInputs.assessment(r, c);
            if (!engine.check(a).isEmpty()) {
                continue;
            }
            chunk.add(a);
        }
        // the generator makes assessments that fit their checklists: the chunk is the size drawn
        assertEquals(size, chunk.size(), "seed=" + seed + ": generated assessments that do not fit");
        List<Evaluation> together = engine.evaluateAll(chunk);
        assertEquals(chunk.size(), together.size(), "seed=" + seed);
        for (int n = 0; n < chunk.size(); n++) {
            assertEquals(engine.evaluate(chunk.get(n)), together.get(n), "seed=" + seed + ", assessment " + n);
        }
    }
}
