package dev.tenken.engine.internal;

import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Item;
import java.util.List;

/**
 * Generates the item-specific DRL of one checklist from its typed condition model. The output
 * contains only fixed text, integers and the boolean operators {@code && !}: every condition
 * becomes {@code holds(n)} on one compiled {@link Leaf} (which evaluates all its comparisons),
 * so no string from a checklist (ids, fact names, values) is ever pasted into rule source, and
 * the source grows with the number of items and concern items only, never with the size of a
 * condition: a condition of thousands of comparisons is one constraint, not an expression the
 * rule compiler must parse recursively.
 *
 * <p>Rules of phase 1 match the assessment's single {@link ProfileFacts} and decide the status of
 * the items whose {@code applies_when} is false (not applicable) or whose {@code check} can be
 * decided (met or unmet); concern rules of phase 3 also match the {@link StatusFact}s of the items
 * they name (at most {@link Concern#MAX_ITEMS_NOT_MET}), which exist only for items that fall short.
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
                int leaf = cc.addCondition(item.appliesWhen().get());
                applies = "holds(" + leaf + ")";
                b.append("rule \"c").append(c).append(" applies_when ").append(i).append("\"\nwhen\n")
                        .append("    ProfileFacts(checklist == ").append(c).append(", !holds(").append(leaf).append("))\n")
                        .append("then\n    decisions.status(").append(i).append(", ItemStatus.NOT_APPLICABLE, \"")
                        .append(NOT_APPLICABLE).append("\");\nend\n");
            }
            if (item.check().isPresent()) {
                int check = cc.addCondition(item.check().get());
                // a check decides only when every fact it compares is given (exists needs none),
                // and only an item that applies: applies_when comes first
                StringBuilder given = new StringBuilder("holds(").append(cc.addGiven(item.check().get())).append(") && ");
                if (applies != null) {
                    given.append(applies).append(" && ");
                }
                for (boolean outcome : new boolean[] {true, false}) {
                    b.append("rule \"c").append(c).append(" check ").append(i).append(outcome ? " met" : " unmet")
                            .append("\"\nwhen\n    ProfileFacts(checklist == ").append(c).append(", ").append(given)
                            .append(outcome ? "holds(" : "!holds(").append(check).append("))\n")
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
            concern.when().ifPresent(w -> b.append(", holds(").append(cc.addCondition(w)).append(')'));
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
}
