package dev.tenken.engine.internal;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Condition;
import dev.tenken.checklist.FactType;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Operator;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.AssessmentCheck;
import dev.tenken.checklist.report.ReportBuilder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A checklist prepared for evaluation: fact slots and compiled condition leaves (the checklist as
 * data for the {@link FixedRules}), and its validator and report builder, all made once per
 * engine. No rule source is generated from a checklist.
 */
public final class CompiledChecklist {
    /**
     * The deepest nesting of a condition the engine accepts (64). The loader allows 16; this
     * bound only guards checklists built in Java, whose conditions are evaluated recursively.
     */
    public static final int MAX_CONDITION_DEPTH = 64;
    private final int index;
    private final Checklist checklist;
    private final List<Item> items;
    private final Map<String, Integer> itemIndex = new HashMap<>();
    /** The items' ids, in checklist order. */
    private final String[] itemIds;
    private final Map<String, Integer> slots = new HashMap<>();
    private final List<ProfileFact> slotFacts = new ArrayList<>();
    /** Per slot of an enum or set fact: its declared values, each to its canonical spelling. */
    private final List<Map<String, String>> declaredSpellings = new ArrayList<>();
    private final List<Leaf> leaves = new ArrayList<>();
    private final Map<Condition, Integer> conditionIndex = new HashMap<>();
    private final Map<Condition, Leaf> compiled = new HashMap<>();
    private final Map<Condition.Comparison, Leaf> comparisons = new HashMap<>();
    /** The leaves as an array, laid out by the constructor; shared by every assessment. */
    private final Leaf[] leafArray;
    /**
     * For each leaf, the first place the same leaf object stands (a condition written in several
     * items, and the constants of items without one, are one leaf): evaluated once per assessment.
     */
    private final int[] firstOfLeaf;
    /** Per concern: the leaf of its {@code when}, or -1. */
    private final int[] concernLeaf;
    /** Per concern: the indexes of the items it names. */
    private final int[][] concernItems;
    private final Map<String, String> categoryOf = new HashMap<>();
    private final AssessmentCheck validator;
    private final ReportBuilder reports;

    private final boolean trustRules;
    /** For trusted rule files only: compiled on first use, then shared; see {@link #evaluator()}. */
    private volatile Evaluator evaluator;
    /** A failed compile is kept, so that broken rules are not compiled again on every call. */
    private volatile TenkenException compileError;

    /** Prepares a checklist without trusting its hand-written rules. */
    public CompiledChecklist(int index, Checklist checklist) {
        this(index, checklist, false);
    }

    /**
     * Prepares a checklist: lays out its conditions as leaves now; a checklist with trusted rule
     * files compiles them on the first call of {@link #evaluator()}.
     *
     * @param trustRules whether the checklist's own DRL files are compiled in
     */
    public CompiledChecklist(int index, Checklist checklist, boolean trustRules) {
        this.trustRules = trustRules;
        this.index = index;
        this.checklist = checklist;
        this.items = checklist.items().toList();
        this.itemIds = items.stream().map(Item::id).toArray(String[]::new);
        for (int i = 0; i < items.size(); i++) {
            itemIndex.put(items.get(i).id(), i);
        }
        this.validator = AssessmentCheck.of(checklist);
        this.reports = ReportBuilder.of(checklist);
        checklist.categories().forEach(cat -> cat.items().forEach(i -> categoryOf.put(i.id(), cat.id())));
        for (ProfileFact f : checklist.profile()) {
            Map<String, String> spellings = null;
            if (!f.values().isEmpty()) {
                // each declared spelling mapped to what the fact makes of it (usually itself)
                spellings = new HashMap<>();
                for (String v : f.values()) {
                    spellings.put(v, f.canonical(v).orElse(v));
                }
            }
            declaredSpellings.add(spellings);
            slots.put(f.key(), slotFacts.size());
            slotFacts.add(f);
        }
        List<Concern> concerns = checklist.concerns();
        this.concernLeaf = new int[concerns.size()];
        this.concernItems = new int[concerns.size()][];
        List<Problem> unfit = unfitConditions();
        if (unfit.isEmpty()) {
            layOutItems();
            for (int k = 0; k < concerns.size(); k++) {
                Concern concern = concerns.get(k);
                concernLeaf[k] = concern.when().map(this::addCondition).orElse(-1);
                concernItems[k] = concern.itemsNotMet().stream().mapToInt(itemIndex::get).toArray();
            }
        } else {
            // a checklist built in Java may hold what the loader refuses: say so when asked to evaluate
            this.compileError = new TenkenException(TenkenException.Phase.RULES, unfit);
        }
        this.leafArray = leaves.toArray(new Leaf[0]);
        this.firstOfLeaf = new int[leafArray.length];
        java.util.IdentityHashMap<Leaf, Integer> first = new java.util.IdentityHashMap<>();
        for (int n = 0; n < leafArray.length; n++) {
            Integer earlier = first.putIfAbsent(leafArray[n], n);
            firstOfLeaf[n] = earlier == null ? n : earlier;
        }
    }

