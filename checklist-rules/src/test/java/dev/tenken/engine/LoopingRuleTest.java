package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.RuleFile;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.TenkenException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A trusted rule that never settles is stopped by the bound on firings and reported as a rules
 * problem, whichever phase it loops in, never as an internal error.
 */
class LoopingRuleTest {
    private static final RuleFile LOOP = new RuleFile("loop.drl", "(test) loop.drl", """
            package dev.tenken.test;
            import dev.tenken.engine.rules.ProfileView;
            rule "loops on the profile"
            when
                $p : ProfileView()
            then
                update($p);
            end
            """);

    @Test
    void aRuleThatLoopsIsAProblemOfTheRules() throws Exception {
        Checklist c = RandomInputs.checklist(new Random(7), "looping");
        Checklist trusted = new Checklist(c.id(), c.version(), c.title(), c.audience(), c.sources(), c.extendsId(),
                c.profile(), c.grading(), c.categories(), c.concerns(), List.of(LOOP));
        TenkenEngine engine = TenkenEngine.builder().withChecklists(List.of(trusted)).trustRules(true).build();
        SelfAssessment a = RandomInputs.assessment(new Random(8), trusted);
        TenkenException e = assertThrows(TenkenException.class, () -> engine.assess(a));
        assertEquals(TenkenException.Phase.RULES, e.phase());
        assertTrue(e.problems().get(0).message().contains("probably loops"), e.problems().toString());
        TenkenException all = assertThrows(TenkenException.class, () -> engine.evaluateAll(List.of(a, a)));
        assertEquals(TenkenException.Phase.RULES, all.phase());
    }
}
