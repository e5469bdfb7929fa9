package dev.tenken.engine.internal;

import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Condition;
import dev.tenken.checklist.Item;
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

    /** Which side of a three-valued condition an expression tests. */
    private enum Side {
        /** Known to hold. */
        TRUE,
        /** Known not to hold. */
        FALSE,
        /** Not known to hold: false or unknown. */
        NOT_TRUE,
        /** Not known not to hold: true or unknown. */
        NOT_FALSE;

        Side negated() {
            return switch (this) {
                case TRUE -> FALSE;
                case FALSE -> TRUE;
                case NOT_TRUE -> NOT_FALSE;
                case NOT_FALSE -> NOT_TRUE;
            };
        }

        /** {@code all} is true when every part is, false when any part is (SPEC section 2). */
        String allJoin() {
            return this == TRUE || this == NOT_FALSE ? " && " : " || ";
        }

        String leaf(int n) {
            return switch (this) {
                case TRUE -> "isTrue(" + n + ")";
                case FALSE -> "isFalse(" + n + ")";
                case NOT_TRUE -> "notTrue(" + n + ")";
                case NOT_FALSE -> "notFalse(" + n + ")";
            };
        }
    }

    static String generate(CompiledChecklist cc) {
        int c = cc.index();
        StringBuilder b = new StringBuilder(256 + cc.items().size() * 200);
        b.append("package dev.tenken.engine.internal;\n");
        b.append("import dev.tenken.checklist.Severity;\n");
        b.append("import dev.tenken.checklist.report.ItemStatus;\n");
        b.append("global Decisions decisions;\n");
        List<Item> items = cc.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String mayApply = null;
            if (item.appliesWhen().isPresent()) {
                Condition aw = item.appliesWhen().get();
                rule(b, c, "applies_when " + i + " false", expression(cc, aw, Side.FALSE),
                        "decisions.exclude(" + i + ", \"" + NOT_APPLICABLE + "\");");
                rule(b, c, "applies_when " + i + " true", expression(cc, aw, Side.TRUE), "decisions.applies(" + i + ");");
                mayApply = expression(cc, aw, Side.NOT_FALSE);
            }
            if (item.check().isPresent()) {
                Condition check = item.check().get();
                // applies_when comes first, and a reasoned not_applicable answer: a check decides only the
                // status of an item that applies or may apply
                String guard = "notDeclared(" + i + ") && " + (mayApply == null ? "" : mayApply + " && ");
                rule(b, c, "check " + i + " met", guard + expression(cc, check, Side.TRUE),
                        "decisions.byCheck(" + i + ", ItemStatus.MET, \"" + DECIDED_BY_CHECK + "\");");
                rule(b, c, "check " + i + " unmet", guard + expression(cc, check, Side.FALSE),
                        "decisions.byCheck(" + i + ", ItemStatus.UNMET, \"" + DECIDED_BY_CHECK + "\");");
            }
        }
        List<Concern> concerns = cc.concerns();
        for (int k = 0; k < concerns.size(); k++) {
            Concern concern = concerns.get(k);
            if (concern.when().isPresent()) {
                // a concern whose condition is neither true nor false is reported as unchecked
                Condition w = concern.when().get();
                rule(b, c, "concern " + k + " decidable",
                        "(" + expression(cc, w, Side.TRUE) + " || " + expression(cc, w, Side.FALSE) + ")",
                        "decisions.concernKnown(" + k + ");");
            }
            b.append("rule \"c").append(c).append(" concern ").append(k).append("\"\nwhen\n")
                    .append("    ProfileFacts(checklist == ").append(c);
            concern.when().ifPresent(w -> b.append(", ").append(expression(cc, w, Side.TRUE)));
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

    /** A phase 1 rule over the profile alone. */
    private static void rule(StringBuilder b, int c, String name, String constraint, String consequence) {
        b.append("rule \"c").append(c).append(' ').append(name).append("\"\nwhen\n    ProfileFacts(checklist == ").append(c)
                .append(", ").append(constraint).append(")\nthen\n    ").append(consequence).append("\nend\n");
    }

    /**
     * The boolean expression testing one side of a three-valued condition. Negations are pushed
     * to the leaves (so the output never nests {@code !(...)}, which MVEL cannot compile to
     * bytecode), and each leaf is one of four array reads on {@link ProfileFacts}.
     */
    private static String expression(CompiledChecklist cc, Condition cond, Side side) {
        if (cond instanceof Condition.All a) {
            return join(cc, a.parts(), side.allJoin(), side);
        }
        if (cond instanceof Condition.Any a) {
            return join(cc, a.parts(), side.allJoin().equals(" && ") ? " || " : " && ", side);
        }
        if (cond instanceof Condition.Not n) {
            return expression(cc, n.part(), side.negated());
        }
        return side.leaf(cc.addLeaf((Condition.Comparison) cond));
    }

    private static String join(CompiledChecklist cc, List<Condition> parts, String op, Side side) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                b.append(op);
            }
            b.append(expression(cc, parts.get(i), side));
        }
        return b.append(')').toString();
    }
}
