package dev.tenken.checklist.load;

import dev.tenken.checklist.Ids;
import dev.tenken.checklist.text.Suggest;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Condition;
import dev.tenken.checklist.FactType;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.LocalizedText;
import dev.tenken.checklist.Operator;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.Severity;
import dev.tenken.checklist.SourceRef;
import dev.tenken.checklist.load.Node.MapNode;
import dev.tenken.checklist.load.Node.Scalar;
import dev.tenken.checklist.load.Node.ScalarKind;
import dev.tenken.checklist.load.RawChecklist.FactUse;
import dev.tenken.checklist.load.RawChecklist.GradingOverrides;
import dev.tenken.checklist.load.RawChecklist.Located;
import dev.tenken.checklist.load.RawChecklist.RankChange;
import dev.tenken.checklist.load.RawChecklist.RawCategory;
import dev.tenken.checklist.load.RawChecklist.Tailor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Binds the structured conditions of SPEC section 2 ({@code all}, {@code any}, {@code not} and
 * comparisons on facts) and records each comparison with its position, so that it can be
 * type-checked once the checklist's profile is resolved (inherited facts included).
 */
final class ConditionBinder {
    private static final Set<String> COMBINATORS = Set.of("all", "any", "not");
    private static final int MAX_CONDITION_DEPTH = 16;

    private final Binder b;
    private final List<FactUse> factUses = new ArrayList<>();
    /** Comparisons in the condition being bound. */
    private int inCondition;
    /** Whether the condition being bound went over a limit: the rest of it is skipped. */
    private boolean tooMany;
    /** Whether the per-checklist limit has been reported. */
    private boolean checklistFull;

    ConditionBinder(Binder binder) {
        this.b = binder;
    }

    /** Every comparison bound so far, in document order. */
    List<FactUse> factUses() {
        return List.copyOf(factUses);
    }

    /** Binds {@code n} as the condition of {@code owner} (an item or concern id). */
    Optional<Condition> bind(Node n, String owner) {
        inCondition = 0;
        tooMany = false;
        Optional<Condition> c = condition(n, owner, 0);
        if (tooMany) {
            if (factUses.size() >= ChecklistBinder.MAX_COMPARISONS_PER_CHECKLIST) {
                if (!checklistFull) {
                    checklistFull = true;
                    b.problem(n, "the checklist has more than " + ChecklistBinder.MAX_COMPARISONS_PER_CHECKLIST
                            + " comparisons in its conditions (the limit); this condition and the ones after it are not read");
                }
            } else {
                b.problem(n, "this condition has more than " + ChecklistBinder.MAX_COMPARISONS_PER_CONDITION
                        + " comparisons; the limit is " + ChecklistBinder.MAX_COMPARISONS_PER_CONDITION);
            }
            return Optional.empty();
        }
        return c;
    }

    /** Binds a condition; records each comparison for type checking against the resolved profile. */
    private Optional<Condition> condition(Node n, String owner, int depth) {
        if (depth > MAX_CONDITION_DEPTH) {
            b.problem(n, "condition nested deeper than " + MAX_CONDITION_DEPTH + " levels");
            return Optional.empty();
        }
        Optional<MapNode> om = b.map(n, "a condition");
        if (om.isEmpty()) {
            return Optional.empty();
        }
        MapNode m = om.get();
        if (m.entries().containsKey("fact")) {
            return comparison(m, owner);
        }
        if (m.entries().size() != 1) {
            b.problem(m, "a condition has exactly one of all, any, not, or 'fact' with one operator; found "
                    + m.entries().keySet());
            return Optional.empty();
        }
        Node.Entry e = m.entries().values().iterator().next();
        switch (e.key()) {
            case "all":
            case "any": {
                Optional<Node.ListNode> l = b.list(e.value(), "'" + e.key() + "'");
                if (l.isEmpty()) {
                    return Optional.empty();
                }
                if (l.get().items().isEmpty()) {
                    b.problem(e.value(), "'" + e.key() + "' needs at least one condition");
                    return Optional.empty();
                }
                List<Condition> parts = new ArrayList<>();
                boolean ok = true;
                for (Node p : l.get().items()) {
                    if (tooMany) {
                        return Optional.empty();
                    }
                    Optional<Condition> c = condition(p, owner, depth + 1);
                    ok &= c.isPresent();
                    c.ifPresent(parts::add);
                }
                if (!ok) {
                    return Optional.empty();
                }
                return Optional.of(e.key().equals("all") ? new Condition.All(parts) : new Condition.Any(parts));
            }
            case "not":
                return condition(e.value(), owner, depth + 1).map(Condition.Not::new);
            default: {
                Set<String> known = new HashSet<>(COMBINATORS);
                known.add("fact");
                b.problem(e.line(), e.column(), "unknown condition '" + e.key() + "'; expected all, any, not or fact"
                        + Suggest.hint(e.key(), known));
                return Optional.empty();
            }
        }
    }

