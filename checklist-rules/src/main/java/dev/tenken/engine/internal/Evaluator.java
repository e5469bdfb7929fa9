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
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** Runs one assessment through the rule base and reads the decided facts back. */
public final class Evaluator {
    /** A bound on rule firings per assessment, so a trusted rule that loops cannot hang a caller. */
    static final int MAX_FIRINGS = 1_000_000;

    private final KieBase kieBase;

    /** @param kieBase the compiled rules */
    public Evaluator(KieBase kieBase) {
        this.kieBase = kieBase;
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
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(cc.profileFacts(a));
            for (ItemFact f : cc.itemFacts()) {
                session.insert(f);
            }
            for (Map.Entry<String, dev.tenken.checklist.Answer> e : a.answers().entrySet()) {
                AnswerStatus s = e.getValue().status();
                session.insert(new AnswerFact(cc.itemIndex(e.getKey()), s));
            }
            int fired = session.fireAllRules(MAX_FIRINGS);
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
        return new Evaluation(outcomes, raised);
    }
}
