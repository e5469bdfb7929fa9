package dev.tenken.bench;

import dev.tenken.checklist.Answer;
import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Condition;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.Operator;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.Severity;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.AssessmentCheck;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.Applicability;
import dev.tenken.checklist.report.Evaluation;
import dev.tenken.checklist.report.ItemStatus;
import dev.tenken.checklist.report.ReportBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The baseline of issue 7: SPEC sections 2–4 (contract version 2: three-valued conditions,
 * reasons for {@code not_applicable}) as one plain Java loop per assessment, with the conditions
 * compiled once into small predicate trees. It produces the same {@link Evaluation}
 * as the Drools engine, rule names included, so both paths feed the same report builder and a
 * test can demand byte-identical reports. It lives in the benchmark module only: it is a yardstick,
 * not a second engine.
 */
public final class PlainJavaEvaluator {
    private final Checklist checklist;
    private final Item[] items;
    private final Predicate[] appliesWhen;
    private final Predicate[] check;
    private final Predicate[] concernWhen;
    private final int[][] concernItems;
    private final Map<String, Integer> slots = new HashMap<>();
    private final ProfileFact[] slotFacts;
    private final AssessmentCheck validator;
    private final ReportBuilder reports;

    /** Three values of a condition (SPEC section 2): a comparison on a fact not given is unknown. */
    static final int FALSE = 0;
    static final int TRUE = 1;
    static final int UNKNOWN = 2;

    /** A compiled condition over the slot values of one profile: {@link #TRUE}, {@link #FALSE} or {@link #UNKNOWN}. */
    @FunctionalInterface
    interface Predicate {
        int test(Object[] values);
    }

    /** Compiles the checklist's conditions. */
    public PlainJavaEvaluator(Checklist checklist) {
        this.checklist = checklist;
        this.validator = AssessmentCheck.of(checklist);
        this.reports = ReportBuilder.of(checklist);
        this.items = checklist.items().toArray(Item[]::new);
        this.slotFacts = checklist.profile().toArray(ProfileFact[]::new);
        for (int i = 0; i < slotFacts.length; i++) {
            slots.put(slotFacts[i].key(), i);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < items.length; i++) {
            index.put(items[i].id(), i);
        }
        appliesWhen = new Predicate[items.length];
        check = new Predicate[items.length];
        for (int i = 0; i < items.length; i++) {
            appliesWhen[i] = items[i].appliesWhen().map(this::compile).orElse(null);
            check[i] = items[i].check().map(this::compile).orElse(null);
        }
        List<Concern> concerns = checklist.concerns();
        concernWhen = new Predicate[concerns.size()];
        concernItems = new int[concerns.size()][];
        for (int k = 0; k < concerns.size(); k++) {
            concernWhen[k] = concerns.get(k).when().map(this::compile).orElse(v -> TRUE);
            concernItems[k] = concerns.get(k).itemsNotMet().stream().mapToInt(index::get).toArray();
        }
    }

    /** The checklist this evaluator was compiled for. */
    public Checklist checklist() {
        return checklist;
    }

    /** What {@code TenkenEngine.assess} does, with this evaluator in place of Drools: validate, evaluate, grade. */
    public AssessmentReport assess(SelfAssessment a, Language language) throws TenkenException {
        List<Problem> problems = validator.problems(a);
        if (!problems.isEmpty()) {
            throw new TenkenException(TenkenException.Phase.ASSESSMENT, problems);
        }
        return reports.build(a, evaluate(a), language, java.time.LocalDate.now());
    }

