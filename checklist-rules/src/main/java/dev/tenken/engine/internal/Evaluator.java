package dev.tenken.engine.internal;

import dev.tenken.checklist.Answer;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.Severity;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.report.Applicability;
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
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.DirectFiringOption;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Runs one assessment through the rule base in three phases (see {@link FixedRules}) on a
 * pooled session, and reads the decisions back.
 */
public final class Evaluator {
    /** A bound on rule firings per assessment, so a trusted rule that loops cannot hang a caller. */
    static final int MAX_FIRINGS = 1_000_000;

    private final KieSessionsPool sessions;
    private final KieSessionConfiguration sessionConf;
    /** Base severities first, then concerns in checklist order: the order the reasons are written in. */
    private static final Comparator<Decisions.SeverityGiven> SEVERITY_ORDER =
            Comparator.comparingInt(Decisions.SeverityGiven::concern).thenComparing(Decisions.SeverityGiven::rule);
    private static final Comparator<SeverityRaise> RAISE_ORDER =
            Comparator.comparing(SeverityRaise::getSeverity).reversed().thenComparing(SeverityRaise::getRule);
    private final boolean trustedRules;

    /**
     * @param kieBase         the compiled rules
     * @param trustedRules    whether hand-written rules were compiled in; only then are the
     *                        rule-facing facts of {@code dev.tenken.engine.rules} inserted
     * @param executableModel whether the rule base was built from the executable model
     */
    Evaluator(KieBase kieBase, boolean trustedRules, boolean executableModel) {
        // a pooled session is reset, not rebuilt, between assessments: node memories are kept
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.trustedRules = trustedRules;
        // a session serves one thread at a time: no need to synchronise its propagation queue
        this.sessionConf = KieServices.get().newKieSessionConfiguration();
        if (!executableModel) {
            // not for the executable model: its consequences then reuse one argument array per
            // rule, which pooled sessions on several threads would share
            sessionConf.setOption(ThreadSafeOption.NO);
        }
        if (!trustedRules) {
            // the fixed rules only record decisions: none enables another within a
            // phase, and none uses salience or agenda groups, so activations can fire as they arise.
            // Hand-written rules may rely on the agenda, so they keep it.
            sessionConf.setOption(DirectFiringOption.YES);
        }
    }

