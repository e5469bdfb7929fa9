package dev.tenken.checklist.load;

import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Condition;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.LocalizedText;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.SourceRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A checklist file as bound, before {@code extends} and {@code tailor} are applied. Keeps the
 * positions needed to report problems found during resolution.
 *
 * @param source      file name
 * @param baseDir     where rule files are looked up (a directory path or classpath prefix)
 * @param fromClasspath whether {@code baseDir} is a classpath prefix
 * @param id          checklist id
 * @param line        line of the id
 * @param version     version, may be null when inherited
 * @param title       title, may be null when inherited
 * @param audience    audience, may be null when inherited
 * @param sources     sources
 * @param parent      the id named by {@code extends}
 * @param tailor      tailoring, empty when none
 * @param profile     own profile facts
 * @param grading     own grading overrides
 * @param categories  own categories
 * @param concerns    own concerns
 * @param rules       rule file names
 * @param factUses    every comparison, to type-check once the profile is resolved
 * @param declaredItemIds every item id the file declares, including items that failed to bind
 * @param declaredFactKeys every fact key the file declares, including facts that failed to bind
 * @param complete    whether the file bound without problems; an incomplete one is resolved
 *                    only to report its other problems, never built
 */
public record RawChecklist(
        String source,
        String baseDir,
        boolean fromClasspath,
        String id,
        int line,
        String version,
        LocalizedText title,
        String audience,
        List<SourceRef> sources,
        Optional<Located<String>> parent,
        Tailor tailor,
        List<Located<ProfileFact>> profile,
        GradingOverrides grading,
        List<RawCategory> categories,
        List<Located<Concern>> concerns,
        List<Located<String>> rules,
        List<FactUse> factUses,
        Set<String> declaredItemIds,
        Set<String> declaredFactKeys,
        boolean complete) {

    /** Copies the collections. */
    public RawChecklist {
        sources = List.copyOf(sources);
        profile = List.copyOf(profile);
        categories = List.copyOf(categories);
        concerns = List.copyOf(concerns);
        rules = List.copyOf(rules);
        factUses = List.copyOf(factUses);
        declaredItemIds = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(declaredItemIds));
        declaredFactKeys = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(declaredFactKeys));
    }

    /** A value with the position it was written at. */
    public record Located<T>(T value, int line, int column) {
    }

    /** A category as written; the title may be left out when adding items to an inherited category. */
    public record RawCategory(String id, int line, int column, Optional<LocalizedText> title, List<Located<Item>> items) {
    }

    /** {@code tailor:} entries. */
    public record Tailor(List<Located<String>> exclude, List<Located<RankChange>> rank, int line, int column) {
        /** No tailoring. */
        public static final Tailor NONE = new Tailor(List.of(), List.of(), 0, 0);

        /** Whether anything is tailored. */
        public boolean isEmpty() {
            return exclude.isEmpty() && rank.isEmpty();
        }
    }

    /** One {@code rank:} override. */
    public record RankChange(String itemId, Rank rank) {
    }

    /** {@code grading:} thresholds given by this file; absent ones are inherited or default. */
    public record GradingOverrides(Optional<BigDecimal> aRecommendedMin, Optional<BigDecimal> cRequiredMin,
                                   Optional<BigDecimal> dRequiredMin) {
        /** Nothing overridden. */
        public static final GradingOverrides NONE = new GradingOverrides(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A comparison written in an item's or concern's condition. */
    public record FactUse(String owner, Condition.Comparison comparison, int line, int column) {
    }
}
