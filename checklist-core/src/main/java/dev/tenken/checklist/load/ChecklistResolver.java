package dev.tenken.checklist.load;

import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.FactType;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.GradingPolicy;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.LocalizedText;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.RuleFile;
import dev.tenken.checklist.SourceRef;
import dev.tenken.checklist.load.RawChecklist.FactUse;
import dev.tenken.checklist.load.RawChecklist.Located;
import dev.tenken.checklist.load.RawChecklist.RankChange;
import dev.tenken.checklist.load.RawChecklist.RawCategory;
import dev.tenken.checklist.text.Suggest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies {@code extends} and {@code tailor} and type-checks conditions against the resolved
 * profile: raw checklists in, resolved {@link Checklist}s out. Parents come either from the same
 * batch of raw checklists or from checklists already resolved, which are used as they are.
 *
 * <p>Every step runs even when an earlier one (or binding) found problems, so that one run
 * reports everything; a checklist with any problem, or whose parent has one, is not built.
 */
public final class ChecklistResolver {

    /** Reads a rule file named by a checklist; empty when it does not exist. */
    @FunctionalInterface
    public interface RuleFileReader {
        /** The file's text, or empty (with a problem added) if it cannot be used. */
        Optional<RuleFile> read(RawChecklist owner, Located<String> name, List<Problem> problems);
    }

    /**
     * A checklist as far as it could be resolved: what children inherit, and whether it is
     * sound. Ids of items and facts that failed to bind are kept, so that references to them
     * are not reported a second time. {@code depth} counts its ancestors.
     */
    private record Merged(String id, String version, LocalizedText title, String audience, List<SourceRef> sources,
                          Optional<String> parent, Map<String, ProfileFact> profile, Set<String> factKeys,
                          GradingPolicy grading, List<Category> categories, Set<String> itemIds, List<Concern> concerns,
                          List<RuleFile> rules, boolean sound, int depth) {

        /** A checklist resolved before; its ancestors are not known here, so it counts as a root. */
        static Merged of(Checklist c) {
            Set<String> ids = new LinkedHashSet<>();
            c.items().forEach(i -> ids.add(i.id()));
            return new Merged(c.id(), c.version(), c.title(), c.audience(), c.sources(), c.extendsId(), c.factsByKey(),
                    c.factsByKey().keySet(), c.grading(), c.categories(), ids, c.concerns(), c.rules(), true, 0);
        }

        Checklist toChecklist() {
            return new Checklist(id, version, title, audience, sources, parent, List.copyOf(profile.values()), grading,
                    categories, concerns, rules);
        }
    }

    private final Map<String, RawChecklist> raws;
    private final Map<String, Checklist> resolvedParents;
    private final RuleFileReader ruleReader;
    private final List<Problem> problems;
    private final Map<String, Optional<Merged>> done = new HashMap<>();
    /** Every checklist id that {@code extends} may name, for suggestions; made on first need. */
    private Set<String> knownIds;

    private ChecklistResolver(Map<String, RawChecklist> raws, Map<String, Checklist> resolvedParents,
                              RuleFileReader ruleReader, List<Problem> problems) {
        this.raws = raws;
        this.resolvedParents = resolvedParents;
        this.ruleReader = ruleReader;
        this.problems = problems;
    }

    /**
     * Resolves every checklist in {@code raws} (id to definition); {@code resolvedParents} may
     * serve as parents. Problems go to {@code problems}; the result holds the checklists that
     * resolved cleanly, in the order of {@code raws}.
     */
    public static Map<String, Checklist> resolveAll(Map<String, RawChecklist> raws, Map<String, Checklist> resolvedParents,
                                                    RuleFileReader ruleReader, List<Problem> problems) {
        ChecklistResolver r = new ChecklistResolver(raws, resolvedParents, ruleReader, problems);
        Map<String, Checklist> out = new LinkedHashMap<>();
        for (String id : raws.keySet()) {
            r.resolve(id).filter(Merged::sound).ifPresent(m -> r.build(raws.get(id), m).ifPresent(c -> out.put(id, c)));
        }
        return out;
    }

    /**
     * Resolves {@code id} and its ancestors without recursion: the chain of {@code extends} is
     * walked first, then resolved from the top down, so a long chain cannot overflow the stack.
     */
    private Optional<Merged> resolve(String id) {
        Optional<Merged> known = done.get(id);
        if (known != null) {
            return known;
        }
        List<String> chain = new ArrayList<>();
        Set<String> onChain = new HashSet<>();
        String cur = id;
        while (cur != null && !done.containsKey(cur) && onChain.add(cur)) {
            chain.add(cur);
            Optional<Located<String>> p = raws.get(cur).parent();
            cur = p.isPresent() && raws.containsKey(p.get().value()) ? p.get().value() : null;
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            resolveOne(chain.get(i), chain.subList(0, i + 1));
        }
        return done.get(id);
    }

