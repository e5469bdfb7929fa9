package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.ItemResult;
import dev.tenken.checklist.report.ItemStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of SPEC sections 2–5 over seeded random checklists and assessments. Each case is
 * named by its seed; a failure message repeats it, so {@code seeds()} can be narrowed to replay.
 */
class EvaluationPropertiesTest {
    private static final long BASE_SEED = 20261123L;
    private static final int CHECKLISTS = 30;
    private static final int CASES = 300;
    private static TenkenEngine engine;
    private static List<Checklist> checklists;

    @BeforeAll
    static void buildOneEngineForAllRandomChecklists() throws Exception {
        Random r = new Random(BASE_SEED);
        checklists = new ArrayList<>();
        for (int i = 0; i < CHECKLISTS; i++) {
            checklists.add(RandomInputs.checklist(r, "random-" + i));
        }
        engine = TenkenEngine.builder().withChecklists(checklists).build();
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, CASES).mapToObj(i -> BASE_SEED * 31 + i);
    }

    private static Checklist checklistFor(long seed) {
        return checklists.get((int) Math.floorMod(seed, (long) CHECKLISTS));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void droolsAgreesWithTheReferenceImplementation(long seed) throws Exception {
        Checklist c = checklistFor(seed);
        SelfAssessment a = RandomInputs.assessment(new Random(seed), c);
        AssessmentReport report = engine.assess(a, Language.EN);
        ReferenceEvaluator.Result expected = ReferenceEvaluator.evaluate(c, a);
        assertEquals(expected.statuses(), report.items().stream().map(i -> i.status().key()).toList(), "statuses, seed=" + seed);
        assertEquals(expected.grade(), report.grade().name(), "grade, seed=" + seed);
        assertEquals(expected.score(), report.score(), "score, seed=" + seed);
        for (ItemResult i : report.items()) {
            assertEquals(i.status() != ItemStatus.NOT_APPLICABLE, i.applicable(), "seed=" + seed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void raisingOneAnswerNeverLowersScoreOrGrade(long seed) throws Exception {
        Random r = new Random(seed);
        Checklist c = checklistFor(seed);
        SelfAssessment a = RandomInputs.assessment(r, c);
        List<String> ids = c.items().map(i -> i.id()).toList();
        String item = ids.get(r.nextInt(ids.size()));
        AssessmentReport previous = engine.assess(RandomInputs.withAnswer(a, item, AnswerStatus.UNMET));
        for (AnswerStatus higher : List.of(AnswerStatus.PARTIAL, AnswerStatus.MET)) {
            AssessmentReport next = engine.assess(RandomInputs.withAnswer(a, item, higher));
            assertTrue(next.score() >= previous.score(), "score fell raising " + item + " to " + higher + ", seed=" + seed);
            assertTrue(next.grade().compareTo(previous.grade()) <= 0, "grade fell raising " + item + " to " + higher + ", seed=" + seed);
            previous = next;
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void notApplicableItemsChangeNeitherScoreNorGrade(long seed) throws Exception {
        Random r = new Random(seed);
        Checklist c = checklistFor(seed);
        SelfAssessment a = RandomInputs.assessment(r, c);
        AssessmentReport base = engine.assess(a);
        for (ItemResult i : base.items()) {
            var item = c.item(i.item()).orElseThrow();
            boolean outByProfile = item.appliesWhen().isPresent() && !ReferenceEvaluator.holds(item.appliesWhen().get(), a.profile());
            if (!outByProfile) {
                continue;
            }
            assertEquals(ItemStatus.NOT_APPLICABLE, i.status(), "seed=" + seed);
            // whatever the answer of an item the profile rules out, nothing moves
            for (AnswerStatus s : AnswerStatus.values()) {
                AssessmentReport other = engine.assess(RandomInputs.withAnswer(a, i.item(), s));
                assertEquals(base.score(), other.score(), i.item() + " answered " + s + ", seed=" + seed);
                assertEquals(base.grade(), other.grade(), i.item() + " answered " + s + ", seed=" + seed);
            }
        }
        // and answering an applicable item not_applicable equals leaving it out of the summary
        String id = c.items().toList().get(r.nextInt((int) c.items().count())).id();
        AssessmentReport na = engine.assess(RandomInputs.withAnswer(a, id, AnswerStatus.NOT_APPLICABLE));
        boolean checkDecides = na.items().stream().anyMatch(i -> i.item().equals(id) && i.status() != ItemStatus.NOT_APPLICABLE);
        if (!checkDecides) {
            assertEquals(base.summary().notApplicable() + (base.items().stream().anyMatch(i -> i.item().equals(id) && i.applicable()) ? 1 : 0),
                    na.summary().notApplicable(), "seed=" + seed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sameInputGivesTheSameBytesWhateverTheAnswerOrder(long seed) throws Exception {
        Checklist c = checklistFor(seed);
        SelfAssessment a = RandomInputs.assessment(new Random(seed), c);
        List<String> keys = new ArrayList<>(a.answers().keySet());
        Collections.shuffle(keys, new Random(seed ^ 0x5DEECE66DL));
        SelfAssessment.Builder shuffled = SelfAssessment.builder(a.checklistId());
        a.organisation().forEach(shuffled::organisation);
        a.profile().forEach(shuffled::profile);
        keys.forEach(k -> shuffled.answer(k, a.answers().get(k)));
        String first = engine.assess(a, Language.JA).toJson();
        assertEquals(first, engine.assess(a, Language.JA).toJson(), "seed=" + seed);
        assertEquals(first, engine.assess(shuffled.build(), Language.JA).toJson(), "seed=" + seed);
    }
}
