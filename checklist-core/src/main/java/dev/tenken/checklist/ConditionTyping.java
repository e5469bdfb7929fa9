package dev.tenken.checklist;

import dev.tenken.checklist.text.Suggest;
import dev.tenken.checklist.Condition.Comparison;
import java.util.ArrayList;
import java.util.List;

/**
 * The typing rules of SPEC section 2 for one comparison: which operators a fact type takes and
 * which operand values are allowed. The one place they are written; the loader reaches them
 * through {@link Condition.Comparison#typeProblems(ProfileFact)}.
 */
final class ConditionTyping {
    private ConditionTyping() {
    }

    /** Problems with using {@code c} on {@code fact}; empty when it is well typed. */
    static List<String> problems(Comparison c, ProfileFact fact) {
        List<String> out = new ArrayList<>();
        FactType type = fact.type();
        String op = c.operator().key();
        FactValue v = c.operand();
        switch (c.operator()) {
            case EXISTS -> {
                // any fact may be tested for presence
            }
            case GTE, LTE -> {
                if (type != FactType.NUMBER) {
                    out.add("'" + op + "' applies to number facts; '" + fact.key() + "' is " + type.key());
                }
            }
            case CONTAINS -> {
                if (type != FactType.SET) {
                    out.add("'contains' applies to set facts; '" + fact.key() + "' is " + type.key());
                } else {
                    checkMember(fact, ((FactValue.Text) v).value(), out);
                }
            }
            case IN -> {
                for (String m : ((FactValue.Members) v).members()) {
                    if (type == FactType.ENUM || type == FactType.SET) {
                        checkMember(fact, m, out);
                    } else if (type == FactType.NUMBER && !isNumber(m)) {
                        out.add("'" + m + "' is not a number; '" + fact.key() + "' is a number fact");
                    } else if (type == FactType.BOOLEAN && !m.equals("true") && !m.equals("false")) {
                        out.add("'" + m + "' is not true or false; '" + fact.key() + "' is a boolean fact");
                    }
                }
            }
            case EQ, NE -> {
                switch (type) {
                    case BOOLEAN -> {
                        if (!(v instanceof FactValue.Bool)) {
                            out.add("'" + op + "' on boolean fact '" + fact.key() + "' needs true or false, not '" + v + "'");
                        }
                    }
                    case NUMBER -> {
                        if (!(v instanceof FactValue.Num)) {
                            out.add("'" + op + "' on number fact '" + fact.key() + "' needs a number, not '" + v + "'");
                        }
                    }
                    case STRING -> {
                        if (!(v instanceof FactValue.Text)) {
                            out.add("'" + op + "' on string fact '" + fact.key() + "' needs a string, not '" + v + "'");
                        }
                    }
                    case ENUM -> {
                        if (v instanceof FactValue.Text t) {
                            checkMember(fact, t.value(), out);
                        } else {
                            out.add("'" + op + "' on enum fact '" + fact.key() + "' needs one of " + fact.values());
                        }
                    }
                    case SET -> {
                        if (v instanceof FactValue.Members m) {
                            m.members().forEach(x -> checkMember(fact, x, out));
                        } else {
                            out.add("'" + op + "' on set fact '" + fact.key() + "' needs a list of " + fact.values());
                        }
                    }
                }
            }
        }
        return out;
    }

    private static void checkMember(ProfileFact fact, String value, List<String> out) {
        if (!fact.values().contains(value)) {
            out.add("'" + value + "' is not a declared value of '" + fact.key() + "'; expected one of "
                    + String.join(", ", fact.values()) + Suggest.hint(value, fact.values()));
        }
    }

    private static boolean isNumber(String s) {
        try {
            new java.math.BigDecimal(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