    /** Resolves one checklist whose parent in this batch, if any, is resolved already or on {@code chain} (a cycle). */
    private void resolveOne(String id, List<String> chain) {
        RawChecklist raw = raws.get(id);
        Optional<Merged> parent = Optional.empty();
        boolean parentSound = true;
        if (raw.parent().isPresent()) {
            parent = parent(raw, raw.parent().get(), chain);
            parentSound = parent.map(Merged::sound).orElse(false);
        }
        Optional<Merged> result = parent.isPresent() || raw.parent().isEmpty()
                ? Optional.of(new Merge(raw, parent).run(parentSound))
                : Optional.empty();
        done.put(id, result);
    }

    /**
     * The parent named by {@code extends}: from this batch (already resolved), or resolved
     * before; empty (reported) when unknown, cyclic or too deep. {@code chain} lists the
     * checklists being resolved, child first, ending with {@code raw}.
     */
    private Optional<Merged> parent(RawChecklist raw, Located<String> p, List<String> chain) {
        String pid = p.value();
        if (raws.containsKey(pid)) {
            Optional<Merged> resolved = done.get(pid);
            if (resolved == null) {
                // not resolved yet, so on the chain below this one: a cycle
                List<String> cycle = new ArrayList<>(chain.subList(Math.max(0, chain.indexOf(pid)), chain.size()));
                cycle.add(pid);
                problems.add(new Problem(raw.source(), p.line(), p.column(), Optional.empty(),
                        "extends cycle: " + String.join(" -> ", cycle)));
                return Optional.empty();
            }
            if (resolved.isPresent() && resolved.get().depth() >= ChecklistBinder.MAX_EXTENDS_DEPTH) {
                problems.add(new Problem(raw.source(), p.line(), p.column(), Optional.empty(),
                        "extends chain is too long: '" + raw.id() + "' would have more than " + ChecklistBinder.MAX_EXTENDS_DEPTH
                                + " ancestors (the limit); flatten the chain"));
                return Optional.empty();
            }
            return resolved;
        }
        Checklist resolved = resolvedParents.get(pid);
        if (resolved != null) {
            return Optional.of(Merged.of(resolved));
        }
        if (knownIds == null) {
            knownIds = new LinkedHashSet<>(raws.keySet());
            knownIds.addAll(resolvedParents.keySet());
        }
        Set<String> known = knownIds;
        problems.add(new Problem(raw.source(), p.line(), p.column(), Optional.empty(),
                "extends unknown checklist '" + pid + "'" + Suggest.hint(pid, known)));
        return Optional.empty();
    }