    /** Evaluates an assessment already validated against the checklist. */
    public Evaluation evaluate(SelfAssessment a) {
        Object[] values = new Object[slotFacts.length];
        for (Map.Entry<String, FactValue> e : a.profile().entrySet()) {
            Integer slot = slots.get(e.getKey());
            if (slot != null) {
                values[slot] = plain(slotFacts[slot].normalise(e.getValue()));
            }
        }
        Map<String, Answer> answers = a.answers();
        int n = items.length;
        ItemStatus[] status = new ItemStatus[n];
        String[] statusRule = new String[n];
        Applicability[] applicability = new Applicability[n];
        boolean[] byCheck = new boolean[n];
        for (int i = 0; i < n; i++) {
            int applies = appliesWhen[i] == null ? TRUE : appliesWhen[i].test(values);
            int decided = check[i] == null ? UNKNOWN : check[i].test(values);
            applicability[i] = applies == TRUE ? Applicability.APPLIES : Applicability.ASSUMED;
            if (applies == FALSE) {
                status[i] = ItemStatus.NOT_APPLICABLE;
                statusRule[i] = "status: not applicable by applies_when";
                applicability[i] = Applicability.EXCLUDED;
            } else {
                Answer answer = answers.get(items[i].id());
                boolean na = answer != null && answer.status() == AnswerStatus.NOT_APPLICABLE;
                if (na && answer.hasReason()) {
                    // a reasoned not_applicable overrides applicability; a check decides only status
                    status[i] = ItemStatus.NOT_APPLICABLE;
                    statusRule[i] = "status: declared not applicable, with a reason";
                    applicability[i] = Applicability.DECLARED;
                } else if (decided != UNKNOWN) {
                    status[i] = decided == TRUE ? ItemStatus.MET : ItemStatus.UNMET;
                    statusRule[i] = "status: decided by check";
                    byCheck[i] = true;
                } else if (answer == null) {
                    status[i] = ItemStatus.UNANSWERED;
                    statusRule[i] = "status: unanswered";
                } else if (na) {
                    status[i] = ItemStatus.UNANSWERED;
                    statusRule[i] = "status: not applicable without a reason is unanswered";
                } else {
                    status[i] = fromAnswer(answer.status());
                    statusRule[i] = "status: from answer";
                }
            }
        }
        Severity[] severity = new Severity[n];
        List<List<String>> rules = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> r = new ArrayList<>(3);
            r.add(statusRule[i]);
            if (status[i].isShortfall()) {
                boolean required = items[i].rank() == Rank.REQUIRED;
                if (required) {
                    boolean high = status[i] != ItemStatus.PARTIAL;
                    severity[i] = high ? Severity.HIGH : Severity.MEDIUM;
                    r.add(high ? "severity: required unmet or unanswered is high" : "severity: required partial is medium");
                } else {
                    boolean medium = status[i] == ItemStatus.UNMET;
                    severity[i] = medium ? Severity.MEDIUM : Severity.LOW;
                    r.add(medium ? "severity: recommended unmet is medium" : "severity: recommended partial or unanswered is low");
                }
            }
            rules.add(r);
        }
        List<Evaluation.ConcernOutcome> raised = new ArrayList<>();
        List<List<Evaluation.Raise>> raises = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            raises.add(new ArrayList<>(1));
        }
        List<Concern> concerns = checklist.concerns();
        List<Integer> unknownConcerns = new ArrayList<>(0);
        for (int k = 0; k < concerns.size(); k++) {
            int when = concernWhen[k].test(values);
            if (when == UNKNOWN) {
                unknownConcerns.add(k);
            }
            if (when != TRUE || !allShortfall(concernItems[k], status)) {
                continue;
            }
            Concern c = concerns.get(k);
            raised.add(new Evaluation.ConcernOutcome(k, List.of("concern " + c.id())));
            if (c.raise()) {
                for (int i : concernItems[k]) {
                    Severity before = severity[i];
                    severity[i] = Severity.max(before, c.severity());
                    if (severity[i] != before) {
                        raises.get(i).add(Evaluation.Raise.byConcern(k, severity[i]));
                    }
                }
            }
        }
        List<Evaluation.ItemOutcome> outcomes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            outcomes.add(new Evaluation.ItemOutcome(status[i], Optional.ofNullable(severity[i]), rules.get(i), raises.get(i),
                    applicability[i], byCheck[i]));
        }
        return new Evaluation(outcomes, raised, unknownConcerns);
    }

    private static boolean allShortfall(int[] items, ItemStatus[] status) {
        for (int i : items) {
            if (!status[i].isShortfall()) {
                return false;
            }
        }
        return true;
    }

    private static ItemStatus fromAnswer(AnswerStatus s) {
        return switch (s) {
            case MET -> ItemStatus.MET;
            case PARTIAL -> ItemStatus.PARTIAL;
            case UNMET -> ItemStatus.UNMET;
            case NOT_APPLICABLE -> ItemStatus.NOT_APPLICABLE;
            case UNKNOWN -> ItemStatus.UNANSWERED;
        };
    }

    private Predicate compile(Condition c) {
        if (c instanceof Condition.All all) {
            Predicate[] parts = all.parts().stream().map(this::compile).toArray(Predicate[]::new);
            return v -> {
                int out = TRUE;
                for (Predicate p : parts) {
                    int x = p.test(v);
                    if (x == FALSE) {
                        return FALSE;
                    }
                    if (x == UNKNOWN) {
                        out = UNKNOWN;
                    }
                }
                return out;
            };
        }
        if (c instanceof Condition.Any any) {
            Predicate[] parts = any.parts().stream().map(this::compile).toArray(Predicate[]::new);
            return v -> {
                int out = FALSE;
                for (Predicate p : parts) {
                    int x = p.test(v);
                    if (x == TRUE) {
                        return TRUE;
                    }
                    if (x == UNKNOWN) {
                        out = UNKNOWN;
                    }
                }
                return out;
            };
        }
        if (c instanceof Condition.Not not) {
            Predicate part = compile(not.part());
            return v -> {
                int x = part.test(v);
                return x == UNKNOWN ? UNKNOWN : x == TRUE ? FALSE : TRUE;
            };
        }
        Condition.Comparison k = (Condition.Comparison) c;
        BooleanPredicate known = comparison(k);
        if (k.operator() == Operator.EXISTS) {
            return v -> known.test(v) ? TRUE : FALSE;
        }
        int slot = slots.get(k.fact());
        return v -> v[slot] == null ? UNKNOWN : known.test(v) ? TRUE : FALSE;
    }

    /** A two-valued comparison on a given fact. */
    @FunctionalInterface
    interface BooleanPredicate {
        boolean test(Object[] values);
    }

    /** One comparison, two-valued; {@link #compile} makes it unknown when its fact is not given. */
    private BooleanPredicate comparison(Condition.Comparison k) {
        int slot = slots.get(k.fact());
        Object operand = plain(k.operand());
        switch (k.operator()) {
            case EXISTS: {
                boolean wanted = (Boolean) operand;
                return v -> (v[slot] != null) == wanted;
            }
            case EQ:
                return v -> v[slot] != null && same(v[slot], operand);
            case NE:
                return v -> v[slot] != null && !same(v[slot], operand);
            case CONTAINS:
                return v -> v[slot] instanceof Set<?> s && s.contains(operand);
            case GTE:
                return v -> v[slot] instanceof BigDecimal x && x.compareTo((BigDecimal) operand) >= 0;
            case LTE:
                return v -> v[slot] instanceof BigDecimal x && x.compareTo((BigDecimal) operand) <= 0;
            case IN: {
                Set<?> list = (Set<?>) operand;
                List<BigDecimal> numbers = new ArrayList<>();
                for (Object m : list) {
                    try {
                        numbers.add(new BigDecimal((String) m));
                    } catch (NumberFormatException e) {
                        // not a number: only matches text
                    }
                }
                return v -> {
                    Object x = v[slot];
                    if (x == null) {
                        return false;
                    }
                    if (x instanceof Set<?> s) {
                        for (Object m : s) {
                            if (list.contains(m)) {
                                return true;
                            }
                        }
                        return false;
                    }
                    if (x instanceof BigDecimal d) {
                        for (BigDecimal m : numbers) {
                            if (d.compareTo(m) == 0) {
                                return true;
                            }
                        }
                        return false;
                    }
                    return list.contains(x.toString());
                };
            }
            default:
                throw new IllegalArgumentException("operator " + k.operator());
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }

    private static Object plain(FactValue v) {
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
}
