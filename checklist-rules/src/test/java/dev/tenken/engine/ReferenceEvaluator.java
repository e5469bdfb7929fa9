package dev.tenken.engine;

import dev.tenken.checklist.Answer;
import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Condition;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Operator;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.SelfAssessment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SPEC sections 2, 3 and 5 (contract version 2) written again, plainly and apart from the
 * engine, as the oracle for property tests: item status and applicability, grade and score.
 * Conditions are three-valued here as {@code Boolean} with null for unknown.
 */
final class ReferenceEvaluator {
    record Result(List<String> statuses, List<String> applicability, String grade, int score) {
    }

    private ReferenceEvaluator() {
    }

    static Result evaluate(Checklist c, SelfAssessment a) {
        List<String> statuses = new ArrayList<>();
        List<String> applicability = new ArrayList<>();
        BigDecimal rc = BigDecimal.ZERO;
        BigDecimal rp = BigDecimal.ZERO;
        BigDecimal oc = BigDecimal.ZERO;
        BigDecimal op = BigDecimal.ZERO;
        boolean allRequiredMet = true;
        for (Item i : c.items().toList()) {
            String s = status(i, a);
            statuses.add(s);
            applicability.add(applicability(i, a, s));
            if (s.equals("not_applicable")) {
                continue;
            }
            BigDecimal credit = switch (s) {
                case "met" -> BigDecimal.ONE;
                case "partial" -> new BigDecimal("0.5");
                default -> BigDecimal.ZERO;
            };
            if (i.rank() == Rank.REQUIRED) {
                rc = rc.add(credit.multiply(i.weight()));
                rp = rp.add(i.weight());
                allRequiredMet &= s.equals("met");
            } else {
                oc = oc.add(credit.multiply(i.weight()));
                op = op.add(i.weight());
            }
        }
        // fractions compared by cross-multiplication, never divided
        boolean recommendedOk = op.signum() == 0 || oc.compareTo(c.grading().aRecommendedMin().multiply(op)) >= 0;
        String grade;
        if (allRequiredMet) {
            grade = recommendedOk ? "A" : "B";
        } else if (rc.compareTo(c.grading().cRequiredMin().multiply(rp)) >= 0) {
            grade = "C";
        } else if (rc.compareTo(c.grading().dRequiredMin().multiply(rp)) >= 0) {
            grade = "D";
        } else {
            grade = "E";
        }
        BigDecimal den = rp.multiply(BigDecimal.valueOf(3)).add(op);
        int score;
        if (den.signum() == 0) {
            score = 100;
        } else {
            // floor((200 * credit + den) / (2 * den)) is round-half-up of 100 * credit / den
            BigDecimal num = rc.multiply(BigDecimal.valueOf(3)).add(oc).multiply(BigDecimal.valueOf(200)).add(den);
            score = num.divide(den.multiply(BigDecimal.valueOf(2)), 0, RoundingMode.FLOOR).intValueExact();
        }
        return new Result(statuses, applicability, grade, score);
    }

    static String status(Item i, SelfAssessment a) {
        Map<String, FactValue> p = a.profile();
        if (i.appliesWhen().isPresent() && Boolean.FALSE.equals(value(i.appliesWhen().get(), p))) {
            return "not_applicable";
        }
        Answer ans = a.answers().get(i.id());
        boolean reason = ans != null && ans.note().isPresent() && !ans.note().get().isBlank();
        // a reasoned not_applicable overrides the checklist's applicability; a check decides only status
        if (ans != null && ans.status() == AnswerStatus.NOT_APPLICABLE && reason) {
            return "not_applicable";
        }
        Boolean check = i.check().isPresent() ? value(i.check().get(), p) : null;
        if (check != null) {
            return check ? "met" : "unmet";
        }
        if (ans == null || ans.status() == AnswerStatus.UNKNOWN || ans.status() == AnswerStatus.NOT_APPLICABLE) {
            return "unanswered";
        }
        return ans.status().key();
    }

    static String applicability(Item i, SelfAssessment a, String status) {
        Boolean applies = i.appliesWhen().isPresent() ? value(i.appliesWhen().get(), a.profile()) : Boolean.TRUE;
        if (Boolean.FALSE.equals(applies)) {
            return "excluded";
        }
        if (status.equals("not_applicable")) {
            return "declared";
        }
        return applies == null ? "assumed" : "applies";
    }

    /** SPEC section 2: true, false, or null when a fact the comparison needs is not given. */
    static Boolean value(Condition c, Map<String, FactValue> p) {
        if (c instanceof Condition.All all) {
            boolean unknown = false;
            for (Condition x : all.parts()) {
                Boolean v = value(x, p);
                if (Boolean.FALSE.equals(v)) {
                    return false;
                }
                unknown |= v == null;
            }
            return unknown ? null : true;
        }
        if (c instanceof Condition.Any any) {
            boolean unknown = false;
            for (Condition x : any.parts()) {
                Boolean v = value(x, p);
                if (Boolean.TRUE.equals(v)) {
                    return true;
                }
                unknown |= v == null;
            }
            return unknown ? null : false;
        }
        if (c instanceof Condition.Not not) {
            Boolean v = value(not.part(), p);
            return v == null ? null : !v;
        }
        Condition.Comparison k = (Condition.Comparison) c;
        if (k.operator() != Operator.EXISTS && !p.containsKey(k.fact())) {
            return null;
        }
        return holds(k, p);
    }

    /** Two-valued, as version 1 had it: a comparison on a missing fact is false. */
    static boolean holds(Condition c, Map<String, FactValue> p) {
        if (c instanceof Condition.All all) {
            return all.parts().stream().allMatch(x -> holds(x, p));
        }
        if (c instanceof Condition.Any any) {
            return any.parts().stream().anyMatch(x -> holds(x, p));
        }
        if (c instanceof Condition.Not not) {
            return !holds(not.part(), p);
        }
        Condition.Comparison k = (Condition.Comparison) c;
        FactValue v = p.get(k.fact());
        if (k.operator() == Operator.EXISTS) {
            return (v != null) == ((FactValue.Bool) k.operand()).value();
        }
        if (v == null) {
            return false;
        }
        switch (k.operator()) {
            case EQ:
                return v.equals(k.operand());
            case NE:
                return !v.equals(k.operand());
            case CONTAINS:
                return ((FactValue.Members) v).members().contains(((FactValue.Text) k.operand()).value());
            case GTE:
                return ((FactValue.Num) v).value().compareTo(((FactValue.Num) k.operand()).value()) >= 0;
            case LTE:
                return ((FactValue.Num) v).value().compareTo(((FactValue.Num) k.operand()).value()) <= 0;
            case IN: {
                Set<String> list = ((FactValue.Members) k.operand()).members();
                if (v instanceof FactValue.Members m) {
                    return m.members().stream().anyMatch(list::contains);
                }
                return list.contains(v.toString());
            }
            default:
                throw new IllegalStateException();
        }
    }
}
