package dev.tenken.checklist.internal;

import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.GradingPolicy;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.LocalizedText;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.RuleFile;
import dev.tenken.checklist.SourceRef;
import dev.tenken.checklist.internal.RawChecklist.FactUse;
import dev.tenken.checklist.internal.RawChecklist.Located;
import dev.tenken.checklist.internal.RawChecklist.RankChange;
import dev.tenken.checklist.internal.RawChecklist.RawCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies {@code extends} and {@code tailor} and type-checks conditions against the resolved
 * profile. Every problem is reported; a checklist whose parent has problems is not resolved.
 */
public final class ChecklistResolver {

    /** Reads a rule file named by a checklist; empty when it does not exist. */
    @FunctionalInterface
    public interface RuleFileReader {
        /** The file's text, or empty if missing. */
        Optional<RuleFile> read(RawChecklist owner, String name);
    }

    private final Map<String, RawChecklist> raws;
    private final RuleFileReader ruleReader;
    private final List<Problem> problems;
    private final Map<String, Optional<Checklist>> done = new HashMap<>();
    private final LinkedHashSet<String> visiting = new LinkedHashSet<>();

    private ChecklistResolver(Map<String, RawChecklist> raws, RuleFileReader ruleReader, List<Problem> problems) {
        this.raws = raws;
        this.ruleReader = ruleReader;
        this.problems = problems;
    }

    /**
     * Resolves every checklist in {@code raws} (id to definition). Problems go to {@code problems};
     * the result holds the checklists that resolved cleanly, in the order of {@code raws}.
     */
    public static Map<String, Checklist> resolveAll(Map<String, RawChecklist> raws, RuleFileReader ruleReader,
                                                    List<Problem> problems) {
        ChecklistResolver r = new ChecklistResolver(raws, ruleReader, problems);
        Map<String, Checklist> out = new LinkedHashMap<>();
        for (String id : raws.keySet()) {
            r.resolve(id).ifPresent(c -> out.put(id, c));
        }
        return out;
    }

    private Optional<Checklist> resolve(String id) {
        Optional<Checklist> known = done.get(id);
        if (known != null) {
            return known;
        }
        RawChecklist raw = raws.get(id);
        visiting.add(id);
        Optional<Checklist> result;
        Optional<Checklist> parent = Optional.empty();
        boolean parentOk = true;
        if (raw.parent().isPresent()) {
            Located<String> p = raw.parent().get();
            if (visiting.contains(p.value())) {
                List<String> cycle = new ArrayList<>();
                boolean in = false;
                for (String v : visiting) {
                    in |= v.equals(p.value());
                    if (in) {
                        cycle.add(v);
                    }
                }
                cycle.add(p.value());
                problems.add(new Problem(raw.source(), p.line(), p.column(), Optional.empty(),
                        "extends cycle: " + String.join(" -> ", cycle)));
                parentOk = false;
            } else if (!raws.containsKey(p.value())) {
                problems.add(new Problem(raw.source(), p.line(), p.column(), Optional.empty(),
                        "extends unknown checklist '" + p.value() + "'" + Suggest.hint(p.value(), raws.keySet())));
                parentOk = false;
            } else {
                parent = resolve(p.value());
                parentOk = parent.isPresent();
            }
        }
        result = parentOk ? merge(raw, parent) : Optional.empty();
        visiting.remove(id);
        done.put(id, result);
        return result;
    }

