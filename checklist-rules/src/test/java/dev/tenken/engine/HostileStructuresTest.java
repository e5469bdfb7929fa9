package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Condition;
import dev.tenken.checklist.FactType;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.GradingPolicy;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.LocalizedText;
import dev.tenken.checklist.Operator;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.Severity;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.report.AssessmentReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Legal but large structures reach the rules engine: the generated rules grow with the number of
 * items, never with the size of a condition, so wide conditions compile and evaluate as the
 * reference evaluator says; what the engine cannot take is refused with problems, never a
 * StackOverflowError or a compiler's "code too large". A failure names its seed.
 */
class HostileStructuresTest {
    private static final LocalizedText T = new LocalizedText("t", "t");
    private static final ProfileFact STAFF = new ProfileFact("staff", FactType.NUMBER, List.of(), T);
    private static final ProfileFact OWNER = new ProfileFact("owner", FactType.ENUM, List.of("a", "b", "c"), T);

    private static Item item(String id, Optional<Condition> applies, Optional<Condition> check) {
        return new Item(id, Rank.REQUIRED, T, Optional.empty(), T, List.of(), List.of(), applies, check, BigDecimal.ONE);
    }

    private static Checklist checklist(String id, List<Item> items, List<Concern> concerns) {
        return new Checklist(id, "1", T, "", List.of(), Optional.empty(), List.of(STAFF, OWNER), GradingPolicy.DEFAULT,
                List.of(new Category("c", T, items)), concerns, List.of());
    }

    private static Condition.Comparison gte(int n) {
        return new Condition.Comparison("staff", Operator.GTE, FactValue.of(n));
    }

    /** A random condition of {@code width} comparisons, nested up to {@code depth} levels. */
    private static Condition wide(Random r, int width, int depth) {
        if (width == 1 || depth == 0) {
            return r.nextBoolean() ? gte(r.nextInt(50))
                    : r.nextBoolean() ? new Condition.Comparison("owner", Operator.EQ, FactValue.of(String.valueOf("ab".charAt(r.nextInt(2)))))
                    : new Condition.Comparison("owner", Operator.EXISTS, FactValue.of(r.nextBoolean()));
        }
        List<Condition> parts = new ArrayList<>();
        int left = width;
        while (left > 0) {
            int w = Math.max(1, Math.min(left, 1 + r.nextInt(Math.max(1, width / 2))));
            parts.add(wide(r, w, depth - 1));
            left -= w;
        }
        Condition c = r.nextBoolean() ? new Condition.All(parts) : new Condition.Any(parts);
        return r.nextInt(4) == 0 ? new Condition.Not(c) : c;
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 12).mapToObj(i -> 4_400_000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void wideConditionsEvaluateAsTheReferenceSays(long seed) throws TenkenException {
        Random r = new Random(seed);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int width = r.nextInt(5) == 0 ? 2_000 + r.nextInt(8_000) : 1 + r.nextInt(300);
            Optional<Condition> applies = r.nextBoolean() ? Optional.of(wide(r, width, 1 + r.nextInt(6))) : Optional.empty();
            Optional<Condition> check = r.nextBoolean() ? Optional.of(wide(r, width, 1 + r.nextInt(6))) : Optional.empty();
            items.add(item("I-" + i, applies, check));
        }
        List<String> ids = items.stream().map(Item::id).toList();
        List<Concern> concerns = List.of(new Concern("K", Optional.of(wide(r, 5_000, 3)), ids, Severity.HIGH, true, T, T, List.of()));
        Checklist c = checklist("wide", items, concerns);
        TenkenEngine engine = TenkenEngine.builder().withChecklists(List.of(c)).build();
        for (int k = 0; k < 6; k++) {
            SelfAssessment.Builder a = SelfAssessment.builder("wide");
            if (r.nextInt(3) > 0) {
                a.profile("staff", FactValue.of(r.nextInt(60)));
            }
            if (r.nextInt(3) > 0) {
                a.profile("owner", FactValue.of(String.valueOf("abc".charAt(r.nextInt(3)))));
            }
            SelfAssessment s = a.build();
            AssessmentReport report = engine.assess(s);
            ReferenceEvaluator.Result expected = ReferenceEvaluator.evaluate(c, s);
            assertEquals(expected.statuses(), report.items().stream().map(i -> i.status().key()).toList(), "seed=" + seed);
            assertEquals(expected.score(), report.score(), "seed=" + seed);
        }
    }

