package dev.tenken.engine.internal;

import dev.tenken.checklist.Condition;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.Operator;
import java.math.BigDecimal;
import java.util.Set;

/**
 * One comparison of a condition, compiled against a fact slot. Generated rules refer to leaves
 * by index only, so no checklist text ever reaches DRL.
 */
final class Leaf {
    /** Members of {@code in} longer than this are never read as numbers (the loader's own bound on number text). */
    private static final int MAX_NUMBER_LENGTH = 100;
    private final int slot;
    private final Operator operator;
    private final Object operand;
    /** For {@code in}: the members that read as numbers, parsed once, to compare with a number fact. */
    private final BigDecimal[] numbers;

    Leaf(int slot, Condition.Comparison c) {
        this.slot = slot;
        this.operator = c.operator();
        this.operand = plain(c.operand());
        java.util.List<BigDecimal> parsed = new java.util.ArrayList<>();
        if (operand instanceof Set<?> members) {
            for (Object m : members) {
                String text = (String) m;
                if (text.length() > MAX_NUMBER_LENGTH) {
                    continue; // no number fact is this long: the loader bounds every number
                }
                try {
                    BigDecimal n = new BigDecimal(text);
                    if (FactValue.Num.inRange(n)) {
                        parsed.add(n); // one outside the bounds can never equal a number fact
                    }
                } catch (NumberFormatException e) {
                    // text, not a number: matches text facts only
                }
            }
        }
        this.numbers = parsed.toArray(new BigDecimal[0]);
    }

    int slot() {
        return slot;
    }

    Operator operator() {
        return operator;
    }

    /** The Java value a profile value is held as: Boolean, BigDecimal, String or Set of String. */
    static Object plain(FactValue v) {
        if (v instanceof FactValue.Bool b) {
            return b.value();
        }
        if (v instanceof FactValue.Num n) {
            return n.value();
        }
        if (v instanceof FactValue.Text t) {
            return t.value();
        }
        return Set.copyOf(((FactValue.Members) v).members());
    }

    /** SPEC section 2: a comparison on a fact that is not given is false; {@code exists} tells the difference. */
    boolean test(Object[] values) {
        Object v = values[slot];
        if (operator == Operator.EXISTS) {
            return (v != null) == (Boolean) operand;
        }
        if (v == null) {
            return false;
        }
        switch (operator) {
            case EQ:
                return same(v, operand);
            case NE:
                return !same(v, operand);
            case CONTAINS:
                return v instanceof Set<?> s && s.contains(operand);
            case GTE:
                return v instanceof BigDecimal n && n.compareTo((BigDecimal) operand) >= 0;
            case LTE:
                return v instanceof BigDecimal n && n.compareTo((BigDecimal) operand) <= 0;
            case IN: {
                Set<?> list = (Set<?>) operand;
                if (v instanceof Set<?> s) {
                    for (Object m : s) {
                        if (list.contains(m)) {
                            return true;
                        }
                    }
                    return false;
                }
                if (v instanceof BigDecimal n) {
                    for (BigDecimal m : numbers) {
                        if (n.compareTo(m) == 0) {
                            return true;
                        }
                    }
                    return false;
                }
                return list.contains(v.toString());
            }
            default:
                return false;
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }
}
