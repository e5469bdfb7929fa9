package dev.tenken.checklist;

import java.util.List;
import java.util.Objects;

/**
 * A fact an organisation states about itself (telework methods, device ownership, ...),
 * declared by a checklist so that conditions can test it.
 *
 * @param key      dotted key, such as {@code telework.methods}
 * @param type     the value type
 * @param values   allowed values for {@link FactType#ENUM} and {@link FactType#SET} facts; empty otherwise
 * @param question the question put to the organisation
 * @since 0.1
 */
public record ProfileFact(String key, FactType type, List<String> values, LocalizedText question) {

    /** Validates the declaration. */
    public ProfileFact {
        Ids.requireFactKey(key);
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
        Objects.requireNonNull(question, "question");
        boolean enumerated = type == FactType.ENUM || type == FactType.SET;
        if (enumerated && values.isEmpty()) {
            throw new IllegalArgumentException("fact '" + key + "': " + type.key() + " facts need values");
        }
        if (!enumerated && !values.isEmpty()) {
            throw new IllegalArgumentException("fact '" + key + "': only enum and set facts take values");
        }
        if (values.stream().distinct().count() != values.size()) {
            throw new IllegalArgumentException("fact '" + key + "': duplicate values");
        }
    }

    /** A stated value as this fact's type wants it: a single text given for a set fact becomes a one-member set. */
    public FactValue normalise(FactValue value) {
        if (type == FactType.SET && value instanceof FactValue.Text t) {
            return FactValue.of(java.util.Set.of(t.value()));
        }
        return value;
    }
}
