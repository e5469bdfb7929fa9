package dev.tenken.engine.internal;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.not;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.and;
import static org.drools.model.PatternDSL.betaIndexedBy;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.Severity;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.report.ItemStatus;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.drools.model.Declaration;
import org.drools.model.Index;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.model.functions.Block1;
import org.drools.model.impl.ModelImpl;
import org.drools.model.view.ViewItem;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The engine's rules, the same for every checklist: the checklist is data (the facts carry the
 * outcome of its conditions, see {@link ProfileFacts}), so the rule base is built once per JVM
 * and shared by every checklist without trusted rule files, built-in or custom.
 *
 * <p>The rules are written in Drools' executable-model Java DSL, not DRL: javac compiles them with
 * the library, and building the rule base at run time parses and compiles nothing (no DRL parser,
 * no MVEL, no in-memory Java compiler). {@code evaluation.drl} holds the same rules in DRL: a
 * checklist with trusted DRL files is compiled with it, and {@code -Dtenken.fixedRules=drl} uses
 * it for every checklist (the test suite passes in both modes, which keeps the two in step).
 *
 * <p>The facts are cases, not items: each case holds every item (of every assessment in the
 * session) that the rules must decide alike, so a rule fires once per case and decides all its
 * members, and a session can evaluate many assessments at once. Phases (each one
 * {@code fireAllRules} on a pooled session; consequences only record decisions, in each member's
 * {@link Decisions}):
 * <ol>
 *   <li>one {@link ProfileCase} per kind of decision the profiles make (the checklist's conditions,
 *       three-valued, are evaluated when the case is made): items whose {@code applies_when} is
 *       false are not applicable, those whose {@code check} is true or false are met or unmet, and
 *       concerns whose {@code when} is not unknown are decidable;
 *   <li>one {@link AnswerCase} per answer given to items still undecided: the status from the answer;
 *   <li>one {@link ShortfallCase} per rank and status of the items that fall short: the severity
 *       rules of SPEC section 4; and per assessment, one {@link ConcernCase} per concern whose
 *       {@code when} holds (or that has none) with a {@link ConcernMember} per item it names and a
 *       {@link Shortfall} per named item that falls short: the concern rule, which also raises the
 *       severity of the concern's items when the concern says so.
 * </ol>
 */
public final class FixedRules {
    static final String PKG = "dev.tenken.engine.internal";
    /** The name reports give for a status set by an {@code applies_when} (fixed text, not from a checklist). */
    static final String NOT_APPLICABLE = "status: not applicable by applies_when";
    /** The name reports give for a status set by a {@code check}. */
    static final String DECIDED_BY_CHECK = "status: decided by check";
    static final String FROM_ANSWER = "status: from answer";
    static final String DECLARED = "status: declared not applicable, with a reason";
    static final String NO_REASON = "status: not applicable without a reason is unanswered";
    static final String UNANSWERED = "status: unanswered";
    static final String SEV_REQ_HIGH = "severity: required unmet or unanswered is high";
    static final String SEV_REQ_MEDIUM = "severity: required partial is medium";
    static final String SEV_REC_MEDIUM = "severity: recommended unmet is medium";
    static final String SEV_REC_LOW = "severity: recommended partial or unanswered is low";
    static final String CONCERN = "concern: every item it names falls short";

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final FutureTask<Evaluator> SHARED = new FutureTask<>(FixedRules::newEvaluator);

    private FixedRules() {
    }

    /** Whether {@code -Dtenken.fixedRules=drl} asks for the DRL form of the rules. */
    static boolean drlMode() {
        return "drl".equals(System.getProperty("tenken.fixedRules"));
    }

