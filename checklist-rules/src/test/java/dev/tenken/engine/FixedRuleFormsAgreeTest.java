package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.RuleFile;
import dev.tenken.checklist.SelfAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixed rules exist in two forms: the executable model that untrusted checklists run on, and
 * the DRL that checklists with trusted rule files are compiled with. Over seeded random
 * checklists and assessments, a checklist evaluates the same with a trusted rule file that does
 * nothing (DRL form) as without (executable model).
 */
class FixedRuleFormsAgreeTest {
    private static final long BASE_SEED = 20261124L;
    private static final int CHECKLISTS = 20;
    private static final int CASES = 400;
    private static final RuleFile NOTHING = new RuleFile("nothing.drl", "(test) nothing.drl",
            "package dev.tenken.test;\n// a trusted rule file without rules\n");
    private static TenkenEngine model;
    private static TenkenEngine drl;
    private static List<Checklist> checklists;

    @BeforeAll
    static void buildBothForms() throws Exception {
        Random r = new Random(BASE_SEED);
        checklists = new ArrayList<>();
        List<Checklist> trusted = new ArrayList<>();
        for (int i = 0; i < CHECKLISTS; i++) {
            Checklist c = RandomInputs.checklist(r, "random-" + i);
            checklists.add(c);
            trusted.add(new Checklist(c.id(), c.version(), c.title(), c.audience(), c.sources(), c.extendsId(), c.profile(),
                    c.grading(), c.categories(), c.concerns(), List.of(NOTHING)));
        }
        model = TenkenEngine.builder().withChecklists(checklists).build();
        drl = TenkenEngine.builder().withChecklists(trusted).trustRules(true).build();
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, CASES).mapToObj(i -> BASE_SEED * 31 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theExecutableModelAndTheDrlDecideAlike(long seed) throws Exception {
        Checklist c = checklists.get((int) Math.floorMod(seed, (long) CHECKLISTS));
        SelfAssessment a = RandomInputs.assessment(new Random(seed), c);
        assertEquals(drl.evaluate(a), model.evaluate(a), "seed=" + seed);
    }
}
