package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Answer;
import dev.tenken.checklist.Waiver;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.Operator;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.ItemResult;
import dev.tenken.checklist.report.ItemStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
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
        assertEquals(expected.applicability(), report.items().stream().map(i -> i.applicability().key()).toList(),
                "applicability, seed=" + seed);
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
            boolean outByProfile = item.appliesWhen().isPresent()
                    && Boolean.FALSE.equals(ReferenceEvaluator.value(item.appliesWhen().get(), a.profile()));
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
        // and answering an applicable item not_applicable, with a reason, equals leaving it out of the summary
        String id = c.items().toList().get(r.nextInt((int) c.items().count())).id();
        AssessmentReport na = engine.assess(RandomInputs.withAnswer(a, id,
                new Answer(AnswerStatus.NOT_APPLICABLE, Optional.of("社外からの接続はない"), Optional.empty())));
        boolean checkDecides = na.items().stream().anyMatch(i -> i.item().equals(id) && i.status() != ItemStatus.NOT_APPLICABLE);
        if (!checkDecides) {
            assertEquals(base.summary().notApplicable() + (base.items().stream().anyMatch(i -> i.item().equals(id) && i.applicable()) ? 1 : 0),
                    na.summary().notApplicable(), "seed=" + seed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void removingAProfileFactNeverTakesAnItemOutOfGrading(long seed) throws Exception {
        Random r = new Random(seed);
        Checklist c = checklistFor(seed);
        SelfAssessment a = RandomInputs.assessment(r, c);
        if (a.profile().isEmpty()) {
            return;
        }
        // SPEC section 2 makes `exists` two-valued: removing a fact an `exists` test names may rightly
        // turn its condition false, so the invariant of section 5 is about the other comparisons
        Set<String> existsTested = new HashSet<>();
        c.items().forEach(i -> i.appliesWhen().ifPresent(w -> w.forEachComparison(k -> {
            if (k.operator() == Operator.EXISTS) {
                existsTested.add(k.fact());
            }
        })));
        List<String> keys = new ArrayList<>(a.profile().keySet());
        keys.removeAll(existsTested);
        if (keys.isEmpty()) {
            return;
        }
        String removed = keys.get(r.nextInt(keys.size()));
        AssessmentReport before = engine.assess(a);
        AssessmentReport after = engine.assess(RandomInputs.withoutFact(a, removed));
        for (int k = 0; k < before.items().size(); k++) {
            if (before.items().get(k).applicable()) {
                assertTrue(after.items().get(k).applicable(), before.items().get(k).item() + " left grading when "
                        + removed + " was removed, seed=" + seed);
            }
        }
        assertTrue(after.missingFacts().containsAll(before.missingFacts()), "missing facts only grow, seed=" + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aWaiverChangesNeitherScoreNorGrade(long seed) throws Exception {
        Random r = new Random(seed);
        Checklist c = checklistFor(seed);
        SelfAssessment a = RandomInputs.assessment(r, c);
        AssessmentReport base = engine.assess(a);
        for (int n = 0; n < 3; n++) {
            String id = c.items().toList().get(r.nextInt((int) c.items().count())).id();
            Answer old = a.answers().getOrDefault(id, Answer.of(AnswerStatus.UNKNOWN));
            Waiver w = new Waiver("受容 " + n, Optional.of("社長"), RandomInputs.DAY.plusDays(r.nextInt(7) - 3));
            AssessmentReport waived = engine.assess(RandomInputs.withAnswer(a, id,
                    new Answer(old.status(), old.note(), old.evidence(), Optional.of(w))));
            assertEquals(base.score(), waived.score(), "score, waiver on " + id + ", seed=" + seed);
            assertEquals(base.grade(), waived.grade(), "grade, waiver on " + id + ", seed=" + seed);
            assertEquals(base.items().stream().map(ItemResult::status).toList(),
                    waived.items().stream().map(ItemResult::status).toList(), "statuses, seed=" + seed);
            // a waiver only ever clears the gate, and only while it holds
            if (!base.hasRequiredShortfall() && old.waiver().isEmpty()) {
                assertFalse(waived.hasRequiredShortfall(), "seed=" + seed);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aBareNotApplicableNeverRaisesTheScore(long seed) throws Exception {
        Random r = new Random(seed);
        Checklist c = checklistFor(seed);
        SelfAssessment a = RandomInputs.assessment(r, c);
        String id = c.items().toList().get(r.nextInt((int) c.items().count())).id();
        SelfAssessment unanswered = RandomInputs.withAnswer(a, id, AnswerStatus.UNKNOWN);
        AssessmentReport bare = engine.assess(RandomInputs.withAnswer(a, id, AnswerStatus.NOT_APPLICABLE));
        AssessmentReport none = engine.assess(unanswered);
        assertEquals(none.score(), bare.score(), "a bare not_applicable counts as unanswered, seed=" + seed);
        assertEquals(none.grade(), bare.grade(), "seed=" + seed);
        assertFalse(bare.warnings().isEmpty() && bare.items().stream().anyMatch(i -> i.item().equals(id)
                && i.answer().isPresent()), "a bare not_applicable that was not used is warned about, seed=" + seed);
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
        a.assessedOn().ifPresent(shuffled::assessedOn);
        a.profile().forEach(shuffled::profile);
        keys.forEach(k -> shuffled.answer(k, a.answers().get(k)));
        String first = engine.assess(a, Language.JA).toJson();
        assertEquals(first, engine.assess(a, Language.JA).toJson(), "seed=" + seed);
        assertEquals(first, engine.assess(shuffled.build(), Language.JA).toJson(), "seed=" + seed);
    }
}
