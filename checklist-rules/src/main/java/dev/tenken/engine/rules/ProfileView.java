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
     * A view of one assessment's profile; the engine makes it, rules only match it.
     *
     * @param checklistId the checklist assessed
     * @param facts       the profile as given, by key; copied
     */
    public ProfileView(String checklistId, Map<String, FactValue> facts) {
        this.checklistId = Objects.requireNonNull(checklistId, "checklistId");
        this.facts = Map.copyOf(facts);
    }

    /**
     * The id of the checklist assessed.
     *
     * @return the checklist id
     */
    public String getChecklistId() {
        return checklistId;
    }

    /**
     * Whether the profile gives this fact.
     *
     * @param key the fact key, such as {@code telework.methods}
     * @return true when the profile states a value for it
     */
    public boolean has(String key) {
        return facts.containsKey(key);
    }

    /**
     * A string or enum fact, or null when not given or of another type.
     *
     * @param key the fact key
     * @return the text, or null
     */
    public String text(String key) {
        return facts.get(key) instanceof FactValue.Text t ? t.value() : null;
    }

    /**
     * A number fact, or null when not given or of another type.
     *
     * @param key the fact key
     * @return the number, or null
     */
    public BigDecimal number(String key) {
        return facts.get(key) instanceof FactValue.Num n ? n.value() : null;
    }

    /**
     * A boolean fact, or null when not given or of another type.
     *
     * @param key the fact key
     * @return the value, or null
     */
    public Boolean flag(String key) {
        return facts.get(key) instanceof FactValue.Bool b ? b.value() : null;
    }

    /**
     * Whether a set fact has the member (a single text value counts as a one-member set).
     *
     * @param key    the fact key
     * @param member the value to look for, matched exactly
     * @return true when the fact is given and has {@code member}; false when it is not given
     */
    public boolean contains(String key, String member) {
        FactValue v = facts.get(key);
        if (v instanceof FactValue.Members m) {
            return m.members().contains(member);
        }
        return v instanceof FactValue.Text t && t.value().equals(member);
    }
}