    private Optional<Checklist> merge(RawChecklist raw, Optional<Checklist> parent) {
        int before = problems.size();
        String source = raw.source();
        String version = raw.version() != null ? raw.version() : parent.map(Checklist::version).orElse("");
        LocalizedText title = raw.title() != null ? raw.title() : parent.map(Checklist::title).orElse(null);
        String audience = raw.audience() != null ? raw.audience() : parent.map(Checklist::audience).orElse("");
        List<SourceRef> sources = new ArrayList<>(parent.map(Checklist::sources).orElse(List.of()));
        sources.addAll(raw.sources());

        Map<String, ProfileFact> profile = new LinkedHashMap<>();
        parent.ifPresent(p -> p.profile().forEach(f -> profile.put(f.key(), f)));
        for (Located<ProfileFact> f : raw.profile()) {
            if (profile.containsKey(f.value().key())) {
                problems.add(new Problem(source, f.line(), f.column(), Optional.empty(),
                        "profile fact '" + f.value().key() + "' is already declared by '" + raw.parent().get().value() + "'"));
            } else {
                profile.put(f.value().key(), f.value());
            }
        }

        GradingPolicy base = parent.map(Checklist::grading).orElse(GradingPolicy.DEFAULT);
        GradingPolicy grading = new GradingPolicy(
                raw.grading().aRecommendedMin().orElse(base.aRecommendedMin()),
                raw.grading().cRequiredMin().orElse(base.cRequiredMin()),
                raw.grading().dRequiredMin().orElse(base.dRequiredMin()));

        // categories: inherited first, own items appended to a category of the same id
        Map<String, LocalizedText> catTitles = new LinkedHashMap<>();
        Map<String, List<Item>> catItems = new LinkedHashMap<>();
        Set<String> itemIds = new LinkedHashSet<>();
        parent.ifPresent(p -> p.categories().forEach(c -> {
            catTitles.put(c.id(), c.title());
            catItems.put(c.id(), new ArrayList<>(c.items()));
            c.items().forEach(i -> itemIds.add(i.id()));
        }));
        for (RawCategory c : raw.categories()) {
            if (c.title().isPresent()) {
                catTitles.put(c.id(), c.title().get());
            } else if (!catTitles.containsKey(c.id())) {
                problems.add(new Problem(source, c.line(), c.column(), Optional.empty(),
                        "category '" + c.id() + "' needs a title (it is not inherited)"));
            }
            List<Item> items = catItems.computeIfAbsent(c.id(), k -> new ArrayList<>());
            for (Located<Item> li : c.items()) {
                if (!itemIds.add(li.value().id())) {
                    problems.add(new Problem(source, li.line(), li.column(), Optional.of(li.value().id()),
                            "item id '" + li.value().id() + "' is already used by '" + raw.parent().map(Located::value).orElse(raw.id()) + "'"));
                } else {
                    items.add(li.value());
                }
            }
        }

        // tailor
        Set<String> excluded = new LinkedHashSet<>();
        for (Located<String> ex : raw.tailor().exclude()) {
            if (!itemIds.contains(ex.value())) {
                problems.add(new Problem(source, ex.line(), ex.column(), Optional.of(ex.value()),
                        "tailor.exclude names unknown item '" + ex.value() + "'" + Suggest.hint(ex.value(), itemIds)));
            } else {
                excluded.add(ex.value());
            }
        }
        Map<String, RankChange> rankChanges = new HashMap<>();
        for (Located<RankChange> rc : raw.tailor().rank()) {
            String itemId = rc.value().itemId();
            if (!itemIds.contains(itemId)) {
                problems.add(new Problem(source, rc.line(), rc.column(), Optional.of(itemId),
                        "tailor.rank names unknown item '" + itemId + "'" + Suggest.hint(itemId, itemIds)));
            } else if (excluded.contains(itemId)) {
                problems.add(new Problem(source, rc.line(), rc.column(), Optional.of(itemId),
                        "item '" + itemId + "' is both excluded and re-ranked"));
            } else {
                rankChanges.put(itemId, rc.value());
            }
        }
        List<Category> categories = new ArrayList<>();
        for (Map.Entry<String, List<Item>> e : catItems.entrySet()) {
            List<Item> kept = new ArrayList<>();
            for (Item i : e.getValue()) {
                if (excluded.contains(i.id())) {
                    continue;
                }
                RankChange rc = rankChanges.get(i.id());
                kept.add(rc == null ? i : i.withRank(rc.rank()));
            }
            LocalizedText t = catTitles.get(e.getKey());
            if (!kept.isEmpty() && t != null) {
                categories.add(new Category(e.getKey(), t, kept));
            }
        }
        Set<String> finalIds = new LinkedHashSet<>(itemIds);
        finalIds.removeAll(excluded);
        if (finalIds.isEmpty()) {
            problems.add(new Problem(source, raw.line(), 1, Optional.empty(), "checklist '" + raw.id() + "' has no items"));
        }

        // concerns: inherited ones that lost an item to 'exclude' are dropped
        List<Concern> concerns = new ArrayList<>();
        Set<String> concernIds = new LinkedHashSet<>();
        parent.ifPresent(p -> p.concerns().stream()
                .filter(c -> finalIds.containsAll(c.itemsNotMet()))
                .forEach(c -> {
                    concerns.add(c);
                    concernIds.add(c.id());
                }));
        for (Located<Concern> lc : raw.concerns()) {
            Concern c = lc.value();
            boolean ok = true;
            for (String i : c.itemsNotMet()) {
                if (!finalIds.contains(i)) {
                    problems.add(new Problem(source, lc.line(), lc.column(), Optional.of(c.id()),
                            "concern names unknown item '" + i + "'" + Suggest.hint(i, finalIds)));
                    ok = false;
                }
            }
            if (!concernIds.add(c.id())) {
                problems.add(new Problem(source, lc.line(), lc.column(), Optional.of(c.id()),
                        "concern id '" + c.id() + "' is already used"));
                ok = false;
            }
            if (ok) {
                concerns.add(c);
            }
        }

        // conditions against the resolved profile
        for (FactUse use : raw.factUses()) {
            ProfileFact f = profile.get(use.comparison().fact());
            Optional<String> owner = Optional.of(use.owner());
            if (f == null) {
                problems.add(new Problem(source, use.line(), use.column(), owner,
                        "condition uses undeclared fact '" + use.comparison().fact() + "'; declare it under 'profile'"
                                + Suggest.hint(use.comparison().fact(), profile.keySet())));
            } else {
                for (String msg : ConditionTyping.problems(use.comparison(), f)) {
                    problems.add(new Problem(source, use.line(), use.column(), owner, msg));
                }
            }
        }

        List<RuleFile> rules = new ArrayList<>(parent.map(Checklist::rules).orElse(List.of()));
        for (Located<String> r : raw.rules()) {
            Optional<RuleFile> rf = ruleReader.read(raw, r.value());
            if (rf.isEmpty()) {
                problems.add(new Problem(source, r.line(), r.column(), Optional.empty(),
                        "rule file '" + r.value() + "' not found beside the checklist"));
            } else {
                rules.add(rf.get());
            }
        }

        if (title == null) {
            problems.add(new Problem(source, raw.line(), 1, Optional.empty(), "missing key 'title'"));
        }
        if (problems.size() != before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Checklist(raw.id(), version, title, audience, sources,
                    raw.parent().map(Located::value), List.copyOf(profile.values()), grading, categories, concerns, rules));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(source, raw.line(), 1, Optional.empty(), e.getMessage()));
            return Optional.empty();
        }
    }
}