    private Optional<Checklist> build(RawChecklist raw, Merged m) {
        try {
            return Optional.of(m.toChecklist());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(raw.source(), raw.line(), 1, Optional.empty(), e.getMessage()));
            return Optional.empty();
        }
    }

    /** The merge of one raw checklist over its (optional) parent, one method per step. */
    private final class Merge {
        private final RawChecklist raw;
        private final Optional<Merged> parent;
        private final String source;
        private final int problemsBefore = problems.size();

        private final Map<String, ProfileFact> profile = new LinkedHashMap<>();
        private final Set<String> factKeys = new LinkedHashSet<>();
        private final Map<String, LocalizedText> categoryTitles = new LinkedHashMap<>();
        private final Map<String, List<Item>> categoryItems = new LinkedHashMap<>();
        /** Every item id in play, including those of items that failed to bind. */
        private final Set<String> itemIds = new LinkedHashSet<>();
        private final Set<String> excluded = new LinkedHashSet<>();
        private final Map<String, RankChange> rankChanges = new HashMap<>();

        Merge(RawChecklist raw, Optional<Merged> parent) {
            this.raw = raw;
            this.parent = parent;
            this.source = raw.source();
        }

        Merged run(boolean parentSound) {
            profile();
            GradingPolicy grading = grading();
            categories();
            tailor();
            List<Category> categories = tailoredCategories();
            Set<String> finalIds = new LinkedHashSet<>(itemIds);
            finalIds.removeAll(excluded);
            List<Concern> concerns = concerns(finalIds);
            conditions();
            List<RuleFile> rules = ruleFiles();
            LocalizedText title = raw.title() != null ? raw.title() : parent.map(Merged::title).orElse(null);
            if (title == null && raw.complete()) {
                problem(raw.line(), 1, null, "missing key 'title'");
            }
            List<SourceRef> sources = new ArrayList<>(parent.map(Merged::sources).orElse(List.of()));
            sources.addAll(raw.sources());
            boolean sound = parentSound && raw.complete() && problems.size() == problemsBefore;
            return new Merged(raw.id(), raw.version() != null ? raw.version() : parent.map(Merged::version).orElse(""),
                    title, raw.audience() != null ? raw.audience() : parent.map(Merged::audience).orElse(""), sources,
                    raw.parent().map(Located::value), profile, factKeys, grading, categories, finalIds, concerns, rules,
                    sound, parent.map(p -> p.depth() + 1).orElse(0));
        }

        private void problem(int line, int column, String item, String message) {
            problems.add(new Problem(source, line, column, Optional.ofNullable(item), message));
        }

        /** Inherited facts, then this file's; a fact may not be declared twice. */
        private void profile() {
            parent.ifPresent(p -> {
                profile.putAll(p.profile());
                factKeys.addAll(p.factKeys());
            });
            for (Located<ProfileFact> f : raw.profile()) {
                String key = f.value().key();
                if (factKeys.contains(key)) {
                    problem(f.line(), f.column(), null, "profile fact '" + key + "' is already declared by '"
                            + raw.parent().map(Located::value).orElse(raw.id()) + "'");
                } else {
                    profile.put(key, f.value());
                }
            }
            factKeys.addAll(raw.declaredFactKeys());
        }

        /** This file's thresholds over the inherited (or default) ones. */
        private GradingPolicy grading() {
            GradingPolicy base = parent.map(Merged::grading).orElse(GradingPolicy.DEFAULT);
            return new GradingPolicy(
                    raw.grading().aRecommendedMin().orElse(base.aRecommendedMin()),
                    raw.grading().cRequiredMin().orElse(base.cRequiredMin()),
                    raw.grading().dRequiredMin().orElse(base.dRequiredMin()));
        }

        /** Inherited categories first; own items are appended to a category of the same id. */
        private void categories() {
            parent.ifPresent(p -> {
                p.categories().forEach(c -> {
                    categoryTitles.put(c.id(), c.title());
                    categoryItems.put(c.id(), new ArrayList<>(c.items()));
                });
                itemIds.addAll(p.itemIds());
            });
            Set<String> inherited = Set.copyOf(itemIds);
            for (RawCategory c : raw.categories()) {
                if (c.title().isPresent()) {
                    categoryTitles.put(c.id(), c.title().get());
                } else if (!categoryTitles.containsKey(c.id())) {
                    problem(c.line(), c.column(), null, "category '" + c.id() + "' needs a title (it is not inherited)");
                }
                List<Item> items = categoryItems.computeIfAbsent(c.id(), k -> new ArrayList<>());
                for (Located<Item> li : c.items()) {
                    String id = li.value().id();
                    if (inherited.contains(id)) {
                        problem(li.line(), li.column(), id, "item id '" + id + "' is already used by '"
                                + raw.parent().map(Located::value).orElse(raw.id()) + "'");
                    } else {
                        items.add(li.value());
                    }
                }
            }
            for (String id : raw.declaredItemIds()) {
                itemIds.add(id);
            }
        }

        /** {@code tailor.exclude} and {@code tailor.rank}: only items that exist, never both for one item. */
        private void tailor() {
            for (Located<String> ex : raw.tailor().exclude()) {
                if (!itemIds.contains(ex.value())) {
                    problem(ex.line(), ex.column(), ex.value(), "tailor.exclude names unknown item '" + ex.value() + "'"
                            + Suggest.hint(ex.value(), itemIds));
                } else {
                    excluded.add(ex.value());
                }
            }
            for (Located<RankChange> rc : raw.tailor().rank()) {
                String id = rc.value().itemId();
                if (!itemIds.contains(id)) {
                    problem(rc.line(), rc.column(), id, "tailor.rank names unknown item '" + id + "'"
                            + Suggest.hint(id, itemIds));
                } else if (excluded.contains(id)) {
                    problem(rc.line(), rc.column(), id, "item '" + id + "' is both excluded and re-ranked");
                } else {
                    rankChanges.put(id, rc.value());
                }
            }
        }

        /** The categories with excluded items dropped and re-ranked items changed; empty categories go. */
        private List<Category> tailoredCategories() {
            List<Category> out = new ArrayList<>();
            for (Map.Entry<String, List<Item>> e : categoryItems.entrySet()) {
                List<Item> kept = new ArrayList<>();
                for (Item i : e.getValue()) {
                    if (!excluded.contains(i.id())) {
                        RankChange rc = rankChanges.get(i.id());
                        kept.add(rc == null ? i : i.withRank(rc.rank()));
                    }
                }
                LocalizedText t = categoryTitles.get(e.getKey());
                if (!kept.isEmpty() && t != null) {
                    out.add(new Category(e.getKey(), t, kept));
                }
            }
            if (itemIds.size() == excluded.size() && raw.complete()) {
                problem(raw.line(), 1, null, "checklist '" + raw.id() + "' has no items");
            }
            return out;
        }

        /** Inherited concerns that lost an item to {@code exclude} are dropped; own concerns must name existing items. */
        private List<Concern> concerns(Set<String> finalIds) {
            List<Concern> out = new ArrayList<>();
            Set<String> ids = new LinkedHashSet<>();
            parent.ifPresent(p -> p.concerns().stream()
                    .filter(c -> finalIds.containsAll(c.itemsNotMet()))
                    .forEach(c -> {
                        out.add(c);
                        ids.add(c.id());
                    }));
            for (Located<Concern> lc : raw.concerns()) {
                Concern c = lc.value();
                boolean ok = true;
                for (String i : c.itemsNotMet()) {
                    if (!finalIds.contains(i)) {
                        problem(lc.line(), lc.column(), c.id(), "concern names unknown item '" + i + "'"
                                + Suggest.hint(i, finalIds));
                        ok = false;
                    }
                }
                if (!ids.add(c.id())) {
                    problem(lc.line(), lc.column(), c.id(), "concern id '" + c.id() + "' is already used");
                    ok = false;
                }
                int named = out.stream().mapToInt(x -> x.itemsNotMet().size()).sum() + c.itemsNotMet().size();
                if (ok && out.size() >= ChecklistBinder.MAX_CONCERNS) {
                    problem(lc.line(), lc.column(), c.id(), "the checklist has more than " + ChecklistBinder.MAX_CONCERNS
                            + " concerns (inherited ones included); the limit is " + ChecklistBinder.MAX_CONCERNS);
                    return out;
                }
                if (ok && named > ChecklistBinder.MAX_CONCERN_ITEMS) {
                    problem(lc.line(), lc.column(), c.id(), "the concerns of the checklist name more than "
                            + ChecklistBinder.MAX_CONCERN_ITEMS + " items together (inherited ones included); the limit is "
                            + ChecklistBinder.MAX_CONCERN_ITEMS);
                    return out;
                }
                if (ok) {
                    out.add(c);
                }
            }
            return out;
        }

        /** Every comparison against the resolved profile (SPEC section 2 typing). */
        private void conditions() {
            for (FactUse use : raw.factUses()) {
                String key = use.comparison().fact();
                ProfileFact f = profile.get(key);
                if (f != null) {
                    // number values are held to the number bounds first: a long one is not parsed at all
                    if (numberMembers(use, f)) {
                        use.comparison().typeProblems(f).forEach(msg -> problem(use.line(), use.column(), use.owner(), msg));
                    }
                } else if (!factKeys.contains(key)) {
                    problem(use.line(), use.column(), use.owner(), "condition uses undeclared fact '" + key
                            + "'; declare it under 'profile'" + Suggest.hint(key, factKeys));
                }
            }
        }

        /**
         * The values of {@code in} on a number fact are numbers: they are held to the same bounds
         * as any other. False (with problems) when some value is out of range.
         */
        private boolean numberMembers(FactUse use, ProfileFact f) {
            if (f.type() != FactType.NUMBER || !(use.comparison().operand() instanceof FactValue.Members m)) {
                return true;
            }
            boolean ok = true;
            for (String member : m.members()) {
                if (Numbers.read(member) instanceof Numbers.OutOfRange o) {
                    problem(use.line(), use.column(), use.owner(), "value " + Numbers.shown(member) + " of '"
                            + use.comparison().operator().key() + "' is out of range: " + o.reason());
                    ok = false;
                }
            }
            return ok;
        }

        /** Inherited rule files, then this file's, read from beside the checklist. */
        private List<RuleFile> ruleFiles() {
            List<RuleFile> rules = new ArrayList<>(parent.map(Merged::rules).orElse(List.of()));
            for (Located<String> r : raw.rules()) {
                ruleReader.read(raw, r, problems).ifPresent(rules::add);
            }
            return rules;
        }
    }
}
