package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.RuleFile;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.report.Evaluation;
import dev.tenken.checklist.report.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evaluating many assessments in one session, where each rule fires once per case of items
 * decided alike across all of them, decides each assessment exactly as evaluating it alone, and
 * the scorecards made straight from one session's decisions ({@link TenkenEngine#scorecards})
 * are those of the evaluations one by one. Each seed makes a chunk of 1 to 80 assessments over
 * random checklists, built-ins and checklists with a trusted rule file mixed (empty, or one that
 * raises severities and adds findings of its own), which then go through two evaluators.
 */
class EvaluateAllPropertyTest {
    private static final long BASE_SEED = 20261125L;
    private static final int CHECKLISTS = 12;
    private static final RuleFile NOTHING = new RuleFile("nothing.drl", "(test) nothing.drl",
            "package dev.tenken.test;\n// a trusted rule file without rules\n");
    /** Raises the severity of 必須 items that fall short and adds a finding of its own when one does. */
    private static final RuleFile RAISING = new RuleFile("raising.drl", "(test) raising.drl", """
            package dev.tenken.test;
            import dev.tenken.engine.rules.ItemView;
            import dev.tenken.engine.rules.RuleConcern;
            import dev.tenken.engine.rules.SeverityRaise;
            import dev.tenken.checklist.Rank;
            import dev.tenken.checklist.Severity;
            rule "raise required shortfalls"
            when
                ItemView(shortfall, rank == Rank.REQUIRED, $id : id)
            then
                insert(new SeverityRaise($id, Severity.HIGH, drools.getRule().getName(), "test raise"));
            end
            rule "a finding of its own"
            when
                exists ItemView(shortfall)
            then
                insert(new RuleConcern("test-finding", Severity.MEDIUM, drools.getRule().getName(),
                    "テスト", "test", "直す", "fix it"));
            end
            """);
    private static TenkenEngine engine;
    private static List<Checklist> checklists;

    @BeforeAll
    static void build() throws Exception {
        Random r = new Random(BASE_SEED);
        List<Checklist> own = new ArrayList<>();
        for (int i = 0; i < CHECKLISTS; i++) {
            Checklist c = RandomInputs.checklist(r, "random-" + i);
            if (i % 4 == 3) {
                // the DRL form with a trusted rule file: a session per assessment; half of them
                // raise severities and add findings of their own
                c = new Checklist(c.id(), c.version(), c.title(), c.audience(), c.sources(), c.extendsId(), c.profile(),
                        c.grading(), c.categories(), c.concerns(), List.of(i % 8 == 3 ? RAISING : NOTHING));
            }
            own.add(c);
        }
        engine = TenkenEngine.builder().withBuiltInChecklists().withChecklists(own).trustRules(true).build();
        checklists = new ArrayList<>(own);
        for (String id : List.of("telework-admin", "telework-worker", "wifi-provider", "wifi-user")) {
            checklists.add(engine.checklist(id).orElseThrow());
        }
    }

    /** The raising rule file does what the cases above rely on: raises and findings of its own. */
    @Test
    void theRaisingRulesRaiseAndAddFindings() throws Exception {
        Checklist raising = checklists.get(3);
        assertEquals(List.of(RAISING), raising.rules());
        Random r = new Random(BASE_SEED);
        int raised = 0;
        int findings = 0;
        for (int n = 0; n < 50; n++) {
            Evaluation e = engine.evaluate(RandomInputs.assessment(r, raising));
            findings += e.ruleFindings().size();
            for (Evaluation.ItemOutcome o : e.items()) {
                raised += o.raises().size();
            }
        }
        assertTrue(raised > 0 && findings > 0, "raises " + raised + ", findings " + findings);
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
        List<Scorecard> cards = engine.scorecards(chunk);
        assertEquals(chunk.size(), cards.size(), "seed=" + seed);
        for (int n = 0; n < chunk.size(); n++) {
            Evaluation alone = engine.evaluate(chunk.get(n));
            assertEquals(alone, together.get(n), "seed=" + seed + ", assessment " + n);
            // the scorecards made straight from the decisions: as from the evaluation
            assertEquals(engine.scorecard(chunk.get(n), alone), cards.get(n), "seed=" + seed + ", scorecard " + n);
        }
    }
}
