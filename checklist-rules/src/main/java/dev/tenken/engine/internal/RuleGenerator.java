package dev.tenken.engine.internal;

import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Condition;
import dev.tenken.checklist.Item;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the item-specific DRL of one checklist from its typed condition model. The output
 * contains only fixed text, integers and the boolean operators {@code && || !}: every
 * comparison becomes {@code holds(n)} on a compiled leaf, so no string from a checklist (ids,
 * fact names, values) is ever pasted into rule source.
 */
final class RuleGenerator {
    /**
     * Applicability and checks are decided from the profile alone and must be in working memory
     * before the generic status rules fire, or "unanswered" would win a race with "not applicable".
     */
    private static final String PROFILE_FIRST = "salience 100\n";

    private RuleGenerator() {
    }

    static String generate(CompiledChecklist cc) {
        int c = cc.index();
        StringBuilder b = new StringBuilder(256 + cc.items().size() * 160);
        b.append("package dev.tenken.engine.internal;\n");
        b.append("import dev.tenken.checklist.Severity;\n");
        List<Item> items = cc.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.appliesWhen().isPresent()) {
                String expr = expression(cc, item.appliesWhen().get(), null);
                b.append("rule \"c").append(c).append(" applies_when ").append(i).append("\"\n").append(PROFILE_FIRST).append("when\n")
                        .append("    ProfileFacts(checklist == ").append(c).append(", !(").append(expr).append("))\n")
                        .append("then\n    insert(new NotApplicable(").append(i).append("));\nend\n");
            }
            if (item.check().isPresent()) {
                List<Integer> needed = new ArrayList<>();
                String expr = expression(cc, item.check().get(), needed);
                StringBuilder given = new StringBuilder();
                for (int leaf : needed) {
                    given.append("given(").append(leaf).append(") && ");
                }
                for (boolean met : new boolean[] {true, false}) {
                    b.append("rule \"c").append(c).append(" check ").append(i).append(met ? " met" : " unmet")
                            .append("\"\n").append(PROFILE_FIRST).append("when\n    ProfileFacts(checklist == ").append(c).append(", ").append(given)
                            .append(met ? "(" : "!(").append(expr).append("))\n")
                            .append("then\n    insert(new CheckOutcome(").append(i).append(", ").append(met)
                            .append("));\nend\n");
                }
            }
        }
        List<Concern> concerns = cc.concerns();
        for (int k = 0; k < concerns.size(); k++) {
            Concern concern = concerns.get(k);
            b.append("rule \"c").append(c).append(" concern ").append(k).append("\"\nwhen\n")
                    .append("    ProfileFacts(checklist == ").append(c);
            concern.when().ifPresent(w -> b.append(", ").append(expression(cc, w, null)));
            b.append(")\n");
            for (String itemId : concern.itemsNotMet()) {
                b.append("    StatusFact(item == ").append(cc.itemIndex(itemId)).append(", shortfall)\n");
            }
            b.append("then\n    insert(new ConcernFact(").append(k).append("));\n");
            if (concern.raise()) {
                for (String itemId : concern.itemsNotMet()) {
                    b.append("    insert(new SeverityFact(").append(cc.itemIndex(itemId)).append(", Severity.")
                            .append(concern.severity().name()).append(", drools.getRule().getName(), ")
                            .append(k).append("));\n");
                }
            }
            b.append("end\n");
        }
        return b.toString();
    }

    /**
     * The boolean expression for a condition; {@code needed} (when not null) collects the leaves
     * whose fact must be given for a {@code check} to decide (every leaf but {@code exists}).
     */
    private static String expression(CompiledChecklist cc, Condition cond, List<Integer> needed) {
        if (cond instanceof Condition.All a) {
            return join(cc, a.parts(), " && ", needed);
        }
        if (cond instanceof Condition.Any a) {
            return join(cc, a.parts(), " || ", needed);
        }
        if (cond instanceof Condition.Not n) {
            return "!(" + expression(cc, n.part(), needed) + ")";
        }
        int leaf = cc.addLeaf((Condition.Comparison) cond);
        if (needed != null && !cc.isExists(leaf)) {
            needed.add(leaf);
        }
        return "holds(" + leaf + ")";
    }

    private static String join(CompiledChecklist cc, List<Condition> parts, String op, List<Integer> needed) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                b.append(op);
            }
            b.append(expression(cc, parts.get(i), needed));
        }
        return b.append(')').toString();
    }
}
