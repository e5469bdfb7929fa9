package dev.tenken.engine.internal;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.Severity;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.report.Evaluation;
import dev.tenken.checklist.report.ItemStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.tenken.engine.rules.ItemView;
import dev.tenken.engine.rules.ProfileView;
import dev.tenken.engine.rules.RuleConcern;
import dev.tenken.engine.rules.SeverityRaise;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** Runs one assessment through the rule base and reads the decided facts back. */
public final class Evaluator {
    /** A bound on rule firings per assessment, so a trusted rule that loops cannot hang a caller. */
    static final int MAX_FIRINGS = 1_000_000;

    private final KieBase kieBase;
    private final boolean trustedRules;

    /**
     * @param kieBase      the compiled rules
     * @param trustedRules whether hand-written rules were compiled in; only then are the
     *                     rule-facing facts of {@code dev.tenken.engine.rules} inserted
     */
    public Evaluator(KieBase kieBase, boolean trustedRules) {
        this.kieBase = kieBase;
        this.trustedRules = trustedRules;
    }

    /** Evaluates an assessment that has already been validated against its checklist. */
    public Evaluation evaluate(CompiledChecklist cc, SelfAssessment a) throws TenkenException {
        List<Item> items = cc.items();
        int n = items.size();
        ItemStatus[] status = new ItemStatus[n];
        String[] statusRule = new String[n];
        List<List<SeverityFact>> severities = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            severities.add(new ArrayList<>(2));
        }
        boolean[] concerns = new boolean[cc.concerns().size()];
        java.util.TreeMap<String, RuleConcern> ruleConcerns = new java.util.TreeMap<>();
        List<SeverityRaise> raises = new ArrayList<>();
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(cc.profileFacts(a));
            if (trustedRules) {
                session.insert(new ProfileView(cc.checklist().id(), a.profile()));
            }
            for (ItemFact f : cc.itemFacts()) {
                session.insert(f);
            }
            for (Map.Entry<String, dev.tenken.checklist.Answer> e : a.answers().entrySet()) {
                AnswerStatus s = e.getValue().status();
                session.insert(new AnswerFact(cc.itemIndex(e.getKey()), s));
            }
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (trustedRules && fired < MAX_FIRINGS) {
                // second phase: trusted rules see every item with its decided status
                for (Object o : new ArrayList<>(session.getObjects(x -> x instanceof StatusFact))) {
                    StatusFact s = (StatusFact) o;
                    Item item = items.get(s.getItem());
                    session.insert(new ItemView(item.id(), cc.categoryOf(item.id()), item.rank(), s.getStatus()));
                }
                fired += session.fireAllRules(MAX_FIRINGS);
            }
            if (fired >= MAX_FIRINGS) {
                throw new TenkenException(TenkenException.Phase.RULES, List.of(Problem.at(a.source(), 0, 0,
                        "rules fired " + MAX_FIRINGS + " times without settling; a trusted rule probably loops")));
            }
            for (Object o : session.getObjects()) {
                if (o instanceof StatusFact s) {
                    if (status[s.getItem()] != null) {
                        // the rules are written so that exactly one status rule fires per item
                        throw new IllegalStateException("item '" + items.get(s.getItem()).id() + "' got two statuses: "
                                + statusRule[s.getItem()] + " and " + s.getRule());
                    }
                    status[s.getItem()] = s.getStatus();
                    statusRule[s.getItem()] = s.getRule();
                } else if (o instanceof SeverityFact s) {
                    severities.get(s.getItem()).add(s);
                } else if (o instanceof ConcernFact c) {
                    concerns[c.getConcern()] = true;
                } else if (o instanceof RuleConcern rc) {
                    ruleConcerns.merge(rc.getId(), rc, (x, y) -> x.getRule().compareTo(y.getRule()) <= 0 ? x : y);
                } else if (o instanceof SeverityRaise sr) {
                    raises.add(sr);
                }
            }
        } finally {
            session.dispose();
        }
        List<Evaluation.ItemOutcome> outcomes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ItemStatus s = status[i] == null ? ItemStatus.UNANSWERED : status[i];
            List<String> rules = new ArrayList<>(3);
            rules.add(statusRule[i] == null ? "status: unanswered" : statusRule[i]);
            Optional<Severity> severity = Optional.empty();
            if (s.isShortfall()) {
                List<SeverityFact> given = severities.get(i);
                given.sort(Comparator.comparingInt(SeverityFact::getConcern).thenComparing(SeverityFact::getRule));
                Severity sev = null;
                for (SeverityFact f : given) {
                    Severity before = sev;
                    sev = sev == null ? f.getSeverity() : Severity.max(sev, f.getSeverity());
                    if (f.getConcern() < 0) {
                        rules.add(f.getRule());
                    } else if (before != null && sev != before) {
                        Concern c = cc.concerns().get(f.getConcern());
                        rules.add("concern " + c.id() + ": severity raised to " + sev.key() + " because " + c.title().en());
                    }
                }
                for (SeverityRaise sr : raisesFor(raises, items.get(i).id())) {
                    if (sev != null && Severity.max(sev, sr.getSeverity()) != sev) {
                        sev = sr.getSeverity();
                        rules.add(sr.getRule() + ": severity raised to " + sev.key() + " because " + sr.getReason());
                    }
                }
                severity = Optional.ofNullable(sev);
            }
            outcomes.add(new Evaluation.ItemOutcome(s, severity, rules));
        }
        List<Evaluation.ConcernOutcome> raised = new ArrayList<>();
        for (int k = 0; k < concerns.length; k++) {
            if (concerns[k]) {
                raised.add(new Evaluation.ConcernOutcome(k, List.of("concern " + cc.concerns().get(k).id())));
            }
        }
        List<Evaluation.RuleFinding> ruleFindings = new ArrayList<>();
        for (RuleConcern rc : ruleConcerns.values()) {
            ruleFindings.add(new Evaluation.RuleFinding(rc.getId(), rc.getSeverity(), rc.getTitle(), rc.getRemediation(),
                    List.of(rc.getRule())));
        }
        return new Evaluation(outcomes, raised, ruleFindings);
    }

    /** Raises for one item, most urgent first, so each raise that applies is named once. */
    private static List<SeverityRaise> raisesFor(List<SeverityRaise> raises, String itemId) {
        List<SeverityRaise> out = new ArrayList<>();
        for (SeverityRaise r : raises) {
            if (r.getItemId().equals(itemId)) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparing(SeverityRaise::getSeverity).reversed().thenComparing(SeverityRaise::getRule));
        return out;
    }
}
