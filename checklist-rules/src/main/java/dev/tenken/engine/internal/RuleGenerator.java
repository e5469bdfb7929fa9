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
 *
 * <p>Rules of phase 1 match the assessment's single {@link ProfileFacts} and decide the status of
 * the items whose {@code applies_when} is false (not applicable) or whose {@code check} can be
 * decided (met or unmet); concern rules of phase 3 also match the {@link StatusFact}s of the items
 * they name, which exist only for items that fall short.
 */
final class RuleGenerator {
    /** The name reports give for a status set by an {@code applies_when} rule (fixed text, not from a checklist). */
    static final String NOT_APPLICABLE = "status: not applicable by applies_when";
    /** The name reports give for a status set by a {@code check} rule. */
    static final String DECIDED_BY_CHECK = "status: decided by check";

    private RuleGenerator() {
    }

    static String generate(CompiledChecklist cc) {
        int c = cc.index();
        StringBuilder b = new StringBuilder(256 + cc.items().size() * 160);
        b.append("package dev.tenken.engine.internal;\n");
        b.append("import dev.tenken.checklist.Severity;\n");
        b.append("import dev.tenken.checklist.report.ItemStatus;\n");
        b.append("global Decisions decisions;\n");
        List<Item> items = cc.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String applies = null;
            if (item.appliesWhen().isPresent()) {
                String notApplicable = expression(cc, item.appliesWhen().get(), true, null);
                applies = expression(cc, item.appliesWhen().get(), false, null);
                b.append("rule \"c").append(c).append(" applies_when ").append(i).append("\"\nwhen\n")
                        .append("    ProfileFacts(checklist == ").append(c).append(", ").append(notApplicable).append(")\n")
                        .append("then\n    decisions.status(").append(i).append(", ItemStatus.NOT_APPLICABLE, \"")
                        .append(NOT_APPLICABLE).append("\");\nend\n");
            }
            if (item.check().isPresent()) {
                List<Integer> needed = new ArrayList<>();
                String met = expression(cc, item.check().get(), false, needed);
                String unmet = expression(cc, item.check().get(), true, null);
                StringBuilder given = new StringBuilder();
                for (int leaf : needed) {
                    given.append("given(").append(leaf).append(") && ");
                }
                if (applies != null) {
                    // applies_when comes first: a check only decides an item that applies
                    given.append(applies).append(" && ");
                }
                for (boolean outcome : new boolean[] {true, false}) {
                    b.append("rule \"c").append(c).append(" check ").append(i).append(outcome ? " met" : " unmet")
                            .append("\"\nwhen\n    ProfileFacts(checklist == ").append(c).append(", ").append(given)
                            .append(outcome ? met : unmet).append(")\n")
                            .append("then\n    decisions.status(").append(i).append(", ItemStatus.")
                            .append(outcome ? "MET" : "UNMET").append(", \"").append(DECIDED_BY_CHECK).append("\");\nend\n");
                }
            }
        }
        List<Concern> concerns = cc.concerns();
        for (int k = 0; k < concerns.size(); k++) {
            Concern concern = concerns.get(k);
            b.append("rule \"c").append(c).append(" concern ").append(k).append("\"\nwhen\n")
                    .append("    ProfileFacts(checklist == ").append(c);
            concern.when().ifPresent(w -> b.append(", ").append(expression(cc, w, false, null)));
            b.append(")\n");
            for (String itemId : concern.itemsNotMet()) {
                b.append("    StatusFact(item == ").append(cc.itemIndex(itemId)).append(")\n");
            }
            b.append("then\n    decisions.concern(").append(k).append(");\n");
            if (concern.raise()) {
                for (String itemId : concern.itemsNotMet()) {
                    b.append("    decisions.severity(").append(cc.itemIndex(itemId)).append(", Severity.")
                            .append(concern.severity().name()).append(", drools.getRule().getName(), ")
                            .append(k).append(");\n");
                }
            }
            b.append("end\n");
        }
        return b.toString();
    }

    /**
     * The boolean expression for a condition, or for its negation when {@code negate} (pushed to
     * the leaves by De Morgan, so the output never nests {@code !(...)}, which MVEL cannot
     * compile to bytecode). {@code needed} (when not null) collects the leaves whose fact must be
     * given for a {@code check} to decide (every leaf but {@code exists}).
     */
    private static String expression(CompiledChecklist cc, Condition cond, boolean negate, List<Integer> needed) {
        if (cond instanceof Condition.All a) {
            return join(cc, a.parts(), negate ? " || " : " && ", negate, needed);
        }
        if (cond instanceof Condition.Any a) {
            return join(cc, a.parts(), negate ? " && " : " || ", negate, needed);
        }
        if (cond instanceof Condition.Not n) {
            return expression(cc, n.part(), !negate, needed);
        }
        int leaf = cc.addLeaf((Condition.Comparison) cond);
        if (needed != null && !cc.isExists(leaf)) {
            needed.add(leaf);
        }
        return (negate ? "!holds(" : "holds(") + leaf + ")";
    }

    private static String join(CompiledChecklist cc, List<Condition> parts, String op, boolean negate, List<Integer> needed) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                b.append(op);
            }
            b.append(expression(cc, parts.get(i), negate, needed));
        }
        return b.append(')').toString();
    }
}
