package dev.tenken.checklist.internal;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.SelfAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks a self-assessment against its checklist (SPEC section 3): nothing unknown is skipped silently. */
public final class AssessmentValidator {
    private final Checklist checklist;
    private final Map<String, ProfileFact> facts;
    private final Set<String> ids;

    private AssessmentValidator(Checklist checklist) {
        this.checklist = checklist;
        this.facts = checklist.factsByKey();
        this.ids = checklist.itemsById().keySet();
    }

    /** A validator for one checklist, with its lookups built once: keep it when validating many assessments. */
    public static AssessmentValidator of(Checklist checklist) {
        return new AssessmentValidator(checklist);
    }

    /** Every problem; empty when the assessment fits the checklist. */
    public static List<Problem> problems(Checklist checklist, SelfAssessment a) {
        return of(checklist).problems(a);
    }

    /** Every problem; empty when the assessment fits this validator's checklist. */
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

    private static Optional<String> typeProblem(ProfileFact f, FactValue v) {
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
                    return f.values().contains(t.value()) ? Optional.empty()
                            : Optional.of("'" + t.value() + "' is not a value of profile." + key + "; expected one of "
                                    + String.join(", ", f.values()) + Suggest.hint(t.value(), f.values()));
                }
                return Optional.of("profile." + key + " must be one of " + String.join(", ", f.values()) + ", was '" + v + "'");
            case SET:
                if (v instanceof FactValue.Members m) {
                    for (String x : m.members()) {
                        if (!f.values().contains(x)) {
                            return Optional.of("'" + x + "' is not a value of profile." + key + "; expected any of "
                                    + String.join(", ", f.values()) + Suggest.hint(x, f.values()));
                        }
                    }
                    return Optional.empty();
                }
                if (v instanceof FactValue.Text t) {
                    return f.values().contains(t.value()) ? Optional.empty()
                            : Optional.of("'" + t.value() + "' is not a value of profile." + key + "; expected a list of "
                                    + String.join(", ", f.values()) + Suggest.hint(t.value(), f.values()));
                }
                return Optional.of("profile." + key + " must be a list of " + String.join(", ", f.values()) + ", was '" + v + "'");
            default:
                return Optional.empty();
        }
    }

    /** The value as the checklist's type wants it: a single text for a set fact becomes a one-member set. */
    public static FactValue normalise(ProfileFact f, FactValue v) {
        if (f.type() == dev.tenken.checklist.FactType.SET && v instanceof FactValue.Text t) {
            return FactValue.of(Set.of(t.value()));
        }
        return v;
    }
}