    /**
     * Conditions the rules cannot be generated from: nested deeper than {@link #MAX_CONDITION_DEPTH}
     * or comparing an undeclared fact. The loader refuses both already; a checklist built in
     * Java is checked here, without recursion, so that nothing can overflow the stack.
     */
    private List<Problem> unfitConditions() {
        List<Problem> out = new ArrayList<>();
        for (Item item : items) {
            item.appliesWhen().ifPresent(c -> unfit(c, item.id(), out));
            item.check().ifPresent(c -> unfit(c, item.id(), out));
        }
        int named = checklist.concerns().stream().mapToInt(k -> k.itemsNotMet().size()).sum();
        if (checklist.concerns().size() > Concern.MAX_PER_CHECKLIST || named > Concern.MAX_ITEMS_PER_CHECKLIST) {
            out.add(new Problem("(checklist '" + checklist.id() + "')", 0, 0, Optional.empty(), "the checklist has "
                    + checklist.concerns().size() + " concerns naming " + named + " items; the limits are "
                    + Concern.MAX_PER_CHECKLIST + " concerns and " + Concern.MAX_ITEMS_PER_CHECKLIST + " items"));
        }
        for (Concern k : checklist.concerns()) {
            k.when().ifPresent(c -> unfit(c, k.id(), out));
            for (String id : k.itemsNotMet()) {
                if (!itemIndex.containsKey(id)) {
                    out.add(new Problem("(checklist '" + checklist.id() + "')", 0, 0, Optional.of(k.id()),
                            "concern names unknown item '" + id + "'"));
                }
            }
        }
        return out;
    }

    private void unfit(Condition root, String owner, List<Problem> out) {
        Deque<Condition> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        while (!stack.isEmpty()) {
            Condition c = stack.pop();
            int depth = depths.pop();
            String problem = null;
            if (depth > MAX_CONDITION_DEPTH) {
                problem = "condition nested deeper than " + MAX_CONDITION_DEPTH + " levels";
            } else if (c instanceof Condition.Comparison k && !slots.containsKey(k.fact())) {
                problem = "condition uses undeclared fact '" + k.fact() + "'";
            }
            if (problem != null) {
                out.add(new Problem("(checklist '" + checklist.id() + "')", 0, 0, Optional.of(owner), problem));
                return;
            }
            List<Condition> parts = c instanceof Condition.All a ? a.parts() : c instanceof Condition.Any a ? a.parts()
                    : c instanceof Condition.Not n ? List.of(n.part()) : List.of();
            for (Condition p : parts) {
                stack.push(p);
                depths.push(depth + 1);
            }
        }
    }