    private Optional<Condition> comparison(MapNode m, String owner) {
        if (++inCondition > ChecklistBinder.MAX_COMPARISONS_PER_CONDITION
                || factUses.size() >= ChecklistBinder.MAX_COMPARISONS_PER_CHECKLIST) {
            tooMany = true;
            return Optional.empty();
        }
        Optional<String> fact = b.get(m, "fact").flatMap(f -> b.string(f, "fact"));
        List<Node.Entry> ops = m.entries().values().stream().filter(e -> !e.key().equals("fact")).toList();
        if (ops.size() != 1) {
            b.problem(m, "a comparison on 'fact' needs exactly one operator (eq, ne, in, contains, gte, lte, exists); found "
                    + (ops.isEmpty() ? "none" : ops.stream().map(Node.Entry::key).toList()));
            return Optional.empty();
        }
        Node.Entry op = ops.get(0);
        Optional<Operator> operator = Operator.parse(op.key());
        if (operator.isEmpty()) {
            b.problem(op.line(), op.column(), "unknown operator '" + op.key() + "'; expected eq, ne, in, contains, gte, lte or exists"
                    + Suggest.hint(op.key(), Arrays.stream(Operator.values()).map(Operator::key).toList()));
            return Optional.empty();
        }
        Optional<FactValue> operand = operand(operator.get(), op.value());
        if (fact.isEmpty() || operand.isEmpty()) {
            return Optional.empty();
        }
        if (!Ids.FACT_KEY.matcher(fact.get()).matches() || fact.get().length() > Ids.MAX_LENGTH) {
            b.problem(m, "fact key '" + fact.get() + "' must match " + Ids.FACT_KEY.pattern());
            return Optional.empty();
        }
        Condition.Comparison c = new Condition.Comparison(fact.get(), operator.get(), operand.get());
        factUses.add(new FactUse(owner, c, m.line(), m.column()));
        return Optional.of(c);
    }

    private Optional<FactValue> operand(Operator op, Node v) {
        switch (op) {
            case EXISTS:
                return b.bool(v, "'exists'").map(FactValue::of);
            case GTE:
            case LTE:
                return b.number(v, "'" + op.key() + "'").map(FactValue::of);
            case CONTAINS:
                return scalarText(v, "'contains'").map(FactValue::of);
            case IN: {
                Optional<Node.ListNode> l = b.list(v, "'in'");
                if (l.isEmpty()) {
                    return Optional.empty();
                }
                if (l.get().items().isEmpty()) {
                    b.problem(v, "'in' needs at least one value");
                    return Optional.empty();
                }
                List<String> members = new ArrayList<>();
                for (Node x : l.get().items()) {
                    scalarText(x, "each value of 'in'").ifPresent(members::add);
                }
                return members.size() == l.get().items().size()
                        ? Optional.of(FactValue.of(new LinkedHashSet<>(members))) : Optional.empty();
            }
            default: { // EQ, NE
                if (v instanceof Node.ListNode l) {
                    List<String> members = new ArrayList<>();
                    for (Node x : l.items()) {
                        scalarText(x, "each value of '" + op.key() + "'").ifPresent(members::add);
                    }
                    return members.size() == l.items().size()
                            ? Optional.of(FactValue.of(new LinkedHashSet<>(members))) : Optional.empty();
                }
                if (v instanceof Scalar s) {
                    switch (s.kind()) {
                        case BOOLEAN:
                            return b.bool(v, "value").map(FactValue::of);
                        case INTEGER:
                        case DECIMAL:
                            return b.number(v, "value").map(FactValue::of);
                        case STRING:
                            return Optional.of(FactValue.of(s.text()));
                        default:
                            break;
                    }
                }
                b.problem(v, "'" + op.key() + "' needs a value, found " + v.shape());
                return Optional.empty();
            }
        }
    }

    private Optional<String> scalarText(Node v, String what) {
        if (v instanceof Scalar s && s.kind() != ScalarKind.NULL) {
            return Optional.of(s.text());
        }
        b.problem(v, what + " must be a single value, found " + v.shape());
        return Optional.empty();
    }

}
