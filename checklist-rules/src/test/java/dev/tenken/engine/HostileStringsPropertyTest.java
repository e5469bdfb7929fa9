package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Condition;
import dev.tenken.checklist.FactType;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.GradingPolicy;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.LocalizedText;
import dev.tenken.checklist.Operator;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.report.AssessmentReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checklists whose values and texts are generated hostile strings (quotes, DRL and MVEL syntax,
 * template markers, control characters): the rule generator must treat them as data, so every
 * comparison is literal and agrees with the reference implementation, and no code runs.
 */
class HostileStringsPropertyTest {
    private static final String[] PIECES = {"\"", "'", "\\", "\"); System.setProperty(\"tenken.pwned\", \"1\"); (\"",
        "${jndi:ldap://127.0.0.1/x}", "#{1+1}", "@{x}", "end\nrule \"x\" when then System.exit(3); end", "\n", "\t",
        "\u0000", "\u2028", "必須", "eval(true)", "&&", "||", "!", "==", ")", "(", "$p", "holds(0)", " ", "\uD83D\uDE00"};
    private static final long BASE = 99_000L;
    private static final List<Checklist> CHECKLISTS = new ArrayList<>();
    private static TenkenEngine engine;

    static String hostile(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString().isBlank() ? b + "x" : b.toString();
    }

    @BeforeAll
    static void build() throws Exception {
        Random r = new Random(BASE);
        for (int c = 0; c < 10; c++) {
            Set<String> values = new LinkedHashSet<>();
            while (values.size() < 4) {
                values.add(hostile(r));
            }
            List<String> v = List.copyOf(values);
            LocalizedText text = new LocalizedText(hostile(r), hostile(r));
            List<ProfileFact> facts = List.of(
                    new ProfileFact("s", FactType.STRING, List.of(), text),
                    new ProfileFact("e", FactType.ENUM, v, text),
                    new ProfileFact("m", FactType.SET, v, text));
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Condition cond = switch (i % 4) {
                    case 0 -> new Condition.Comparison("s", Operator.EQ, FactValue.of(v.get(r.nextInt(4))));
                    case 1 -> new Condition.Comparison("e", Operator.IN, FactValue.of(Set.of(v.get(r.nextInt(4)))));
                    case 2 -> new Condition.Comparison("m", Operator.CONTAINS, FactValue.of(v.get(r.nextInt(4))));
                    default -> new Condition.Not(new Condition.Comparison("e", Operator.NE, FactValue.of(v.get(r.nextInt(4)))));
                };
                boolean asCheck = r.nextBoolean();
                items.add(new Item("I-" + i, r.nextBoolean() ? Rank.REQUIRED : Rank.RECOMMENDED, text, Optional.of(text), text,
                        List.of(new LocalizedText(hostile(r), hostile(r))), List.of(), asCheck ? Optional.empty() : Optional.of(cond),
                        asCheck ? Optional.of(cond) : Optional.empty(), BigDecimal.ONE));
            }
            CHECKLISTS.add(new Checklist("hostile-" + c, hostile(r), text, hostile(r), List.of(), Optional.empty(), facts,
                    GradingPolicy.DEFAULT, List.of(new Category("c", text, items)), List.of(), List.of()));
        }
        engine = TenkenEngine.builder().withChecklists(CHECKLISTS).build();
        assertNull(System.getProperty("tenken.pwned"), "building the rules ran checklist text as code");
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> BASE + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void hostileValuesCompareLiterally(long seed) throws Exception {
        Random r = new Random(seed);
        Checklist c = CHECKLISTS.get(r.nextInt(CHECKLISTS.size()));
        List<String> v = c.fact("e").orElseThrow().values();
        SelfAssessment.Builder b = SelfAssessment.builder(c.id())
                .profile("s", r.nextBoolean() ? v.get(r.nextInt(4)) : hostile(r))
                .profile("e", v.get(r.nextInt(4)))
                .profile("m", new LinkedHashSet<>(List.of(v.get(r.nextInt(4)), v.get(r.nextInt(4)))));
        SelfAssessment a = b.build();
        AssessmentReport report = engine.assess(a);
        ReferenceEvaluator.Result expected = ReferenceEvaluator.evaluate(c, a);
        assertEquals(expected.statuses(), report.items().stream().map(i -> i.status().key()).toList(), "seed=" + seed);
        assertEquals(expected.score(), report.score(), "seed=" + seed);
        assertNull(System.getProperty("tenken.pwned"), "seed=" + seed);
    }
}
