package dev.tenken.checklist.report;

import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.FactType;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.text.YamlText;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An answers file to fill in (SPEC section 3), as YAML with comments in the chosen language:
 * each profile question with its allowed values, then every item by category with its rank and
 * title, answered {@code unknown}. Given a profile and the report of assessing it with no
 * answers, the profile is filled in and items that do not apply are left out.
 *
 * @since 0.2
 */
public final class AnswersTemplate {
    private AnswersTemplate() {
    }

    /**
     * The template listing every item, with no profile fact filled in.
     *
     * @param c the checklist to answer
     * @param l the language of the comments
     * @return the YAML text
     */
    public static String write(Checklist c, Language l) {
        return write(c, l, Map.of(), Optional.empty());
    }

    /**
     * The template for a stated profile.
     *
     * @param c           the checklist to answer
     * @param l           the language of the comments
     * @param given       the profile facts to fill in, by key; facts left out appear as commented examples
     * @param forProfile  the report of assessing {@code given} with no answers: items it finds not
     *                    applicable are left out; empty to list every item
     * @return the YAML text
     */
    public static String write(Checklist c, Language l, Map<String, FactValue> given, Optional<AssessmentReport> forProfile) {
        Set<String> notApplicable = new HashSet<>();
        forProfile.ifPresent(r -> r.items().stream().filter(i -> !i.applicable()).forEach(i -> notApplicable.add(i.item())));
        StringBuilder b = new StringBuilder();
        b.append("# ").append(comment(c.title().get(l) + " (" + c.id() + ' ' + c.version() + ")")).append('\n');
        b.append("# ").append(Wording.TEMPLATE_ANSWER_WORDS.in(l)).append('\n');
        b.append("checklist: ").append(YamlText.scalar(c.id())).append('\n');
        b.append("organisation:\n  name: \"\"\n");
        b.append("profile:\n");
        if (c.profile().isEmpty()) {
            b.append("  {}\n");
        }
        for (ProfileFact f : c.profile()) {
            b.append("  # ").append(comment(f.question().get(l))).append('\n');
            if (!f.values().isEmpty()) {
                b.append("  # ").append((f.type() == FactType.SET ? Wording.TEMPLATE_ANY_OF : Wording.TEMPLATE_ONE_OF).in(l))
                        .append(comment(String.join(", ", f.values().stream().map(YamlText::scalar).toList()))).append('\n');
            }
            FactValue v = given.get(f.key());
            if (v != null) {
                b.append("  ").append(YamlText.scalar(f.key())).append(": ").append(yaml(v)).append('\n');
            } else {
                b.append("  # ").append(comment(YamlText.scalar(f.key()) + ": " + example(f))).append('\n');
            }
        }
        b.append("answers:\n");
        for (Category cat : c.categories()) {
            b.append("  # == ").append(comment(cat.title().get(l))).append(" ==\n");
            for (Item i : cat.items()) {
                if (notApplicable.contains(i.id())) {
                    continue;
                }
                b.append("  # [").append(l == Language.JA ? i.rank().label() : i.rank().english() + " / " + i.rank().label())
                        .append("] ").append(comment(i.title().get(l))).append('\n');
                if (i.check().isPresent()) {
                    b.append("  # ").append(Wording.TEMPLATE_DECIDED_BY_PROFILE.in(l)).append('\n');
                }
                b.append("  ").append(YamlText.scalar(i.id())).append(": unknown\n");
            }
        }
        return b.toString();
    }

    /** Text for a comment line: one line, hidden characters escaped. */
    private static String comment(String s) {
        return YamlText.comment(s);
    }

    private static String example(ProfileFact f) {
        return switch (f.type()) {
            case BOOLEAN -> "true";
            case NUMBER -> "10";
            case STRING -> "\"...\"";
            case ENUM -> YamlText.scalar(f.values().get(0));
            case SET -> "[" + YamlText.scalar(f.values().get(0)) + "]";
        };
    }

    private static String yaml(FactValue v) {
        if (v instanceof FactValue.Members m) {
            return "[" + String.join(", ", m.members().stream().map(AnswersTemplate::quote).toList()) + "]";
        }
        if (v instanceof FactValue.Text t) {
            return quote(t.value());
        }
        return v.toString();
    }

    private static String quote(String s) {
        return YamlText.quoted(s);
    }
}
