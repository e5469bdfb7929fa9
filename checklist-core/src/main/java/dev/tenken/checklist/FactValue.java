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

    /**
     * A boolean value.
     *
     * @param value the value
     */
    record Bool(boolean value) implements FactValue {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /**
     * A number, compared exactly. Numbers are bounded so that no arithmetic or printing on them
     * can take unbounded time or memory: see {@link #MAX_MAGNITUDE} and {@link #MAX_DECIMAL_PLACES}.
     *
     * @param value the value, within the bounds
     */
    record Num(BigDecimal value) implements FactValue {
        /**
         * The largest magnitude of any number Tenken accepts (10^15): far above any count a
         * profile states (staff, devices) and any weight, yet small enough that sums of
         * millions of weights stay exact and cheap.
         */
        public static final BigDecimal MAX_MAGNITUDE = BigDecimal.ONE.scaleByPowerOfTen(15);
        /** The most decimal places any number Tenken accepts may have (10); trailing zeros do not count. */
        public static final int MAX_DECIMAL_PLACES = 10;
        /** The bounds in words, for messages. */
        public static final String RANGE_WORDS = "numbers must be between -10^15 and 10^15 with at most "
                + MAX_DECIMAL_PLACES + " decimal places";

        /**
         * Rejects null and numbers out of range; keeps the scale within bounds.
         *
         * @param value the value, within {@link #MAX_MAGNITUDE} and {@link #MAX_DECIMAL_PLACES}
         * @throws IllegalArgumentException if the value is out of range
         */
        public Num {
            value = requireInRange("number", value);
        }

        /**
         * Whether {@code v} lies within the bounds; cheap whatever its scale.
         *
         * @param v the number to test; not null
         * @return true when its magnitude is at most {@link #MAX_MAGNITUDE} and it has at most
         *         {@link #MAX_DECIMAL_PLACES} decimal places, trailing zeros aside
         */
        public static boolean inRange(BigDecimal v) {
            if (v.signum() == 0) {
                return true;
            }
            // precision - scale - 1 is the exponent of the leading digit; compare it before any arithmetic
            long leading = (long) v.precision() - v.scale() - 1;
            if (leading > 15 || leading < -MAX_DECIMAL_PLACES - 1) {
                return false;
            }
            if (v.abs().compareTo(MAX_MAGNITUDE) > 0) {
                return false;
            }
            return v.scale() <= MAX_DECIMAL_PLACES || v.stripTrailingZeros().scale() <= MAX_DECIMAL_PLACES;
        }

        /**
         * {@code v} with a scale between 0 and {@link #MAX_DECIMAL_PLACES} plus its trailing
         * zeros, when it lies within the bounds; otherwise an {@link IllegalArgumentException}
         * naming {@code what}.
         *
         * @param what what the number is, for the message, such as {@code weight}
         * @param v    the number to check
         * @return {@code v}, rescaled as described
         * @throws IllegalArgumentException if {@code v} is out of range
         */
        public static BigDecimal requireInRange(String what, BigDecimal v) {
            Objects.requireNonNull(v, what);
            if (!inRange(v)) {
                throw new IllegalArgumentException(what + " is out of range: " + RANGE_WORDS);
            }
            if (v.signum() == 0) {
                return BigDecimal.ZERO;
            }
            if (v.scale() < 0) {
                return v.setScale(0);
            }
            return v.scale() > MAX_DECIMAL_PLACES ? v.stripTrailingZeros() : v;
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

    /**
     * A string, also used for enum values.
     *
     * @param value the value
     */
    record Text(String value) implements FactValue {
        /**
         * Rejects null.
         *
         * @param value the value
         */
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return value;
        }
    }

    /**
     * A set of strings, in the order given.
     *
     * @param members the members
     */
    record Members(Set<String> members) implements FactValue {
        /**
         * Copies the members, keeping their order.
         *
         * @param members the members; the copy is unmodifiable
         */
        public Members {
            members = Collections.unmodifiableSet(new LinkedHashSet<>(members));
        }

        @Override
        public String toString() {
            return members.toString();
        }
    }

    /**
     * A boolean value.
     *
     * @param value the value
     * @return a {@link Bool}
     */
    static FactValue of(boolean value) {
        return new Bool(value);
    }

    /**
     * A number.
     *
     * @param value the value, within the bounds of {@link Num}
     * @return a {@link Num}
     * @throws IllegalArgumentException if the value is out of range
     */
    static FactValue of(BigDecimal value) {
        return new Num(value);
    }

    /**
     * A number.
     *
     * @param value the value, at most 10^15 in magnitude
     * @return a {@link Num}
     * @throws IllegalArgumentException if the value is out of range
     */
    static FactValue of(long value) {
        return new Num(BigDecimal.valueOf(value));
    }

    /**
     * A string or enum value.
     *
     * @param value the value; not null
     * @return a {@link Text}
     */
    static FactValue of(String value) {
        return new Text(value);
    }

    /**
     * A set of members.
     *
     * @param members the members, kept in iteration order
     * @return a {@link Members}
     */
    static FactValue of(Set<String> members) {
        return new Members(members);
    }
}
