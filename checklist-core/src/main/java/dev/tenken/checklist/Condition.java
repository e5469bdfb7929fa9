package dev.tenken.checklist;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A structured condition over profile facts: {@code all}, {@code any}, {@code not} and
 * comparisons. Conditions are data, never code; the rules engine compiles them.
 *
 * @since 0.1
 */
public sealed interface Condition {

    /**
     * Holds when every part holds.
     *
     * @param parts at least one condition
     */
    record All(List<Condition> parts) implements Condition {
        /**
         * Copies and checks the parts.
         *
         * @param parts at least one condition
         * @throws IllegalArgumentException if {@code parts} is empty
         */
        public All {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("'all' needs at least one condition");
            }
        }
    }

    /**
     * Holds when some part holds.
     *
     * @param parts at least one condition
     */
    record Any(List<Condition> parts) implements Condition {
        /**
         * Copies and checks the parts.
         *
         * @param parts at least one condition
         * @throws IllegalArgumentException if {@code parts} is empty
         */
        public Any {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("'any' needs at least one condition");
            }
        }
    }

    /**
     * Holds when the part does not.
     *
     * @param part the negated condition
     */
    record Not(Condition part) implements Condition {
        /**
         * Rejects null.
         *
         * @param part the negated condition
         */
        public Not {
            Objects.requireNonNull(part, "part");
        }
    }

    /**
     * Compares a profile fact with an operand.
     *
     * @param fact     the declared fact key
     * @param operator the comparison
     * @param operand  the operand: a list operand of {@code in} is a {@link FactValue.Members};
     *                 {@code exists} takes a {@link FactValue.Bool}
     */
    record Comparison(String fact, Operator operator, FactValue operand) implements Condition {
        /**
         * Checks the key and that the operand suits the operator.
         *
         * @param fact     the declared fact key, matching {@link Ids#FACT_KEY}
         * @param operator the comparison
         * @param operand  the operand: a {@link FactValue.Bool} for {@code exists}, a {@link FactValue.Members}
         *                 for {@code in}, a {@link FactValue.Text} for {@code contains}, a {@link FactValue.Num}
         *                 for {@code gte} and {@code lte}, any value for {@code eq} and {@code ne}
         * @throws IllegalArgumentException if the key is malformed or the operand does not suit the operator
         */
        public Comparison {
            Ids.requireFactKey(fact);
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(operand, "operand");
            boolean ok = switch (operator) {
                case EXISTS -> operand instanceof FactValue.Bool;
                case IN -> operand instanceof FactValue.Members;
                case CONTAINS -> operand instanceof FactValue.Text;
                case GTE, LTE -> operand instanceof FactValue.Num;
                case EQ, NE -> true;
            };
            if (!ok) {
                throw new IllegalArgumentException("'" + operator.key() + "' cannot take " + operand);
            }
        }

        /**
         * What is wrong with applying this comparison to {@code fact} under SPEC section 2 (the
         * operator must suit the fact's type, values must be declared ones); empty when it is well typed.
         *
         * @param fact the declaration of the fact this comparison tests
         * @return plain-language problems, empty when the comparison is well typed
         */
        public List<String> typeProblems(ProfileFact fact) {
            return ConditionTyping.problems(this, fact);
        }
    }

    /**
     * Visits every comparison in this condition, depth first, in order. Iterative, so that a
     * condition built in Java however deeply nested cannot overflow the stack here.
     *
     * @param action called once for each comparison
     */
    default void forEachComparison(Consumer<Comparison> action) {
        Deque<Condition> stack = new ArrayDeque<>();
        stack.push(this);
        while (!stack.isEmpty()) {
            Condition c = stack.pop();
            if (c instanceof All a) {
                pushReversed(stack, a.parts());
            } else if (c instanceof Any a) {
                pushReversed(stack, a.parts());
            } else if (c instanceof Not n) {
                stack.push(n.part());
            } else {
                action.accept((Comparison) c);
            }
        }
    }

    private static void pushReversed(Deque<Condition> stack, List<Condition> parts) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            stack.push(parts.get(i));
        }
    }
}