    /** The rules as an executable model. */
    static Model model() {
        // phase 1: from the profiles (each kind its own lambda: see profileRule)
        Rule excluded = profileRule("phase 1: applies_when false", ProfileCase.Kind.EXCLUDED, x -> x.exclude(NOT_APPLICABLE));
        Rule applying = profileRule("phase 1: applies_when true", ProfileCase.Kind.APPLYING, ProfileCase::applies);
        Rule met = profileRule("phase 1: check met", ProfileCase.Kind.MET_BY_CHECK, x -> x.byCheck(ItemStatus.MET, DECIDED_BY_CHECK));
        Rule unmet = profileRule("phase 1: check unmet", ProfileCase.Kind.UNMET_BY_CHECK,
                x -> x.byCheck(ItemStatus.UNMET, DECIDED_BY_CHECK));
        Rule decidable = profileRule("phase 1: concern decidable", ProfileCase.Kind.CONCERN_DECIDABLE, ProfileCase::concernKnown);

        // phase 2: the answer
        Declaration<AnswerCase> c = declarationOf(AnswerCase.class);
        Rule fromAnswer = rule(PKG, FROM_ANSWER).build(
                pattern(c).expr("answered", x -> x.getAnswer() != null)
                        .expr("notNotApplicable", x -> x.getAnswer() != AnswerStatus.NOT_APPLICABLE),
                on(c).execute(x -> x.status(AnswerCase.statusOf(x.getAnswer()), FROM_ANSWER)));
        Rule declared = rule(PKG, DECLARED).build(
                pattern(c).expr("notApplicable", x -> x.getAnswer() == AnswerStatus.NOT_APPLICABLE)
                        .expr("reasoned", AnswerCase::isReasoned),
                on(c).execute(x -> x.declare(DECLARED)));
        Rule noReason = rule(PKG, NO_REASON).build(
                pattern(c).expr("notApplicable", x -> x.getAnswer() == AnswerStatus.NOT_APPLICABLE)
                        .expr("unreasoned", x -> !x.isReasoned()),
                on(c).execute(x -> x.status(ItemStatus.UNANSWERED, NO_REASON)));
        Rule unanswered = rule(PKG, UNANSWERED).build(
                pattern(c).expr("unanswered", x -> x.getAnswer() == null),
                on(c).execute(x -> x.status(ItemStatus.UNANSWERED, UNANSWERED)));

        // phase 3: severities (SPEC section 4) and concerns
        Declaration<ShortfallCase> s = declarationOf(ShortfallCase.class);
        Rule reqHigh = severity(s, SEV_REQ_HIGH, Rank.REQUIRED, Severity.HIGH, ItemStatus.UNMET, ItemStatus.UNANSWERED);
        Rule reqMedium = severity(s, SEV_REQ_MEDIUM, Rank.REQUIRED, Severity.MEDIUM, ItemStatus.PARTIAL, null);
        Rule recMedium = severity(s, SEV_REC_MEDIUM, Rank.RECOMMENDED, Severity.MEDIUM, ItemStatus.UNMET, null);
        Rule recLow = severity(s, SEV_REC_LOW, Rank.RECOMMENDED, Severity.LOW, ItemStatus.PARTIAL, ItemStatus.UNANSWERED);

        Declaration<ConcernCase> k = declarationOf(ConcernCase.class);
        Rule concern = rule(PKG, CONCERN).build(
                pattern(k),
                everyMemberFallsShort(k),
                on(k).execute(x -> x.holds(CONCERN)));

        return new ModelImpl().withRules(List.of(excluded, applying, met, unmet, decidable,
                fromAnswer, declared, noReason, unanswered, reqHigh, reqMedium, recMedium, recLow, concern));
    }

    /**
     * {@code $c : ProfileCase(kind == <kind>)} then one decision for every member. The constraint
     * is named after its kind: Drools tells constraints made at one place apart by name, not by
     * what the lambda captured.
     */
    private static Rule profileRule(String name, ProfileCase.Kind kind, Block1<ProfileCase> then) {
        Declaration<ProfileCase> p = declarationOf(ProfileCase.class);
        return rule(PKG, name).build(
                pattern(p).expr("kind" + kind, x -> x.getKind() == kind),
                on(p).execute(then));
    }

    /** {@code not (ConcernMember(concern == $k.key, $j : item) and not Shortfall(item == $j))}. */
    private static ViewItem<?> everyMemberFallsShort(Declaration<ConcernCase> k) {
        Declaration<ConcernMember> m = declarationOf(ConcernMember.class);
        Declaration<Shortfall> s = declarationOf(Shortfall.class);
        return not(and(
                pattern(m).expr("memberOf", k, (x, y) -> x.getConcern() == y.getKey(),
                        betaIndexedBy(int.class, Index.ConstraintType.EQUAL, 0, ConcernMember::getConcern, ConcernCase::getKey)),
                not(pattern(s).expr("itemOf", m, (x, y) -> x.getItem() == y.getItem(),
                        betaIndexedBy(int.class, Index.ConstraintType.EQUAL, 1, Shortfall::getItem, ConcernMember::getItem)))));
    }

    private static Rule severity(Declaration<ShortfallCase> s, String name, Rank rank,
                                 Severity severity, ItemStatus a, ItemStatus b) {
        return rule(PKG, name).build(
                pattern(s).expr("rank" + rank, x -> x.getRank() == rank)
                        .expr("status" + a + b, x -> x.getStatus() == a || x.getStatus() == b),
                on(s).execute(x -> x.severity(severity, name)));
    }

    /**
     * The shared evaluator over the fixed rules: built on the first call (or by
     * {@link #warmUpAsync()}), once per JVM, then shared by every engine.
     */
    static Evaluator evaluator() throws TenkenException {
        if (STARTED.compareAndSet(false, true)) {
            SHARED.run();
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return SHARED.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the build finishes on its own thread; wait for it
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TenkenException te) {
                throw new TenkenException(te.phase(), te.problems());
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Starts building the shared rule base on a daemon thread ("tenken-rules"), unless it is built
     * or being built; {@code -Dtenken.warmUp=false} turns this off.
     */
    public static void warmUpAsync() {
        if (!"false".equals(System.getProperty("tenken.warmUp")) && STARTED.compareAndSet(false, true)) {
            Thread t = new Thread(SHARED, "tenken-rules");
            t.setDaemon(true);
            t.start();
        }
    }

    private static Evaluator newEvaluator() throws TenkenException {
        QuietLogging.whenNoBackend(); // before Drools first asks SLF4J for a logger
        if (drlMode()) {
            return new Evaluator(RuleCompiler.compile(List.of()), false, false);
        }
        return new Evaluator(KieBaseBuilder.createKieBaseFromModel(model()), false, true);
    }

    /** The rule base of the DRL form; for tests that compare the two forms. */
    static KieBase drlKieBase() throws TenkenException {
        return RuleCompiler.compile(List.of());
    }
}
