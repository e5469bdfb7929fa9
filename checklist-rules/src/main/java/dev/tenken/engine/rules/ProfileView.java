package dev.tenken.engine.rules;

import dev.tenken.checklist.FactValue;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The profile of the assessment being evaluated, read-only, for trusted rules.
 *
 * @since 0.1
 */
public final class ProfileView {
    private final String checklistId;
    private final Map<String, FactValue> facts;

    /**
     * @param checklistId the checklist assessed
     * @param facts       the profile as given
     */
    public ProfileView(String checklistId, Map<String, FactValue> facts) {
        this.checklistId = Objects.requireNonNull(checklistId, "checklistId");
        this.facts = Map.copyOf(facts);
    }

    /** The id of the checklist assessed. */
    public String getChecklistId() {
        return checklistId;
    }

    /** Whether the profile gives this fact. */
    public boolean has(String key) {
        return facts.containsKey(key);
    }

    /** A string or enum fact, or null when not given or of another type. */
    public String text(String key) {
        return facts.get(key) instanceof FactValue.Text t ? t.value() : null;
    }

    /** A number fact, or null. */
    public BigDecimal number(String key) {
        return facts.get(key) instanceof FactValue.Num n ? n.value() : null;
    }

    /** A boolean fact, or null. */
    public Boolean flag(String key) {
        return facts.get(key) instanceof FactValue.Bool b ? b.value() : null;
    }

    /** Whether a set fact has the member (a single text value counts as a one-member set). */
    public boolean contains(String key, String member) {
        FactValue v = facts.get(key);
        if (v instanceof FactValue.Members m) {
            return m.members().contains(member);
        }
        return v instanceof FactValue.Text t && t.value().equals(member);
    }
}
