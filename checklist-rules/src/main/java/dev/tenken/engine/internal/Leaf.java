package dev.tenken.engine.internal;

import dev.tenken.checklist.Condition;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.Operator;
import java.math.BigDecimal;
import java.util.Set;

/**
 * A compiled condition, evaluated to one of three values against the fact slots of one
 * assessment: a comparison on one slot, or {@code all}, {@code any} or {@code not} over other
 * leaves. Generated rules refer to leaves by index only, so no checklist text
 * ever reaches DRL, and one rule constraint stands for a whole condition however many
 * comparisons it holds (the rule source stays small whatever the checklist).
 */
final class Leaf {
    /** What a leaf tests. */
    enum Kind { COMPARE, ALL, ANY, NOT, UNDECIDED }

    /** Members of {@code in} longer than this are never read as numbers (the loader's own bound on number text). */
    private static final int MAX_NUMBER_LENGTH = 100;
    private final Kind kind;
    private final int slot;
    private final Operator operator;
    private final Object operand;
    /** For {@code in}: the members that read as numbers, parsed once, to compare with a number fact. */
    private final BigDecimal[] numbers;
    /** The parts of {@code all}, {@code any} and {@code not}. */
    private final Leaf[] parts;

    Leaf(int slot, Condition.Comparison c) {
        this.kind = Kind.COMPARE;
        this.slot = slot;
        this.operator = c.operator();
        this.operand = plain(c.operand());
        this.parts = null;
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

    /** {@code all}, {@code any} or {@code not} over {@code parts}; {@code slot} is any slot of the condition. */
    private Leaf(Kind kind, int slot, Leaf[] parts) {
        this.kind = kind;
        this.slot = slot;
        this.operator = null;
        this.operand = null;
        this.numbers = null;
        this.parts = parts;
    }

    /** {@code all}, {@code any} or {@code not} over the parts (one part for {@code not}). */
    static Leaf compound(Kind kind, Leaf[] parts) {
        if (kind == Kind.COMPARE || kind == Kind.UNDECIDED || parts.length == 0 || (kind == Kind.NOT && parts.length != 1)) {
            throw new IllegalArgumentException(kind + " over " + parts.length + " parts");
        }
        return new Leaf(kind, parts[0].slot, parts.clone());
    }

    /** Always {@code value}: {@code all} of nothing holds, {@code any} of nothing does not. */
    static Leaf constant(boolean value) {
        return new Leaf(value ? Kind.ALL : Kind.ANY, 0, new Leaf[0]);
    }

    /** Always unknown: the check of an item that has none, which never decides it. */
    static Leaf undecided() {
        return new Leaf(Kind.UNDECIDED, 0, new Leaf[0]);
    }

    int slot() {
        return slot;
    }

    /** The operator of a comparison; null for a compound leaf. */
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

    /** Three values of a condition (SPEC section 2, contract version 2). */
    static final byte FALSE = 0;
    static final byte TRUE = 1;
    /** A comparison on a fact the profile does not give, and what depends on it. */
    static final byte UNKNOWN = 2;

    /**
     * The value of this leaf for the slot values of one assessment: {@link #TRUE}, {@link #FALSE}
     * or {@link #UNKNOWN}. {@code all} is false if any part is false, true if every part is true,
     * else unknown; {@code any} the other way round; {@code not} of unknown is unknown; a
     * comparison on a fact not given is unknown, except {@code exists}, which tells given from
     * missing. Compound leaves recurse once per level of nesting, which the loader bounds (and
     * {@link CompiledChecklist} checks).
     */
    byte eval(Object[] values) {
        switch (kind) {
            case ALL: {
                byte out = TRUE;
                for (Leaf p : parts) {
                    byte x = p.eval(values);
                    if (x == FALSE) {
                        return FALSE;
                    }
                    if (x == UNKNOWN) {
                        out = UNKNOWN;
                    }
                }
                return out;
            }
            case ANY: {
                byte out = FALSE;
                for (Leaf p : parts) {
                    byte x = p.eval(values);
                    if (x == TRUE) {
                        return TRUE;
                    }
                    if (x == UNKNOWN) {
                        out = UNKNOWN;
                    }
                }
                return out;
            }
            case NOT: {
                byte x = parts[0].eval(values);
                return x == UNKNOWN ? UNKNOWN : x == TRUE ? FALSE : TRUE;
            }
            case UNDECIDED:
                return UNKNOWN;
            default:
                if (operator != Operator.EXISTS && values[slot] == null) {
                    return UNKNOWN;
                }
                return compare(values) ? TRUE : FALSE;
        }
    }

    /** One comparison on a given fact ({@code exists} on any). */
    private boolean compare(Object[] values) {
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
