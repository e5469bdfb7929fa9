package dev.tenken.checklist;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A typed value of a profile fact or a condition operand.
 *
 * @since 0.1
 */
public sealed interface FactValue {

    /** A boolean value. @param value the value */
    record Bool(boolean value) implements FactValue {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** A number, compared exactly. @param value the value */
    record Num(BigDecimal value) implements FactValue {
        /** Rejects null. */
        public Num {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Num n && n.value.compareTo(value) == 0;
        }

        @Override
        public int hashCode() {
            return value.stripTrailingZeros().hashCode();
        }

        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    /** A string, also used for enum values. @param value the value */
    record Text(String value) implements FactValue {
        /** Rejects null. */
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return value;
        }
    }

    /** A set of strings, in the order given. @param members the members */
    record Members(Set<String> members) implements FactValue {
        /** Copies the members, keeping their order. */
        public Members {
            members = Collections.unmodifiableSet(new LinkedHashSet<>(members));
        }

        @Override
        public String toString() {
            return members.toString();
        }
    }

    /** A boolean value. */
    static FactValue of(boolean value) {
        return new Bool(value);
    }

    /** A number. */
    static FactValue of(BigDecimal value) {
        return new Num(value);
    }

    /** A number. */
    static FactValue of(long value) {
        return new Num(BigDecimal.valueOf(value));
    }

    /** A string or enum value. */
    static FactValue of(String value) {
        return new Text(value);
    }

    /** A set of members. */
    static FactValue of(Set<String> members) {
        return new Members(members);
    }
}
