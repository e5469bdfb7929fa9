package dev.tenken.checklist;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A resolved checklist: {@code extends} and {@code tailor} already applied, every condition
 * checked against the declared profile facts.
 *
 * @param id         checklist id, {@code [a-z0-9-]+}
 * @param version    version text
 * @param title      title
 * @param audience   who the checklist is for (free text)
 * @param sources    documents it is based on
 * @param extendsId  the parent it was resolved from, if any (informational)
 * @param profile    declared profile facts
 * @param grading    grade thresholds
 * @param categories categories in checklist order
 * @param concerns   cross-item rules written as data
 * @param rules      trusted DRL files named by the checklist (and its parents), as given
 * @since 0.1
 */
public record Checklist(
        String id,
        String version,
        LocalizedText title,
        String audience,
        List<SourceRef> sources,
        Optional<String> extendsId,
        List<ProfileFact> profile,
        GradingPolicy grading,
        List<Category> categories,
        List<Concern> concerns,
        List<RuleFile> rules) {

    /**
     * Validates the checklist as a whole: unique ids, declared facts, existing concern items.
     *
     * @param id         checklist id, matching {@link Ids#CHECKLIST_ID}
     * @param version    version text
     * @param title      title
     * @param audience   who the checklist is for (free text)
     * @param sources    documents it is based on; may be empty
     * @param extendsId  the parent it was resolved from, empty when it extends nothing
     * @param profile    declared profile facts, each key once
     * @param grading    grade thresholds
     * @param categories categories in checklist order; category and item ids unique across the checklist
     * @param concerns   cross-item rules written as data; each names only items of this checklist
     * @param rules      trusted DRL files named by the checklist (and its parents); may be empty
     * @throws IllegalArgumentException if an id is malformed or repeated, a condition tests an undeclared
     *                                  or ill-typed fact, or a concern names an unknown item
     */
    public Checklist {
        Ids.requireChecklistId(id);
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(audience, "audience");
        sources = List.copyOf(sources);
        Objects.requireNonNull(extendsId, "extendsId");
        profile = List.copyOf(profile);
        Objects.requireNonNull(grading, "grading");
        categories = List.copyOf(categories);
        concerns = List.copyOf(concerns);
        rules = List.copyOf(rules);
        Map<String, ProfileFact> keys = new HashMap<>();
        for (ProfileFact f : profile) {
            if (keys.put(f.key(), f) != null) {
                throw new IllegalArgumentException("duplicate profile fact '" + f.key() + "'");
            }
        }
        Set<String> ids = new HashSet<>();
        Set<String> categoryIds = new HashSet<>();
        for (Category c : categories) {
            if (!categoryIds.add(c.id())) {
                throw new IllegalArgumentException("duplicate category id '" + c.id() + "'");
            }
            for (Item i : c.items()) {
                if (!ids.add(i.id())) {
                    throw new IllegalArgumentException("duplicate item id '" + i.id() + "'");
                }
                i.appliesWhen().ifPresent(cond -> requireDeclared(cond, keys, i.id()));
                i.check().ifPresent(cond -> requireDeclared(cond, keys, i.id()));
            }
        }
        Set<String> concernIds = new HashSet<>();
        for (Concern c : concerns) {
            if (!concernIds.add(c.id())) {
                throw new IllegalArgumentException("duplicate concern id '" + c.id() + "'");
            }
            c.when().ifPresent(cond -> requireDeclared(cond, keys, c.id()));
            for (String item : c.itemsNotMet()) {
                if (!ids.contains(item)) {
                    throw new IllegalArgumentException("concern '" + c.id() + "' names unknown item '" + item + "'");
                }
            }
        }
    }

    private static void requireDeclared(Condition condition, Map<String, ProfileFact> keys, String owner) {
        condition.forEachComparison(c -> {
            ProfileFact fact = keys.get(c.fact());
            if (fact == null) {
                throw new IllegalArgumentException("'" + owner + "' tests undeclared fact '" + c.fact() + "'");
            }
            List<String> problems = ConditionTyping.problems(c, fact);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("'" + owner + "': " + problems.get(0));
            }
        });
    }

    /**
     * Every item, in checklist order.
     *
     * @return a new stream over the items of every category
     */
    public Stream<Item> items() {
        return categories.stream().flatMap(c -> c.items().stream());
    }

    /**
     * The item with this id, if any.
     *
     * @param itemId the item id, matched exactly
     * @return the item, or empty when no item has that id
     */
    public Optional<Item> item(String itemId) {
        return items().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /**
     * The profile fact declared under this key, if any.
     *
     * @param key the fact key, matched exactly
     * @return the declaration, or empty when the checklist declares no such fact
     */
    public Optional<ProfileFact> fact(String key) {
        return profile.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * Profile facts by key, in declaration order.
     *
     * @return a new modifiable map
     */
    public Map<String, ProfileFact> factsByKey() {
        Map<String, ProfileFact> m = new LinkedHashMap<>();
        profile.forEach(f -> m.put(f.key(), f));
        return m;
    }

    /**
     * Items by id, in checklist order.
     *
     * @return a new modifiable map
     */
    public Map<String, Item> itemsById() {
        Map<String, Item> m = new LinkedHashMap<>();
        items().forEach(i -> m.put(i.id(), i));
        return m;
    }

    /**
     * The category each item belongs to, by item id.
     *
     * @return a new modifiable map, in no particular order
     */
    public Map<String, Category> categoryOfItem() {
        Map<String, Category> m = new HashMap<>();
        categories.forEach(c -> c.items().forEach(i -> m.put(i.id(), c)));
        return m;
    }
}