    @Test
    void anAnyOfTenThousandComparisonsCompilesAndEvaluates() throws TenkenException {
        List<Condition> parts = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            parts.add(gte(10_000 - i));
        }
        Checklist c = checklist("any", List.of(item("A", Optional.empty(), Optional.of(new Condition.Any(parts)))), List.of());
        TenkenEngine engine = TenkenEngine.builder().withChecklists(List.of(c)).build();
        AssessmentReport met = engine.assess(SelfAssessment.builder("any").profile("staff", FactValue.of(1)).build());
        assertEquals("met", met.items().get(0).status().key());
        AssessmentReport unmet = engine.assess(SelfAssessment.builder("any").profile("staff", FactValue.of(0)).build());
        assertEquals("unmet", unmet.items().get(0).status().key());
    }

    @Test
    void aConcernOfTheMostItemsCompiles() throws TenkenException {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            items.add(item("I-" + i, Optional.empty(), Optional.empty()));
        }
        List<String> ids = items.stream().map(Item::id).limit(Concern.MAX_ITEMS_NOT_MET).toList();
        Checklist c = checklist("k", items, List.of(new Concern("K", Optional.empty(), ids, Severity.HIGH, true, T, T, List.of())));
        AssessmentReport report = TenkenEngine.builder().withChecklists(List.of(c)).build().assess(SelfAssessment.builder("k").build());
        assertEquals(1, report.findings().stream().filter(f -> f.item().isEmpty()).count());
        List<String> all = items.stream().map(Item::id).toList();
        assertThrows(IllegalArgumentException.class,
                () -> new Concern("K", Optional.empty(), all, Severity.HIGH, true, T, T, List.of()));
    }

    @Test
    void aConditionNestedTooDeeplyInJavaIsRefusedWithProblems() throws TenkenException {
        Condition deep = gte(1);
        for (int i = 0; i < 100_000; i++) {
            deep = new Condition.Not(deep);
        }
        Checklist c = checklist("deep", List.of(item("A", Optional.of(deep), Optional.empty())), List.of());
        TenkenException e = assertThrows(TenkenException.class, () -> TenkenEngine.builder().withChecklists(List.of(c)).build()
                .assess(SelfAssessment.builder("deep").build()));
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem p = e.problems().get(0);
        assertEquals(Optional.of("A"), p.itemId());
        assertTrue(p.message().contains("nested deeper than 64 levels"), p.message());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void theLargestLoadableChecklistCompiles() throws TenkenException {
        // the loader's limits: 256 comparisons per condition, 100,000 per file
        StringBuilder b = new StringBuilder("id: big\nversion: \"1\"\ntitle: {ja: t, en: t}\n"
                + "profile:\n  - {key: s, type: number, question: {ja: q, en: q}}\ncategories:\n  - id: c\n    title: {ja: c, en: c}\n    items:\n");
        StringBuilder any = new StringBuilder();
        for (int k = 0; k < 250; k++) {
            any.append(k == 0 ? "" : ", ").append("{fact: s, lte: ").append(k).append('}');
        }
        for (int i = 0; i < 390; i++) {
            b.append("      - {id: I-").append(i).append(", rank: 推奨, title: {ja: t, en: t}, remediation: {ja: r, en: r},")
                    .append(" check: {any: [").append(any).append(", {fact: s, eq: ").append(1000 + i).append("}]}}\n");
        }
        TenkenEngine engine = TenkenEngine.builder().withChecklistText(b.toString(), "big.yaml").build();
        AssessmentReport report = engine.assess(SelfAssessment.builder("big").profile("s", FactValue.of(1003)).build());
        assertEquals("met", report.items().get(3).status().key());
        assertEquals("unmet", report.items().get(4).status().key());
    }

    @Test
    void tooManyConcernsBuiltInJavaAreRefusedWithProblems() {
        List<Item> items = List.of(item("A", Optional.empty(), Optional.empty()));
        List<Concern> concerns = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            concerns.add(new Concern("K-" + k, Optional.empty(), List.of("A"), Severity.LOW, false, T, T, List.of()));
        }
        Checklist c = checklist("many", items, concerns);
        TenkenException e = assertThrows(TenkenException.class, () -> TenkenEngine.builder().withChecklists(List.of(c)).build()
                .assess(SelfAssessment.builder("many").build()));
        assertTrue(e.getMessage().contains("the limits are 256 concerns and 2048 items"), e.getMessage());
    }
}
