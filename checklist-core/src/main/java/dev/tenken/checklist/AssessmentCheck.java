package dev.tenken.checklist;

import dev.tenken.checklist.text.Suggest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a self-assessment against its checklist (SPEC section 3): a profile key the checklist
 * does not declare, a value outside a declared enum or set, or an answer for an item it does not
 * have is a located problem, never a silent skip. Build one per checklist and keep it: the
 * lookups are made once.
 *
 * @since 0.2
 */
public final class AssessmentCheck {
    private final Checklist checklist;
    private final Map<String, ProfileFact> facts;
    private final Set<String> ids;
    /** Per enum or set fact, its declared values as written: the usual stated value, found with one look-up. */
    private final Map<String, Set<String>> declared = new java.util.HashMap<>();

    private AssessmentCheck(Checklist checklist) {
        this.checklist = checklist;
        this.facts = checklist.factsByKey();
        this.ids = checklist.itemsById().keySet();
        facts.forEach((key, f) -> declared.put(key, Set.copyOf(f.values())));
    }

    /**
     * A check for one checklist, with its lookups built once: keep it when checking many assessments.
     *
     * @param checklist the checklist assessments are checked against
     * @return the check
     */
    public static AssessmentCheck of(Checklist checklist) {
        return new AssessmentCheck(checklist);
    }

    /**
     * Every problem; empty when the assessment fits the checklist.
     *
     * @param checklist the checklist answered
     * @param a         the assessment to check
     * @return every problem, located where the assessment records positions; empty when it fits
     */
    public static List<Problem> problems(Checklist checklist, SelfAssessment a) {
        return of(checklist).problems(a);
    }

    /**
     * Every problem; empty when the assessment fits this check's checklist.
     *
     * @param a the assessment to check
     * @return every problem, located where the assessment records positions; empty when it fits
     */
    public List<Problem> problems(SelfAssessment a) {
        List<Problem> out = null;
        for (Map.Entry<String, FactValue> e : a.profile().entrySet()) {
            String key = e.getKey();
            ProfileFact f = facts.get(key);
            Optional<String> problem = f == null
                    ? Optional.of("profile key '" + key + "' is not declared by checklist '" + checklist.id() + "'"
                            + Suggest.hint(key, facts.keySet()))
                    : typeProblem(f, e.getValue());
            if (problem.isPresent()) {
                int[] pos = a.position("profile." + key).orElse(new int[] {0, 0});
                out = add(out, new Problem(a.source(), pos[0], pos[1], Optional.empty(), problem.get()));
            }
        }
        for (String id : a.answers().keySet()) {
            if (!ids.contains(id)) {
                int[] pos = a.position("answers." + id).orElse(new int[] {0, 0});
                out = add(out, new Problem(a.source(), pos[0], pos[1], Optional.of(id), "checklist '" + checklist.id()
                        + "' has no item '" + id + "'" + Suggest.hint(id, ids)));
            }
        }
        return out == null ? List.of() : out;
    }

    private static List<Problem> add(List<Problem> list, Problem p) {
        List<Problem> out = list == null ? new ArrayList<>() : list;
        out.add(p);
        return out;
    }

    private Optional<String> typeProblem(ProfileFact f, FactValue v) {
        String key = f.key();
        switch (f.type()) {
            case BOOLEAN:
                return v instanceof FactValue.Bool ? Optional.empty()
                        : Optional.of("profile." + key + " must be true or false, was '" + v + "'");
            case NUMBER:
                return v instanceof FactValue.Num ? Optional.empty()
                        : Optional.of("profile." + key + " must be a number, was '" + v + "'");
            case STRING:
                return v instanceof FactValue.Text ? Optional.empty()
                        : Optional.of("profile." + key + " must be a single text value, was '" + v + "'");
            case ENUM:
                if (v instanceof FactValue.Text t) {
                    return undeclared(f, List.of(t.value()), "one of");
                }
                return Optional.of("profile." + key + " must be one of " + String.join(", ", f.values()) + ", was '" + v + "'");
            case SET:
                if (v instanceof FactValue.Members m) {
                    return undeclared(f, m.members(), "any of");
                }
                if (v instanceof FactValue.Text t) {
                    return undeclared(f, List.of(t.value()), "a list of");
                }
                return Optional.of("profile." + key + " must be a list of " + String.join(", ", f.values()) + ", was '" + v + "'");
            default:
                return Optional.empty();
        }
    }

    /** Every stated value that is not a declared one, in one message, each with its nearest declared value. */
    private Optional<String> undeclared(ProfileFact f, Collection<String> stated, String expected) {
        Set<String> values = declared.get(f.key());
        boolean allDeclared = true;
        for (String x : stated) {
            // as declared (one look-up), or in another case or width (canonical folds it)
            allDeclared = allDeclared && (values.contains(x) || f.canonical(x).isPresent());
        }
        if (allDeclared) {
            return Optional.empty(); // the usual case, checked for every fact of every assessment: nothing to word
        }
        List<String> bad = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        for (String x : stated) {
            if (f.canonical(x).isEmpty()) {
                bad.add("'" + x + "'");
                Suggest.nearest(x, f.values()).ifPresent(n -> hints.add("'" + n + "'" + (stated.size() > 1 ? " for '" + x + "'" : "")));
            }
        }
        if (bad.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(", ", bad) + (bad.size() == 1 ? " is not a value" : " are not values") + " of profile."
                + f.key() + "; expected " + expected + " " + String.join(", ", f.values())
                + (hints.isEmpty() ? "" : " (did you mean " + String.join(", ", hints) + "?)"));
    }

    /**
     * The problem to report when an assessment names a checklist that is not among {@code known}:
     * located at its {@code checklist:} key, with the nearest known id as a suggestion.
     *
     * @param a     the assessment naming the checklist
     * @param known the ids of the checklists that are available
     * @return the problem, with no item
     */
    public static Problem unknownChecklist(SelfAssessment a, Collection<String> known) {
        int[] pos = a.position("checklist").orElse(new int[] {0, 0});
        String hint = Suggest.hint(a.checklistId(), known);
        return new Problem(a.source(), pos[0], pos[1], Optional.empty(), "unknown checklist '" + a.checklistId()
                + "'; known: " + String.join(", ", known) + (hint.isEmpty()
                        ? "; a sector checklist is loaded from its file or folder (--checklist-dir DIR on the command line)"
                        : hint));
    }
}
