package dev.tenken.checklist;

import java.util.Locale;
import java.util.Optional;

/**
 * A comparison in a condition leaf ({@code {fact: staff.count, gte: 10}}).
 *
 * @since 0.1
 */
public enum Operator {
    /** Values are equal (sets as sets). */
    EQ,
    /** Values differ; false when the fact is not given. */
    NE,
    /** The value is one of the list; a set fact shares any member with it. */
    IN,
    /** A set fact has the member. */
    CONTAINS,
    /** A number is at least the operand. */
    GTE,
    /** A number is at most the operand. */
    LTE,
    /** The fact is given ({@code exists: true}) or not ({@code exists: false}). */
    EXISTS;

    /**
     * The key used in checklist files.
     *
     * @return the lower-case name, such as {@code gte}
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a key used in checklist files.
     *
     * @param key the key as written; matched exactly
     * @return the operator, or empty when {@code key} is not one of the keys
     */
    public static Optional<Operator> parse(String key) {
        for (Operator o : values()) {
            if (o.key().equals(key)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