    /**
     * The evaluator of this checklist, thread-safe: the shared one over the {@link FixedRules}
     * (built once per JVM), or, for a checklist whose rule files are trusted, one over the fixed
     * rules in DRL with those files, compiled on the first call and shared after. If the compile
     * fails, every call throws its problems again without compiling again.
     */
    public Evaluator evaluator() throws TenkenException {
        Evaluator e = evaluator;
        if (e != null) {
            return e;
        }
        synchronized (this) {
            if (evaluator == null && compileError == null) {
                try {
                    boolean trusted = trustRules && !checklist.rules().isEmpty();
                    evaluator = trusted ? new Evaluator(RuleCompiler.compile(checklist.rules()), true, false)
                            : FixedRules.evaluator();
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

    /**
     * Lays out the leaves of every item at fixed places, before any other leaf: for item
     * {@code i} of {@code n}, its {@code applies_when} at {@code i} (always true without one) and
     * its check at {@code n + i} (always unknown without one, so that it decides nothing). The
     * fixed rules then find the items to decide through {@link ProfileFacts}.
     */
    private void layOutItems() {
        if (!leaves.isEmpty()) {
            throw new IllegalStateException("items are laid out first");
        }
        Leaf yes = Leaf.constant(true);
        Leaf undecided = Leaf.undecided();
        for (Item item : items) {
            leaves.add(item.appliesWhen().map(this::shared).orElse(yes));
        }
        for (Item item : items) {
            leaves.add(item.check().map(this::shared).orElse(undecided));
        }
    }

    /**
     * Registers a whole condition as one leaf after the items' leaves; returns its index for
     * {@code holds(n)}. The same condition in several places is one leaf.
     */
    private int addCondition(Condition c) {
        Integer known = conditionIndex.get(c);
        if (known != null) {
            return known;
        }
        leaves.add(shared(c));
        conditionIndex.put(c, leaves.size() - 1);
        return leaves.size() - 1;
    }

    /** The compiled leaf of a condition, one object however often the condition is written. */
    private Leaf shared(Condition c) {
        Leaf known = compiled.get(c);
        if (known == null) {
            known = compile(c);
            compiled.put(c, known);
        }
        return known;
    }

    /** The leaf tree of a condition; recursion is bounded by {@link #MAX_CONDITION_DEPTH}, checked before. */
    private Leaf compile(Condition c) {
        if (c instanceof Condition.All a) {
            return Leaf.compound(Leaf.Kind.ALL, a.parts().stream().map(this::compile).toArray(Leaf[]::new));
        }
        if (c instanceof Condition.Any a) {
            return Leaf.compound(Leaf.Kind.ANY, a.parts().stream().map(this::compile).toArray(Leaf[]::new));
        }
        if (c instanceof Condition.Not n) {
            return Leaf.compound(Leaf.Kind.NOT, new Leaf[] {compile(n.part())});
        }
        Condition.Comparison k = (Condition.Comparison) c;
        // the same comparison in several conditions is one object
        return comparisons.computeIfAbsent(k, x -> new Leaf(slots.get(x.fact()), x));
    }

    /** The profile fact object for one assessment (already validated against the checklist). */
    ProfileFacts profileFacts(SelfAssessment a) {
        // at least one slot: constant leaves name slot 0, and ProfileFacts asks whether it is given
        Object[] values = new Object[Math.max(1, slotFacts.size())];
        for (Map.Entry<String, FactValue> e : a.profile().entrySet()) {
            Integer slot = slots.get(e.getKey());
            if (slot != null) {
                values[slot] = plainValue(slot, e.getValue());
            }
        }
        return new ProfileFacts(leafArray, firstOfLeaf, values, a.answers(), itemIds, concernLeaf);
    }

    /**
     * A stated value as the leaves compare it: {@code Leaf.plain(fact.normalise(value))}, with the
     * declared values' own spellings looked up rather than folded again (the common case).
     */
    private Object plainValue(int slot, FactValue value) {
        Map<String, String> canonical = declaredSpellings.get(slot);
        if (canonical != null) {
            if (value instanceof FactValue.Text t) {
                String c = canonical.get(t.value());
                if (c != null) {
                    return slotFacts.get(slot).type() == FactType.SET ? Set.of(c) : c;
                }
            } else if (value instanceof FactValue.Members m) {
                String[] out = new String[m.members().size()];
                int n = 0;
                for (String member : m.members()) {
                    String c = canonical.get(member);
                    if (c == null) {
                        n = -1;
                        break;
                    }
                    out[n++] = c;
                }
                if (n >= 0) {
                    // distinct members are distinct declared spellings, each its own canonical
                    // form (ProfileFact.canonical): no duplicates for Set.of to refuse
                    return Set.of(out);
                }
            }
        }
        return Leaf.plain(slotFacts.get(slot).normalise(value));
    }

    List<Concern> concerns() {
        return checklist.concerns();
    }

    /** The indexes of the items concern {@code k} names. */
    int[] concernItems(int k) {
        return concernItems[k];
    }
}
