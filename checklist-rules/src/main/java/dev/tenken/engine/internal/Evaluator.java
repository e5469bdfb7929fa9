package dev.tenken.engine.internal;

import dev.tenken.checklist.Answer;
import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.Severity;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.report.Applicability;
import dev.tenken.checklist.report.Evaluation;
import dev.tenken.checklist.report.ItemStatus;
import dev.tenken.checklist.report.Scorecard;
import java.time.LocalDate;
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
 * Runs assessments through the rule base in three phases (see {@link FixedRules}) on a pooled
 * session, many at once when no hand-written rules are loaded, and reads the decisions back.
 */
public final class Evaluator {
    /** A bound on rule firings per session, so a trusted rule that loops cannot hang a caller. */
    static final int MAX_FIRINGS = 1_000_000;

    private final KieSessionsPool sessions;
    private final KieSessionConfiguration sessionConf;
    /** Base severities first, then concerns in checklist order: the order the reasons are written in. */
    private static final Comparator<Decisions.SeverityGiven> SEVERITY_ORDER =
            Comparator.comparingInt(Decisions.SeverityGiven::concern).thenComparing(Decisions.SeverityGiven::rule);
    private static final Comparator<SeverityRaise> RAISE_ORDER =
            Comparator.comparing(SeverityRaise::getSeverity).reversed().thenComparing(SeverityRaise::getRule);
    private final boolean trustedRules;
    /** {@code Optional.of(severity)} by ordinal, shared by the outcomes. */
    private static final List<Optional<Severity>> SOME_SEVERITY =
            java.util.Arrays.stream(Severity.values()).map(Optional::of).toList();

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
        return evaluateAll(List.of(cc), List.of(a)).get(0);
    }

    /**
     * Evaluates assessments that have already been validated against their checklists, in the
     * sessions {@link #decideAll} runs.
     *
     * @param checklists the checklist of each assessment, at the same position
     * @param as         the assessments
     * @return one evaluation per assessment, in order
     */
    public List<Evaluation> evaluateAll(List<CompiledChecklist> checklists, List<SelfAssessment> as) throws TenkenException {
        List<Evaluation> out = new ArrayList<>(as.size());
        for (Decided decided : decideAll(checklists, as)) {
            RuleLists ruleLists = new RuleLists();
            for (int n = 0; n < decided.ds.length; n++) {
                out.add(evaluation(decided.ccs.get(n), decided.ds[n], decided.raises, decided.ruleConcerns, ruleLists));
            }
        }
        return out;
    }

    /**
     * The scorecards of assessments already validated against their checklists, as
     * {@code ReportBuilder.scorecard} makes them from {@link #evaluateAll}'s evaluations, but from
     * the rules' decisions directly: no {@link Evaluation} is made.
     *
     * @param checklists the checklist of each assessment, at the same position
     * @param as         the assessments
     * @param today      the date for an assessment that gives none
     * @return one scorecard per assessment, in order
     */
    public List<Scorecard> scorecards(List<CompiledChecklist> checklists, List<SelfAssessment> as, LocalDate today)
            throws TenkenException {
        List<Scorecard> out = new ArrayList<>(as.size());
        int at = 0;
        for (Decided decided : decideAll(checklists, as)) {
            for (int n = 0; n < decided.ds.length; n++) {
                out.add(scorecard(decided.ccs.get(n), as.get(at++), decided.ds[n], decided.raises, decided.ruleConcerns,
                        today));
            }
        }
        return out;
    }

    /** What one session decided: the decisions per assessment, and what trusted rules added. */
    private record Decided(List<CompiledChecklist> ccs, Decisions[] ds, List<SeverityRaise> raises,
                           Map<String, RuleConcern> ruleConcerns) {
    }

    /**
     * All assessments in one session when no hand-written rules are loaded (the cases then hold
     * the items of every assessment, see {@link FixedRules}), else one session each, since
     * hand-written rules see the items of one assessment at a time; sessions in input order.
     */
    private List<Decided> decideAll(List<CompiledChecklist> checklists, List<SelfAssessment> as) throws TenkenException {
        if (checklists.size() != as.size()) {
            throw new IllegalArgumentException(checklists.size() + " checklists for " + as.size() + " assessments");
        }
        if (!trustedRules || as.size() == 1) {
            return List.of(session(checklists, as));
        }
        List<Decided> out = new ArrayList<>(as.size());
        for (int n = 0; n < as.size(); n++) {
            out.add(session(List.of(checklists.get(n)), List.of(as.get(n))));
        }
        return out;
    }

    /** Runs the three phases (four with trusted rules, for one assessment) on one pooled session. */
    private Decided session(List<CompiledChecklist> ccs, List<SelfAssessment> as) throws TenkenException {
        // each phase is a method of its own: the JIT compiles (and, as new paths run, recompiles)
        // small methods much faster than one large one
        int count = as.size();
        Decisions[] ds = new Decisions[count];
        ProfileFacts[] profiles = new ProfileFacts[count];
        java.util.TreeMap<String, RuleConcern> ruleConcerns = new java.util.TreeMap<>();
        List<SeverityRaise> raises = new ArrayList<>();
        KieSession session = sessions.newKieSession(sessionConf);
        try {
            insertProfileCases(session, ccs, as, ds, profiles);
            if (trustedRules) {
                session.insert(new ProfileView(ccs.get(0).checklist().id(), as.get(0).profile()));
            }
            // after each phase: a phase cut short by the bound leaves items undecided for the next
            int fired = settled(session.fireAllRules(MAX_FIRINGS), as);
            if (insertAnswerCases(session, ccs, as, ds)) {
                fired = settled(fired + session.fireAllRules(MAX_FIRINGS - fired), as);
            }
            if (insertShortfallsAndConcerns(session, ccs, ds, profiles)) {
                fired = settled(fired + session.fireAllRules(MAX_FIRINGS - fired), as);
            }
            if (trustedRules) {
                settled(fired + trustedPhase(session, ccs.get(0), ds[0], ruleConcerns, raises, fired), as);
            }
        } finally {
            session.dispose();
        }
        return new Decided(ccs, ds, raises, ruleConcerns);
    }

    /** The firings so far, unless they reached {@link #MAX_FIRINGS}: then a trusted rule loops, and that is the problem. */
    private static int settled(int fired, List<SelfAssessment> as) throws TenkenException {
        if (fired >= MAX_FIRINGS) {
            throw new TenkenException(TenkenException.Phase.RULES, List.of(Problem.at(as.get(0).source(), 0, 0,
                    "rules fired " + MAX_FIRINGS + " times without settling; a trusted rule probably loops")));
        }
        return fired;
    }

    /** Phase 1: applies_when, check and concern conditions, from the profiles alone. */
    private static void insertProfileCases(KieSession session, List<CompiledChecklist> ccs, List<SelfAssessment> as,
                                           Decisions[] ds, ProfileFacts[] profiles) {
        Members[] byKind = newMembers(KINDS.length);
        for (int n = 0; n < ds.length; n++) {
            CompiledChecklist cc = ccs.get(n);
            ds[n] = new Decisions(cc.items().size(), cc.concerns().size());
            profiles[n] = cc.profileFacts(as.get(n));
            profiles[n].addTo(ds[n], byKind);
        }
        for (ProfileCase.Kind kind : KINDS) {
            if (byKind[kind.ordinal()].size() > 0) {
                session.insert(new ProfileCase(kind, byKind[kind.ordinal()]));
            }
        }
    }

    /** Phase 2: the items phase 1 left undecided take their status from the answer. */
    private static boolean insertAnswerCases(KieSession session, List<CompiledChecklist> ccs, List<SelfAssessment> as,
                                             Decisions[] ds) {
        Members[] byAnswer = newMembers(ANSWER_CASES);
        for (int n = 0; n < ds.length; n++) {
            List<Item> items = ccs.get(n).items();
            Map<String, Answer> answers = as.get(n).answers();
            for (int i = 0; i < items.size(); i++) {
                if (ds[n].status(i) == null) {
                    byAnswer[answerCase(answers.get(items.get(i).id()))].add(ds[n], i);
                }
            }
        }
        boolean inserted = false;
        for (int x = 0; x < ANSWER_CASES; x++) {
            if (byAnswer[x].size() > 0) {
                AnswerStatus status = x < 2 ? null : ANSWER_STATUSES[x / 2 - 1];
                session.insert(new AnswerCase(status, x % 2 == 1, byAnswer[x]));
                inserted = true;
            }
        }
        return inserted;
    }

    /** Phase 3: severities and concerns, over the items that fall short. */
    private static boolean insertShortfallsAndConcerns(KieSession session, List<CompiledChecklist> ccs, Decisions[] ds,
                                                       ProfileFacts[] profiles) {
        boolean inserted = false;
        Members[] byShortfall = newMembers(SHORTFALL_CASES);
        int concernKey = 0;
        int itemBase = 0; // the items of the assessments before this one: item keys are unique in the session
        for (int n = 0; n < ds.length; n++) {
            CompiledChecklist cc = ccs.get(n);
            addShortfalls(cc, ds[n], byShortfall);
            // a concern can hold only if its when holds (or it has none)
            List<Concern> concerns = cc.concerns();
            int firstKey = concernKey;
            for (int k = 0; k < concerns.size(); k++) {
                if (profiles[n].concernMayHold(k)) {
                    inserted = true;
                    Concern concern = concerns.get(k);
                    int[] named = cc.concernItems(k);
                    session.insert(new ConcernCase(concernKey, k, ds[n], concern.raise(), concern.severity(), named));
                    for (int item : named) {
                        session.insert(new ConcernMember(concernKey, itemBase + item));
                    }
                    concernKey++;
                }
            }
            if (concernKey > firstKey) {
                insertShortfalls(session, cc, profiles[n], ds[n], itemBase);
            }
            itemBase += cc.items().size();
        }
        for (int x = 0; x < SHORTFALL_CASES; x++) {
            if (byShortfall[x].size() > 0) {
                session.insert(new ShortfallCase(SHORTFALL_RANK[x], SHORTFALL_STATUS[x], byShortfall[x]));
                inserted = true;
            }
        }
        return inserted;
    }

    /** Adds one assessment's items that fall short to the shortfall cases; every item has a status by now. */
    private static void addShortfalls(CompiledChecklist cc, Decisions d, Members[] byShortfall) {
        List<Item> items = cc.items();
        for (int i = 0; i < items.size(); i++) {
            ItemStatus s = d.status(i);
            if (s == null) {
                throw new IllegalStateException("item '" + items.get(i).id() + "' got no status");
            }
            if (s.isShortfall()) {
                byShortfall[shortfallCase(items.get(i).rank(), s)].add(d, i);
            }
        }
    }

    /** The last phase, with trusted rules only: they see every item of the one assessment with its decided status. */
    private static int trustedPhase(KieSession session, CompiledChecklist cc, Decisions d,
                                    Map<String, RuleConcern> ruleConcerns, List<SeverityRaise> raises, int firedBefore) {
        List<Item> items = cc.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            session.insert(new ItemView(item.id(), cc.categoryOf(item.id()), item.rank(), d.status(i)));
        }
        int fired = session.fireAllRules(MAX_FIRINGS - firedBefore);
        for (Object o : session.getObjects()) {
            if (o instanceof RuleConcern rc) {
                ruleConcerns.merge(rc.getId(), rc, (x, y) -> x.getRule().compareTo(y.getRule()) <= 0 ? x : y);
            } else if (o instanceof SeverityRaise sr) {
                raises.add(sr);
            }
        }
        return fired;
    }

    /** Phase 3 facts for the concern rule: one per item that falls short and that some concern which may hold names. */
    private static void insertShortfalls(KieSession session, CompiledChecklist cc, ProfileFacts profile, Decisions d,
                                         int itemBase) {
        boolean[] done = null;
        for (int k = 0; k < cc.concerns().size(); k++) {
            if (!profile.concernMayHold(k)) {
                continue;
            }
            for (int item : cc.concernItems(k)) {
                ItemStatus s = d.status(item);
                if (s != null && s.isShortfall()) {
                    if (done == null) {
                        done = new boolean[cc.items().size()];
                    }
                    if (!done[item]) {
                        done[item] = true;
                        session.insert(new Shortfall(itemBase + item));
                    }
                }
            }
        }
    }

    // the enums' values() once: each call copies the array, which C1 does not make cheap
    private static final ProfileCase.Kind[] KINDS = ProfileCase.Kind.values();
    private static final AnswerStatus[] ANSWER_STATUSES = AnswerStatus.values();
    private static final int RANKS = Rank.values().length;

    /** Answer cases: per answer status and none, with and without a reason. */
    private static final int ANSWER_CASES = (ANSWER_STATUSES.length + 1) * 2;

    private static int answerCase(Answer answer) {
        if (answer == null) {
            return 0;
        }
        return (answer.status().ordinal() + 1) * 2 + (answer.hasReason() ? 1 : 0);
    }

    /** Shortfall cases: per rank, per status that falls short. */
    private static final Rank[] SHORTFALL_RANK;
    private static final ItemStatus[] SHORTFALL_STATUS;
    private static final int SHORTFALL_CASES;

    static {
        List<ItemStatus> shortfalls = new ArrayList<>();
        for (ItemStatus s : ItemStatus.values()) {
            if (s.isShortfall()) {
                shortfalls.add(s);
            }
        }
        SHORTFALL_CASES = Rank.values().length * shortfalls.size();
        SHORTFALL_RANK = new Rank[SHORTFALL_CASES];
        SHORTFALL_STATUS = new ItemStatus[SHORTFALL_CASES];
        for (int x = 0; x < SHORTFALL_CASES; x++) {
            SHORTFALL_RANK[x] = Rank.values()[x / shortfalls.size()];
            SHORTFALL_STATUS[x] = shortfalls.get(x % shortfalls.size());
        }
    }

    private static int shortfallCase(Rank rank, ItemStatus s) {
        for (int x = rank.ordinal() * (SHORTFALL_CASES / RANKS); x < SHORTFALL_CASES; x++) {
            if (SHORTFALL_STATUS[x] == s) {
                return x;
            }
        }
        throw new IllegalArgumentException(s + " does not fall short");
    }

    private static Members[] newMembers(int n) {
        Members[] out = new Members[n];
        for (int x = 0; x < n; x++) {
            out[x] = new Members();
        }
        return out;
    }

    /** One assessment's evaluation from what the rules decided. */
    private static Evaluation evaluation(CompiledChecklist cc, Decisions d, List<SeverityRaise> raises,
                                         Map<String, RuleConcern> ruleConcerns, RuleLists ruleLists) {
        int n = cc.items().size();
        List<Evaluation.ItemOutcome> outcomes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            outcomes.add(outcome(cc, d, i, raises, ruleLists));
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

    /**
     * One assessment's scorecard from what the rules decided: each item's status, and the
     * severity {@link #outcome} would give the items that fall short (worked out the same way,
     * by that method, but for the usual case of one severity from a base rule and nothing raised).
     */
    private static Scorecard scorecard(CompiledChecklist cc, SelfAssessment a, Decisions d, List<SeverityRaise> raises,
                                       Map<String, RuleConcern> ruleConcerns, LocalDate today) {
        int n = cc.items().size();
        ItemStatus[] statuses = new ItemStatus[n];
        Severity[] severities = new Severity[n];
        for (int i = 0; i < n; i++) {
            ItemStatus s = d.status(i);
            statuses[i] = s;
            if (s.isShortfall()) {
                Decisions.SeverityGiven only = d.onlySeverity(i);
                severities[i] = only != null && only.concern() < 0 && raises.isEmpty() ? only.severity()
                        : outcome(cc, d, i, raises, new RuleLists()).severity().orElse(null);
            }
        }
        List<Severity> others = new ArrayList<>(0);
        for (int k = 0; k < cc.concerns().size(); k++) {
            if (d.concernHolds(k)) {
                others.add(cc.concerns().get(k).severity());
            }
        }
        for (RuleConcern rc : ruleConcerns.values()) {
            others.add(rc.getSeverity());
        }
        return cc.reports().scorecard(a, statuses, severities, others, today);
    }

    /** One item's status, severity and the rules behind them, from what the rules decided. */
    private static Evaluation.ItemOutcome outcome(CompiledChecklist cc, Decisions d, int i, List<SeverityRaise> raises,
                                                  RuleLists ruleLists) {
        ItemStatus s = d.status(i);
        Applicability applicability = d.applicability(i, cc.items().get(i).appliesWhen().isPresent());
        if (!s.isShortfall()) {
            // immutable already: the outcome keeps it without copying
            return new Evaluation.ItemOutcome(s, Optional.empty(), ruleLists.of(d.statusRule(i)), List.of(), applicability,
                    d.byCheck(i));
        }
        Decisions.SeverityGiven only = d.onlySeverity(i);
        if (only != null && only.concern() < 0 && raises.isEmpty()) {
            // the usual shortfall: one severity from a base rule, nothing raised
            return new Evaluation.ItemOutcome(s, SOME_SEVERITY.get(only.severity().ordinal()),
                    ruleLists.of(d.statusRule(i), only.rule()), List.of(), applicability, d.byCheck(i));
        }
        List<String> rules = new ArrayList<>(3);
        rules.add(d.statusRule(i));
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

    /**
     * {@code List.of(rule)} and {@code List.of(rule, severityRule)}, one per rule name or pair in
     * a session: the statuses and severities of most items come from a handful of rules, and the
     * outcomes can share the immutable lists.
     */
    private static final class RuleLists {
        private final String[] firsts = new String[32];
        private final String[] seconds = new String[32];
        private final List<List<String>> lists = new ArrayList<>(32);

        List<String> of(String rule) {
            return of(rule, null);
        }

        /** {@code second} null for the list of {@code first} alone. */
        List<String> of(String first, String second) {
            // by reference: the rules pass the same name objects, and a name met in another
            // object only makes one more list
            for (int k = 0; k < lists.size(); k++) {
                if (firsts[k] == first && seconds[k] == second) {
                    return lists.get(k);
                }
            }
            List<String> list = second == null ? List.of(first) : List.of(first, second);
            if (lists.size() < firsts.length) {
                firsts[lists.size()] = first;
                seconds[lists.size()] = second;
                lists.add(list);
            }
            return list;
        }
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
