package dev.tenken.checklist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * Validates the declaration.
     *
     * @param key      dotted key, matching {@link Ids#FACT_KEY}
     * @param type     the value type
     * @param values   distinct allowed values (distinct also whatever their case, width or spaces): at least
     *                 one for {@link FactType#ENUM} and {@link FactType#SET}
     *                 facts, none for the others
     * @param question the question put to the organisation
     * @throws IllegalArgumentException if the key is malformed or the values do not suit the type
     */
    public ProfileFact {
        Ids.requireFactKey(key);
        key = key.intern(); // as Item's id: the JSON readers intern profile keys too
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
        if (values.stream().map(AnswerStatus::fold).distinct().count() != values.size()) {
            // stated values are matched whatever their case or width: two such values could not be told apart
            throw new IllegalArgumentException("fact '" + key + "': values that differ only in case, width or spaces "
                    + "cannot be told apart in answers; keep one of them");
        }
    }

    /**
     * A stated value as this fact's type wants it: declared values in their declared spelling
     * (see {@link #canonical(String)}), and a single text given for a set fact as a one-member set.
     *
     * @param value the value as stated
     * @return the normalised value; {@code value} itself when this fact declares no values or it is
     *         not text, and stated values matching no declared one kept as written
     */
    public FactValue normalise(FactValue value) {
        if (values.isEmpty()) {
            return value;
        }
        if (value instanceof FactValue.Text t) {
            String v = canonical(t.value()).orElse(t.value());
            return type == FactType.SET ? FactValue.of(java.util.Set.of(v)) : FactValue.of(v);
        }
        if (value instanceof FactValue.Members m) {
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            m.members().forEach(x -> out.add(canonical(x).orElse(x)));
            return FactValue.of(out);
        }
        return value;
    }

    /**
     * The declared value a stated one means, whatever its case or width ({@code BYOD} and
     * {@code ｂｙｏｄ} mean {@code byod}: Unicode NFKC, then lower case, as for answers); empty
     * when it matches no declared value.
     *
     * @param stated the value as written
     * @return the declared spelling, or empty
     */
    public Optional<String> canonical(String stated) {
        // declared values never fold alike (see the constructor), so an exact match is the answer
        for (String v : values) {
            if (v.equals(stated)) {
                return Optional.of(v);
            }
        }
        String folded = AnswerStatus.fold(stated);
        for (String v : values) {
            if (AnswerStatus.fold(v).equals(folded)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
