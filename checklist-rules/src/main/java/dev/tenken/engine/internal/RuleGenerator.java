package dev.tenken.engine.internal;

import dev.tenken.checklist.Concern;
import java.util.List;

/**
 * Generates the checklist-specific DRL of one checklist from its typed condition model. The
 * output contains only fixed text and integers: every condition is one compiled {@link Leaf}
 * (which evaluates all its comparisons, three-valued) referred to by index, so no string from a
 * checklist (ids, fact names, values) is ever pasted into rule source.
 *
 * <p>The source does not grow with the items or the size of their conditions: four fixed rules of
 * phase 1 match the assessment's single {@link ProfileFacts} and take, from
 * {@link CompiledChecklist#excluded}, {@link CompiledChecklist#applies} and
 * {@link CompiledChecklist#decided}, the items whose {@code applies_when} is false (not
 * applicable) or true (they surely apply; neither means assumed), and those whose {@code check}
 * decides them (met or unmet). Concerns add rules: one each of phase 3, firing only when the
 * concern's condition is true and matching the {@link StatusFact}s of the items it names (at most
 * {@link Concern#MAX_ITEMS_NOT_MET}), which exist only for items that fall short; and one each of
 * phase 1 that records whether the condition could be decided at all.
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
            // fixed rules decide every item from its laid-out leaves (see CompiledChecklist.layOutItems)
            itemRule(b, c, "applies_when false", "CompiledChecklist.excluded($p, " + n + ")",
                    "decisions.exclude($i, \"" + NOT_APPLICABLE + "\");");
            itemRule(b, c, "applies_when true", "CompiledChecklist.applies($p, " + n + ")", "decisions.applies($i);");
            for (boolean outcome : new boolean[] {true, false}) {
                itemRule(b, c, "check " + (outcome ? "met" : "unmet"), "CompiledChecklist.decided($p, " + n + ", " + outcome + ")",
                        "decisions.byCheck($i, ItemStatus." + (outcome ? "MET" : "UNMET") + ", \"" + DECIDED_BY_CHECK + "\");");
            }
        }
        List<Concern> concerns = cc.concerns();
        for (int k = 0; k < concerns.size(); k++) {
            Concern concern = concerns.get(k);
            int leaf = concern.when().map(cc::addCondition).orElse(-1);
            if (leaf >= 0) {
                // a concern whose condition is unknown does not fire; the report names it
                b.append("rule \"c").append(c).append(" concern ").append(k).append(" decidable\"\nwhen\n")
                        .append("    ProfileFacts(checklist == ").append(c).append(", isKnown(").append(leaf).append("))\n")
                        .append("then\n    decisions.concernKnown(").append(k).append(");\nend\n");
            }
            b.append("rule \"c").append(c).append(" concern ").append(k).append("\"\nwhen\n")
                    .append("    ProfileFacts(checklist == ").append(c);
            if (leaf >= 0) {
                b.append(", isTrue(").append(leaf).append(')');
            }
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

    /** A fixed phase 1 rule over every item a {@link CompiledChecklist} method lists for the profile. */
    private static void itemRule(StringBuilder b, int c, String name, String items, String consequence) {
        b.append("rule \"c").append(c).append(' ').append(name).append("\"\nwhen\n")
                .append("    $p : ProfileFacts(checklist == ").append(c).append(")\n")
                .append("    $i : Integer() from ").append(items).append('\n')
                .append("then\n    ").append(consequence).append("\nend\n");
    }
}