    /** Evaluates an assessment that has already been validated against its checklist. */
    public Evaluation evaluate(CompiledChecklist cc, SelfAssessment a) throws TenkenException {
        List<Item> items = cc.items();
        int n = items.size();
        Decisions d = new Decisions(n, cc.concerns().size());
        java.util.TreeMap<String, RuleConcern> ruleConcerns = new java.util.TreeMap<>();
        List<SeverityRaise> raises = new ArrayList<>();
        KieSession session = sessions.newKieSession(sessionConf);
        try {
            session.setGlobal("decisions", d);
            // phase 1: applies_when and check, from the profile alone
            ProfileFacts profile = cc.profileFacts(a);
            session.insert(profile);
            if (trustedRules) {
                session.insert(new ProfileView(cc.checklist().id(), a.profile()));
            }
            int fired = session.fireAllRules(MAX_FIRINGS);
            // phase 2: the items phase 1 left undecided take their status from the answer
            Map<String, Answer> answers = a.answers();
            boolean inserted = false;
            for (int i = 0; i < n && fired < MAX_FIRINGS; i++) {
                if (d.status(i) == null) {
                    Answer answer = answers.get(items.get(i).id());
                    session.insert(answer == null ? new ItemCase(i, null, false)
                            : new ItemCase(i, answer.status(), answer.hasReason()));
                    inserted = true;
                }
            }
            if (inserted) {
                fired += session.fireAllRules(MAX_FIRINGS - fired);
            }
            // phase 3: severities and concerns, over the items that fall short
            inserted = false;
            for (int i = 0; i < n && fired < MAX_FIRINGS; i++) {
                ItemStatus s = d.status(i);
                if (s == null) {
                    throw new IllegalStateException("item '" + items.get(i).id() + "' got no status");
                }
                if (s.isShortfall()) {
                    session.insert(new StatusFact(i, items.get(i).rank(), s));
                    inserted = true;
                }
            }
            // a concern can hold only if its when holds (or it has none)
            List<Concern> concerns = cc.concerns();
            for (int k = 0; k < concerns.size(); k++) {
                if (profile.concernMayHold(k)) {
                    inserted = true;
                    Concern concern = concerns.get(k);
                    session.insert(new ConcernCase(k, concern.raise(), concern.severity(), cc.concernItems(k)));
                    for (int item : cc.concernItems(k)) {
                        session.insert(new ConcernMember(k, item));
                    }
                }
            }
            if (inserted) {
                fired += session.fireAllRules(MAX_FIRINGS - fired);
            }
            if (trustedRules && fired < MAX_FIRINGS) {
                // last phase: trusted rules see every item with its decided status
                for (int i = 0; i < n; i++) {
                    Item item = items.get(i);
                    session.insert(new ItemView(item.id(), cc.categoryOf(item.id()), item.rank(), d.status(i)));
                }
                fired += session.fireAllRules(MAX_FIRINGS - fired);
                for (Object o : session.getObjects()) {
                    if (o instanceof RuleConcern rc) {
                        ruleConcerns.merge(rc.getId(), rc, (x, y) -> x.getRule().compareTo(y.getRule()) <= 0 ? x : y);
                    } else if (o instanceof SeverityRaise sr) {
                        raises.add(sr);
                    }
                }
            }
            if (fired >= MAX_FIRINGS) {
                throw new TenkenException(TenkenException.Phase.RULES, List.of(Problem.at(a.source(), 0, 0,
                        "rules fired " + MAX_FIRINGS + " times without settling; a trusted rule probably loops")));
            }
        } finally {
            session.dispose();
        }
        List<Evaluation.ItemOutcome> outcomes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            outcomes.add(outcome(cc, d, i, raises));
        }
        List<Evaluation.ConcernOutcome> raised = new ArrayList<>();
        List<Integer> unknownConcerns = new ArrayList<>(0);
        for (int k = 0; k < cc.concerns().size(); k++) {
            if (cc.concerns().get(k).when().isPresent() && !d.isConcernKnown(k)) {
                unknownConcerns.add(k);
            }
            if (d.concernHolds(k)) {
                raised.add(new Evaluation.ConcernOutcome(k, List.of("concern " + cc.concerns().get(k).id())));
            }
        }
        List<Evaluation.RuleFinding> ruleFindings = new ArrayList<>();
        for (RuleConcern rc : ruleConcerns.values()) {
            ruleFindings.add(new Evaluation.RuleFinding(rc.getId(), rc.getSeverity(), rc.getTitle(), rc.getRemediation(),
                    List.of(rc.getRule())));
        }
        return new Evaluation(outcomes, raised, ruleFindings, unknownConcerns);
    }

    /** One item's status, severity and the rules behind them, from what the rules decided. */
    private static Evaluation.ItemOutcome outcome(CompiledChecklist cc, Decisions d, int i, List<SeverityRaise> raises) {
        ItemStatus s = d.status(i);
        List<String> rules = new ArrayList<>(3);
        rules.add(d.statusRule(i));
        Applicability applicability = d.applicability(i, cc.items().get(i).appliesWhen().isPresent());
        if (!s.isShortfall()) {
            return new Evaluation.ItemOutcome(s, Optional.empty(), rules, List.of(), applicability, d.byCheck(i));
        }
        List<Evaluation.Raise> raised = new ArrayList<>(1);
        List<Decisions.SeverityGiven> given = d.severities(i);
        if (given.size() > 1) {
            given = new ArrayList<>(given);
            given.sort(SEVERITY_ORDER);
        }
        Severity sev = null;
        for (Decisions.SeverityGiven f : given) {
            Severity before = sev;
            sev = sev == null ? f.severity() : Severity.max(sev, f.severity());
            if (f.concern() < 0) {
                rules.add(f.rule());
            } else if (before != null && sev != before) {
                raised.add(Evaluation.Raise.byConcern(f.concern(), sev));
            }
        }
        if (!raises.isEmpty()) {
            for (SeverityRaise sr : raisesFor(raises, cc.items().get(i).id())) {
                if (sev != null && Severity.max(sev, sr.getSeverity()) != sev) {
                    sev = sr.getSeverity();
                    raised.add(Evaluation.Raise.byRule(sr.getRule(), sev, sr.getReason()));
                }
            }
        }
        return new Evaluation.ItemOutcome(s, Optional.ofNullable(sev), rules, raised, applicability, d.byCheck(i));
    }

    /** Raises for one item, most urgent first, so each raise that applies is named once. */
    private static List<SeverityRaise> raisesFor(List<SeverityRaise> raises, String itemId) {
        List<SeverityRaise> out = new ArrayList<>();
        for (SeverityRaise r : raises) {
            if (r.getItemId().equals(itemId)) {
                out.add(r);
            }
        }
        out.sort(RAISE_ORDER);
        return out;
    }
}
