package dev.tenken.checklist.report;

import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Condition;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.Operator;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.SelfAssessment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an {@link Evaluation} into an {@link AssessmentReport}: grading, category scores,
 * findings in order, wording in the chosen language, and warnings about facts not given.
 *
 * @since 0.1
 */
public final class ReportBuilder {
    private final Checklist checklist;
    private final List<Item> items;
    private final String[] categoryOf;
    /** Facts some condition compares (not with {@code exists}), in checklist order: the candidates for warnings. */
    private final List<String> comparedFacts;

    private ReportBuilder(Checklist checklist) {
        this.checklist = checklist;
        this.items = checklist.items().toList();
        this.categoryOf = new String[items.size()];
        int n = 0;
        for (Category c : checklist.categories()) {
            for (int k = 0; k < c.items().size(); k++) {
                categoryOf[n++] = c.id();
            }
        }
        Set<String> compared = new LinkedHashSet<>();
        java.util.function.Consumer<Condition> scan = cond -> cond.forEachComparison(c -> {
            if (c.operator() != Operator.EXISTS) {
                compared.add(c.fact());
            }
        });
        items.forEach(i -> {
            i.appliesWhen().ifPresent(scan);
            i.check().ifPresent(scan);
        });
        checklist.concerns().forEach(c -> c.when().ifPresent(scan));
        this.comparedFacts = List.copyOf(compared);
    }

    /** A builder for one checklist with its per-checklist work done once: keep it when grading many assessments. */
    public static ReportBuilder of(Checklist checklist) {
        return new ReportBuilder(checklist);
    }

    /** Builds the report. {@code evaluation.items()} must follow the checklist's item order. */
    public static AssessmentReport build(Checklist checklist, SelfAssessment assessment, Evaluation evaluation,
                                         Language language) {
        return of(checklist).build(assessment, evaluation, language);
    }

    private static List<String> in(List<dev.tenken.checklist.LocalizedText> texts, Language language) {
        List<String> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(t.get(language)));
        return out;
    }

    /** The rule names behind an outcome, then its severity raises worded in the report's language. */
    private List<String> reasons(Evaluation.ItemOutcome o, Language language) {
        if (o.raises().isEmpty()) {
            return o.rules();
        }
        List<String> out = new ArrayList<>(o.rules());
        for (Evaluation.Raise r : o.raises()) {
            String severity = Wording.of(r.severity()).in(language);
            out.add(r.concern() >= 0
                    ? Wording.REASON_CONCERN_RAISE.format(language, checklist.concerns().get(r.concern()).id(), severity,
                            checklist.concerns().get(r.concern()).title().get(language))
                    : Wording.REASON_RULE_RAISE.format(language, r.rule(), severity, r.reason()));
        }
        return out;
    }

    /** Builds the report for this builder's checklist. {@code evaluation.items()} must follow the checklist's item order. */
    public AssessmentReport build(SelfAssessment assessment, Evaluation evaluation, Language language) {
        if (evaluation.items().size() != items.size()) {
            throw new IllegalArgumentException("evaluation has " + evaluation.items().size() + " items; checklist has "
                    + items.size());
        }
        List<ItemStatus> statuses = new ArrayList<>(items.size());
        int notApplicable = 0;
        for (Evaluation.ItemOutcome o : evaluation.items()) {
            statuses.add(o.status());
            if (o.status() == ItemStatus.NOT_APPLICABLE) {
                notApplicable++;
            }
        }
        RankSummary required = Grading.summarize(items, statuses, Rank.REQUIRED);
        RankSummary recommended = Grading.summarize(items, statuses, Rank.RECOMMENDED);
        Grade grade = Grading.grade(required, recommended, checklist.grading());
        int score = Grading.score(required, recommended);

        List<CategoryScore> categories = new ArrayList<>();
        int offset = 0;
        for (Category c : checklist.categories()) {
            List<ItemStatus> cs = statuses.subList(offset, offset + c.items().size());
            categories.add(new CategoryScore(c.id(), c.title().get(language), Grading.categoryScore(c, cs)));
            offset += c.items().size();
        }

        List<ItemResult> results = new ArrayList<>(items.size());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Evaluation.ItemOutcome o = evaluation.items().get(i);
            results.add(new ItemResult(item.id(), categoryOf[i], item.rank(), o.status(),
                    o.status() != ItemStatus.NOT_APPLICABLE, item.title().get(language)));
            if (o.status().isShortfall()) {
                findings.add(new Finding(Optional.of(item.id()), Optional.of(item.rank()), Optional.of(o.status()),
                        o.severity().orElseThrow(() -> new IllegalArgumentException("item '" + item.id()
                                + "' is a shortfall with no severity")),
                        item.title().get(language), item.remediation().get(language), in(item.references(), language),
                        reasons(o, language)));
            }
        }
        for (Evaluation.ConcernOutcome co : evaluation.concerns()) {
            Concern c = checklist.concerns().get(co.concern());
            findings.add(new Finding(Optional.empty(), Optional.empty(), Optional.empty(), c.severity(),
                    c.title().get(language), c.remediation().get(language), in(c.references(), language), co.rules()));
        }
        for (Evaluation.RuleFinding rf : evaluation.ruleFindings()) {
            findings.add(new Finding(Optional.empty(), Optional.empty(), Optional.empty(), rf.severity(),
                    rf.title().get(language), rf.remediation().get(language), List.of(), rf.rules()));
        }
        // stable sort: severity first, the order above (checklist order, then concerns) within it
        findings.sort(Comparator.comparing(Finding::severity));

        List<String> warnings = new ArrayList<>();
        for (String f : comparedFacts) {
            if (!assessment.profile().containsKey(f)) {
                warnings.add(Wording.FACT_MISSING.format(language, f));
            }
        }
        return new AssessmentReport(checklist.id(), checklist.version(), checklist.title().get(language),
                assessment.organisation(), language, grade, score,
                new Summary(required, recommended, notApplicable), categories, findings, results, warnings);
    }
}
