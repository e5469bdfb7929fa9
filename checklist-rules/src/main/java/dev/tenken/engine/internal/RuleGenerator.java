package dev.tenken.engine.internal;

import dev.tenken.checklist.Concern;
import java.util.List;

/**
 * Generates the checklist-specific DRL of one checklist from its typed condition model. The
 * output contains only fixed text, integers and the boolean operators: every condition is one
 * compiled {@link Leaf} (which evaluates all its comparisons) referred to by index, so no string
 * from a checklist (ids, fact names, values) is ever pasted into rule source.
 *
 * <p>The source does not grow with the items or the size of their conditions: three fixed
 * rules of phase 1 match the assessment's single {@link ProfileFacts} and take, from
 * {@link CompiledChecklist#notApplicable} and {@link CompiledChecklist#decided}, the items whose
 * {@code applies_when} is false (not applicable) and those whose {@code check} decides them (met
 * or unmet). Only concerns add rules: one each, of phase 3, matching the {@link StatusFact}s of
 * the items they name (at most {@link Concern#MAX_ITEMS_NOT_MET}), which exist only for items
 * that fall short.
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
        StringBuilder b = new StringBuilder(1024 + cc.concerns().size() * 256);
        b.append("package dev.tenken.engine.internal;\n");
        b.append("import dev.tenken.checklist.Severity;\n");
        b.append("import dev.tenken.checklist.report.ItemStatus;\n");
        b.append("global Decisions decisions;\n");
        int n = cc.items().size();
        cc.layOutItems();
        if (n > 0) {
            // three fixed rules decide every item from its laid-out leaves (see CompiledChecklist.layOutItems)
            b.append("rule \"c").append(c).append(" applies_when\"\nwhen\n")
                    .append("    $p : ProfileFacts(checklist == ").append(c).append(")\n")
                    .append("    $i : Integer() from CompiledChecklist.notApplicable($p, ").append(n).append(")\n")
                    .append("then\n    decisions.status($i, ItemStatus.NOT_APPLICABLE, \"").append(NOT_APPLICABLE)
                    .append("\");\nend\n");
            for (boolean outcome : new boolean[] {true, false}) {
                b.append("rule \"c").append(c).append(" check ").append(outcome ? "met" : "unmet").append("\"\nwhen\n")
                        .append("    $p : ProfileFacts(checklist == ").append(c).append(")\n")
                        .append("    $i : Integer() from CompiledChecklist.decided($p, ").append(n).append(", ")
                        .append(outcome).append(")\n")
                        .append("then\n    decisions.status($i, ItemStatus.").append(outcome ? "MET" : "UNMET").append(", \"")
                        .append(DECIDED_BY_CHECK).append("\");\nend\n");
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
