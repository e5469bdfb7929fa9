package dev.tenken.engine.internal;

import dev.tenken.checklist.Answer;
import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Condition;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Operator;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.AssessmentCheck;
import dev.tenken.checklist.report.ReportBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A checklist prepared for evaluation: fact slots, compiled condition leaves, the DRL generated
 * from its conditions, and its validator and report builder, all made once per engine.
 */
public final class CompiledChecklist {
    private final int index;
    private final Checklist checklist;
    private final List<Item> items;
    private final Map<String, Integer> itemIndex = new HashMap<>();
    private final Map<String, Integer> slots = new HashMap<>();
    private final List<ProfileFact> slotFacts = new ArrayList<>();
    private final List<Leaf> leaves = new ArrayList<>();
    private final Map<Condition.Comparison, Integer> leafIndex = new HashMap<>();
    private final String drl;
    /** The leaves as an array, fixed once the rules are generated; shared by every assessment. */
    private final Leaf[] leafArray;
    private final Map<String, String> categoryOf = new HashMap<>();
    private final AssessmentCheck validator;
    private final ReportBuilder reports;

    private final boolean trustRules;
    /** Compiled on first use, then shared: see {@link #evaluator()}. */
    private volatile Evaluator evaluator;
    /** A failed compile is kept, so that broken rules are not compiled again on every call. */
    private volatile TenkenException compileError;

    /** Prepares a checklist without trusting its hand-written rules. */
    public CompiledChecklist(int index, Checklist checklist) {
        this(index, checklist, false);
    }

    /**
     * Prepares a checklist: generates its rules now, compiles them on the first call of
     * {@link #evaluator()}.
     *
     * @param trustRules whether the checklist's own DRL files are compiled in
     */
    public CompiledChecklist(int index, Checklist checklist, boolean trustRules) {
        this.trustRules = trustRules;
        this.index = index;
        this.checklist = checklist;
        this.items = checklist.items().toList();
        for (int i = 0; i < items.size(); i++) {
            itemIndex.put(items.get(i).id(), i);
        }
        this.validator = AssessmentCheck.of(checklist);
        this.reports = ReportBuilder.of(checklist);
        checklist.categories().forEach(cat -> cat.items().forEach(i -> categoryOf.put(i.id(), cat.id())));
        for (ProfileFact f : checklist.profile()) {
            slots.put(f.key(), slotFacts.size());
            slotFacts.add(f);
        }
        this.drl = RuleGenerator.generate(this);
        this.leafArray = leaves.toArray(new Leaf[0]);
    }

    /**
     * The evaluator over this checklist's own rule base (generic rules, its generated rules and,
     * when trusted, its DRL files), compiled on the first call and shared after; thread-safe. If
     * the compile fails, every call throws its problems again without compiling again.
     */
    public Evaluator evaluator() throws TenkenException {
        Evaluator e = evaluator;
        if (e != null) {
            return e;
        }
        synchronized (this) {
            if (evaluator == null && compileError == null) {
                try {
                    evaluator = new Evaluator(RuleCompiler.compile(List.of(this), trustRules),
                            trustRules && !checklist.rules().isEmpty());
                } catch (TenkenException failed) {
                    compileError = failed;
                }
            }
            if (compileError != null) {
                throw new TenkenException(compileError.phase(), compileError.problems());
            }
            return evaluator;
        }
    }

    int index() {
        return index;
    }

    /** The checklist. */
    public Checklist checklist() {
        return checklist;
    }

    List<Item> items() {
        return items;
    }

    /** Checks assessments against this checklist; built once. */
    public AssessmentCheck validator() {
        return validator;
    }

    /** Grades evaluations of this checklist; built once. */
    public ReportBuilder reports() {
        return reports;
    }

    int itemIndex(String id) {
        return itemIndex.get(id);
    }

    /** The id of the category an item belongs to. */
    String categoryOf(String itemId) {
        return categoryOf.get(itemId);
    }

    String drl() {
        return drl;
    }

    /** Registers the comparison as a leaf; returns its index for {@code holds(n)}. */
    int addLeaf(Condition.Comparison c) {
        // the same comparison in several conditions is one leaf, evaluated once per assessment
        return leafIndex.computeIfAbsent(c, k -> {
            leaves.add(new Leaf(slots.get(k.fact()), k));
            return leaves.size() - 1;
        });
    }

    boolean isExists(int leaf) {
        return leaves.get(leaf).operator() == Operator.EXISTS;
    }

    /** The profile fact object for one assessment (already validated against the checklist). */
    ProfileFacts profileFacts(SelfAssessment a) {
        Object[] values = new Object[slotFacts.size()];
        for (Map.Entry<String, FactValue> e : a.profile().entrySet()) {
            Integer slot = slots.get(e.getKey());
            if (slot != null) {
                values[slot] = Leaf.plain(slotFacts.get(slot).normalise(e.getValue()));
            }
        }
        boolean[] declared = new boolean[items.size()];
        for (Map.Entry<String, Answer> e : a.answers().entrySet()) {
            Integer i = itemIndex.get(e.getKey());
            if (i != null && e.getValue().status() == AnswerStatus.NOT_APPLICABLE && e.getValue().hasReason()) {
                declared[i] = true;
            }
        }
        return new ProfileFacts(index, leafArray, values, declared);
    }

    List<Concern> concerns() {
        return checklist.concerns();
    }
}
