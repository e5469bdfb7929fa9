package dev.tenken.checklist.report;

import dev.tenken.checklist.Answer;
import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Condition;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.Operator;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.Severity;
import dev.tenken.checklist.TenkenVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Turns an {@link Evaluation} into an {@link AssessmentReport}: grading, category scores,
 * findings in order, wording in the chosen language, and warnings about facts not given.
 *
 * @since 0.1
 */
public final class ReportBuilder {
    /** {@code Severity.values().length}, once: each values() call copies the array. */
    private static final int SEVERITIES = Severity.values().length;
    private final Checklist checklist;
    private final List<Item> items;
    /** {@link Grading#summarize} over {@link #items}, adding longs. */
    private final WeightSums weightSums;
    /** The same for each category, in order: a report's category scores. */
    private final WeightSums[] categorySums;
    private final String[] categoryOf;
    /** Per item, the facts its applies_when and its check compare (not with {@code exists}), in order. */
    private final List<List<String>> appliesFacts = new ArrayList<>();
    private final List<List<String>> checkFacts = new ArrayList<>();
    /** Per concern, the facts its condition compares. */
    private final List<List<String>> concernFacts = new ArrayList<>();
    /** The wording that depends only on the checklist, per language (by ordinal), worked out once. */
    private final Texts[] texts;
    /** The same texts escaped and encoded for JSON, per language, made on the first {@link #jsonLine}. */
    private final AtomicReferenceArray<Map<String, byte[]>> encoded = new AtomicReferenceArray<>(Language.values().length);

    /** Per language: item titles, remediation and references; concerns' likewise; category titles. */
    private record Texts(String[] itemTitles, String[] itemRemediations, List<List<String>> itemReferences,
                         String[] concernTitles, String[] concernRemediations, List<List<String>> concernReferences,
                         String[] categoryTitles) {
        static Texts of(Checklist checklist, List<Item> items, Language language) {
            String[] titles = new String[items.size()];
            String[] remediations = new String[items.size()];
            List<List<String>> references = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                titles[i] = items.get(i).title().get(language);
                remediations[i] = items.get(i).remediation().get(language);
                references.add(List.copyOf(in(items.get(i).references(), language)));
            }
            List<Concern> concerns = checklist.concerns();
            String[] cTitles = new String[concerns.size()];
            String[] cRemediations = new String[concerns.size()];
            List<List<String>> cReferences = new ArrayList<>(concerns.size());
            for (int k = 0; k < concerns.size(); k++) {
                cTitles[k] = concerns.get(k).title().get(language);
                cRemediations[k] = concerns.get(k).remediation().get(language);
                cReferences.add(List.copyOf(in(concerns.get(k).references(), language)));
            }
            String[] categories = checklist.categories().stream().map(c -> c.title().get(language)).toArray(String[]::new);
            return new Texts(titles, remediations, references, cTitles, cRemediations, cReferences, categories);
        }
    }

    private ReportBuilder(Checklist checklist) {
        this.checklist = checklist;
        this.items = checklist.items().toList();
        this.weightSums = WeightSums.of(items);
        this.categorySums = checklist.categories().stream().map(c -> WeightSums.of(c.items())).toArray(WeightSums[]::new);
        this.categoryOf = new String[items.size()];
        int n = 0;
        for (Category c : checklist.categories()) {
            for (int k = 0; k < c.items().size(); k++) {
                categoryOf[n++] = c.id();
            }
        }
        for (Item i : items) {
            appliesFacts.add(i.appliesWhen().map(ReportBuilder::comparedFacts).orElse(List.of()));
            checkFacts.add(i.check().map(ReportBuilder::comparedFacts).orElse(List.of()));
        }
        checklist.concerns().forEach(c -> concernFacts.add(c.when().map(ReportBuilder::comparedFacts).orElse(List.of())));
        texts = new Texts[Language.values().length];
        for (Language l : Language.values()) {
            texts[l.ordinal()] = Texts.of(checklist, items, l);
        }
    }

    /** The facts a condition compares, in order, once each; {@code exists} tests are never unknown. */
    private static List<String> comparedFacts(Condition condition) {
        Set<String> out = new LinkedHashSet<>();
        condition.forEachComparison(c -> {
            if (c.operator() != Operator.EXISTS) {
                out.add(c.fact());
            }
        });
        return List.copyOf(out);
    }

    /**
     * A builder for one checklist with its per-checklist work done once: keep it when grading many assessments.
     *
     * @param checklist the checklist the evaluations belong to
     * @return the builder; it holds no state between reports
     */
    public static ReportBuilder of(Checklist checklist) {
        return new ReportBuilder(checklist);
    }

    /**
     * Builds the report. {@code evaluation.items()} must follow the checklist's item order; an
     * assessment that gives no date is dated {@code today}.
     *
     * @param checklist  the checklist assessed
     * @param assessment the assessment, for its organisation, date, assessor, answers and waivers
     * @param evaluation what the evaluator decided, one outcome per item
     * @param language   the language of titles, remediation and warnings
     * @param today      the report date when the assessment gives none; waivers are judged on the report date
     * @return the report
     * @throws IllegalArgumentException if the evaluation does not have one outcome per item of the checklist
     */
    public static AssessmentReport build(Checklist checklist, SelfAssessment assessment, Evaluation evaluation,
                                         Language language, LocalDate today) {
        return of(checklist).build(assessment, evaluation, language, today);
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

    /**
     * Builds the report for this builder's checklist. {@code evaluation.items()} must follow the
     * checklist's item order; an assessment that gives no date is dated {@code today}.
     *
     * @param assessment the assessment, for its organisation, date, assessor, answers and waivers
     * @param evaluation what the evaluator decided, one outcome per item
     * @param language   the language of titles, remediation and warnings
     * @param today      the report date when the assessment gives none; waivers are judged on the report date
     * @return the report
     * @throws IllegalArgumentException if the evaluation does not have one outcome per item of the checklist
     */
    public AssessmentReport build(SelfAssessment assessment, Evaluation evaluation, Language language, LocalDate today) {
        Graded g = grade(evaluation);
        LocalDate day = assessment.assessedOn().orElse(today);
        RankSummary required = g.required();
        RankSummary recommended = g.recommended();
        Grade grade = g.grade();
        int score = g.score();

        Texts text = texts[language.ordinal()];
        List<CategoryScore> categories = new ArrayList<>();
        int offset = 0;
        int ci = 0;
        for (Category c : checklist.categories()) {
            // Grading.categoryScore, with the category's weights held once by this builder
            int categoryScore = categorySums[ci].score(g.statuses(), offset);
            categories.add(new CategoryScore(c.id(), text.categoryTitles()[ci++], categoryScore));
            offset += c.items().size();
        }

        Set<String> given = assessment.profile().keySet();
        Warnings warnings = new Warnings(language);
        Set<String> missingFacts = new java.util.TreeSet<>();
        List<ItemResult> results = new ArrayList<>(items.size());
        List<Finding> findings = new ArrayList<>();
        int notApplicable = 0;
        int assumed = 0;
        int declared = 0;
        int waived = 0;
        int expired = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Evaluation.ItemOutcome o = evaluation.items().get(i);
            // plain statements, not lambdas, in this loop over every item: a lambda that captures a
            // variable is a new object each time, made by a native call when the code runs under C1
            // (as the launcher runs a batch), a few per item, 4 % of a JSON-lines batch
            Answer answer = assessment.answers().get(item.id());
            Applicability applicability = o.applicability();
            List<String> itemMissing = applicability == Applicability.ASSUMED ? missing(appliesFacts.get(i), given) : List.of();
            missingFacts.addAll(itemMissing);
            for (String f : itemMissing) {
                warnings.assumed(f);
            }
            if (applicability.graded() && item.check().isPresent() && !o.byCheck()) {
                // the check could not decide: the status came from the answer
                List<String> checkMissing = missing(checkFacts.get(i), given);
                missingFacts.addAll(checkMissing);
                for (String f : checkMissing) {
                    warnings.checkFellBack(f);
                }
            }
            StatusSource from = o.byCheck() ? StatusSource.CHECK
                    : o.status() == ItemStatus.UNANSWERED || o.status() == ItemStatus.NOT_APPLICABLE ? StatusSource.NONE
                    : StatusSource.ANSWER;
            Optional<AnswerStatus> answered = answer == null || sameAs(answer.status(), o.status()) ? Optional.empty()
                    : Optional.of(answer.status());
            if (answered.isPresent()) {
                warnings.answerNotUsed(item, answered.get(), o, applicability);
            }
            Optional<WaiverResult> waiver = answer == null || answer.waiver().isEmpty() ? Optional.empty()
                    : Optional.of(WaiverResult.of(answer.waiver().get(), day));
            Optional<String> note = answer == null ? Optional.empty() : answer.note();
            Optional<String> evidence = answer == null ? Optional.empty() : answer.evidence();
            ItemResult result = new ItemResult(item.id(), categoryOf[i], item.rank(), o.status(), applicability.graded(),
                    text.itemTitles()[i], applicability, from, itemMissing, answered, note, evidence, waiver);
            results.add(result);
            notApplicable += applicability.graded() ? 0 : 1;
            assumed += applicability == Applicability.ASSUMED ? 1 : 0;
            declared += applicability == Applicability.DECLARED ? 1 : 0;
            if (waiver.isPresent() && !o.status().isShortfall()) {
                warnings.waiverNotNeeded(item);
            }
            if (o.status().isShortfall()) {
                if (waiver.isPresent()) {
                    if (waiver.get().expired()) {
                        expired++;
                        warnings.waiverExpired(item, waiver.get().expires());
                    } else {
                        waived++;
                    }
                }
                findings.add(new Finding(Optional.of(item.id()), Optional.of(item.rank()), Optional.of(o.status()),
                        severity(item, o),
                        text.itemTitles()[i], text.itemRemediations()[i], text.itemReferences().get(i),
                        reasons(o, language), note, evidence, waiver));
            }
        }
        for (Evaluation.ConcernOutcome co : evaluation.concerns()) {
            findings.add(new Finding(Optional.empty(), Optional.empty(), Optional.empty(), severity(co),
                    text.concernTitles()[co.concern()], text.concernRemediations()[co.concern()],
                    text.concernReferences().get(co.concern()), co.rules()));
        }
        for (Evaluation.RuleFinding rf : evaluation.ruleFindings()) {
            findings.add(new Finding(Optional.empty(), Optional.empty(), Optional.empty(), rf.severity(),
                    rf.title().get(language), rf.remediation().get(language), List.of(), rf.rules()));
        }
        for (int k : evaluation.unknownConcerns()) {
            List<String> concernMissing = missing(concernFacts.get(k), given);
            missingFacts.addAll(concernMissing);
            warnings.concernUnknown(checklist.concerns().get(k), concernMissing);
        }
        // stable sort: severity first, the order above (checklist order, then concerns) within it
        findings.sort(Comparator.comparing(Finding::severity));
        return new AssessmentReport(checklist.id(), checklist.version(), checklist.title().get(language),
                assessment.organisation(), day, assessment.assessor(), TenkenVersion.current(), language, grade, score,
                new Summary(required, recommended, notApplicable, assumed, declared, waived, expired), categories,
                findings, results, List.copyOf(missingFacts), warnings.all());
    }

    /**
     * A report this builder made, as one line of JSON in UTF-8 ending in a line feed: the same
     * bytes as {@link AssessmentReport#toJsonLineUtf8()} followed by {@code \n}, for less work.
     * The checklist's own texts (titles, remediation hints, references) are escaped and encoded
     * once per language, on first use, and copied into every line. Any report gives the right
     * line; one of another checklist is written the ordinary way, as it would gain nothing.
     *
     * @param report a report, typically one this builder made
     * @return a new array holding the line
     * @since 0.3
     */
    public byte[] jsonLine(AssessmentReport report) {
        Map<String, byte[]> e = report.checklistId().equals(checklist.id()) ? encoded(report.language()) : Map.of();
        return ReportJson.writeUtf8Line(report, e, true);
    }

    /** Made once per language; two threads may both make it, and either result is the same. */
    private Map<String, byte[]> encoded(Language language) {
        Map<String, byte[]> e = encoded.get(language.ordinal());
        if (e == null) {
            Texts t = texts[language.ordinal()];
            List<String> all = new ArrayList<>(List.of(checklist.title().get(language)));
            all.addAll(Arrays.asList(t.itemTitles()));
            all.addAll(Arrays.asList(t.itemRemediations()));
            t.itemReferences().forEach(all::addAll);
            all.addAll(Arrays.asList(t.concernTitles()));
            all.addAll(Arrays.asList(t.concernRemediations()));
            t.concernReferences().forEach(all::addAll);
            all.addAll(Arrays.asList(t.categoryTitles()));
            Arrays.stream(Rank.values()).map(Rank::label).forEach(all::add); // 必須 and 推奨, on every item
            items.forEach(i -> all.add(i.id())); // and the ids of items and categories
            checklist.categories().forEach(c -> all.add(c.id()));
            encoded.compareAndSet(language.ordinal(), null, Map.copyOf(ReportJson.encode(all)));
            e = encoded.get(language.ordinal());
        }
        return e;
    }

    /**
     * The figures of the report {@link #build} would make for the same input, without its words:
     * grade, score, 必須 and 推奨 compliance, the number of high and medium findings, the 必須 items
     * that fall short and whether one is left with no waiver that holds. Grading, severities and
     * waivers are decided by the same code as in {@link #build}, so
     * {@code scorecard(a, e, today).equals(Scorecard.of(build(a, e, language, today)))} in every
     * language. Much cheaper than a report: nothing is worded and no finding is made.
     *
     * @param assessment the assessment, for its organisation, date and waivers
     * @param evaluation what the evaluator decided, one outcome per item, in checklist order
     * @param today      the date when the assessment gives none; waivers are judged on that date
     * @return the scorecard
     * @throws IllegalArgumentException if the evaluation does not have one outcome per item of the checklist
     * @since 0.3
     */
    public Scorecard scorecard(SelfAssessment assessment, Evaluation evaluation, LocalDate today) {
        List<Evaluation.ItemOutcome> outcomes = evaluation.items();
        checkSize(outcomes.size());
        ItemStatus[] statuses = new ItemStatus[items.size()];
        Severity[] severities = new Severity[items.size()];
        for (int i = 0; i < statuses.length; i++) {
            Evaluation.ItemOutcome o = outcomes.get(i);
            statuses[i] = o.status();
            if (o.status().isShortfall()) {
                severities[i] = severity(items.get(i), o);
            }
        }
        List<Severity> others = new ArrayList<>(evaluation.concerns().size() + evaluation.ruleFindings().size());
        for (Evaluation.ConcernOutcome co : evaluation.concerns()) {
            others.add(severity(co));
        }
        for (Evaluation.RuleFinding rf : evaluation.ruleFindings()) {
            others.add(rf.severity());
        }
        return scorecard(assessment, statuses, severities, others, today);
    }

    /**
     * {@link #scorecard(SelfAssessment, Evaluation, LocalDate)} from the decisions alone, for an
     * engine that holds them as arrays and has no use for an {@link Evaluation}: a batch of many
     * organisations that wants one table row each. The arrays are read, not kept.
     *
     * @param assessment    the assessment, for its organisation, date and waivers
     * @param statuses      each item's status, in checklist order
     * @param severities    each item's severity where its status falls short ({@link ItemStatus#isShortfall}); other entries are ignored
     * @param otherFindings the severity of each finding that is not an item's: each concern raised, each finding of a trusted rule
     * @param today         the date when the assessment gives none; waivers are judged on that date
     * @return the scorecard
     * @throws IllegalArgumentException if an array does not have one entry per item of the checklist, a status is
     *                                  missing, or an item that falls short has no severity
     * @since 0.4
     */
    public Scorecard scorecard(SelfAssessment assessment, ItemStatus[] statuses, Severity[] severities,
                               List<Severity> otherFindings, LocalDate today) {
        checkSize(statuses.length);
        checkSize(severities.length);
        Graded g = grade(statuses);
        LocalDate day = assessment.assessedOn().orElse(today);
        Map<String, Answer> answers = assessment.answers();
        int[] bySeverity = new int[SEVERITIES];
        List<String> shortIds = new ArrayList<>();
        boolean unwaived = false;
        for (int i = 0; i < statuses.length; i++) {
            if (!statuses[i].isShortfall()) {
                continue;
            }
            Item item = items.get(i);
            if (severities[i] == null) {
                throw noSeverity(item);
            }
            bySeverity[severities[i].ordinal()]++;
            // a shortfall is applicable (the outcome's status and applicability agree)
            if (item.rank() == Rank.REQUIRED) {
                shortIds.add(item.id());
                unwaived = unwaived || !waiverHolds(answers.get(item.id()), day);
            }
        }
        for (Severity s : otherFindings) {
            bySeverity[s.ordinal()]++;
        }
        Map<String, String> organisation = assessment.organisation();
        return new Scorecard(checklist.id(), Optional.ofNullable(organisation.get("name")),
                Optional.ofNullable(organisation.get("sector")), day, g.grade(), g.score(), g.required(),
                g.recommended(), bySeverity[Severity.HIGH.ordinal()], bySeverity[Severity.MEDIUM.ordinal()], shortIds,
                unwaived);
    }

    /** Item statuses in checklist order, the two rank summaries, grade and score: shared by report and scorecard. */
    private record Graded(ItemStatus[] statuses, RankSummary required, RankSummary recommended, Grade grade,
                          int score) {
    }

    private void checkSize(int outcomes) {
        if (outcomes != items.size()) {
            throw new IllegalArgumentException("evaluation has " + outcomes + " items; checklist has " + items.size());
        }
    }

    private Graded grade(Evaluation evaluation) {
        checkSize(evaluation.items().size());
        ItemStatus[] statuses = new ItemStatus[items.size()];
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = evaluation.items().get(i).status();
        }
        return grade(statuses);
    }

    /** Grades statuses of the right number; a missing one is refused. */
    private Graded grade(ItemStatus[] statuses) {
        for (int i = 0; i < statuses.length; i++) {
            if (statuses[i] == null) {
                throw new IllegalArgumentException("item '" + items.get(i).id() + "' has no status");
            }
        }
        RankSummary required = weightSums.summarize(statuses, Rank.REQUIRED);
        RankSummary recommended = weightSums.summarize(statuses, Rank.RECOMMENDED);
        return new Graded(statuses, required, recommended,
                Grading.grade(required, recommended, checklist.grading()), Grading.score(required, recommended));
    }

    /** The severity of the finding a shortfall item makes. */
    private static Severity severity(Item item, Evaluation.ItemOutcome o) {
        Optional<Severity> s = o.severity();
        if (s.isEmpty()) {
            throw noSeverity(item);
        }
        return s.get();
    }

    private static IllegalArgumentException noSeverity(Item item) {
        return new IllegalArgumentException("item '" + item.id() + "' is a shortfall with no severity");
    }

    /** The severity of the finding a raised concern makes. */
    private Severity severity(Evaluation.ConcernOutcome co) {
        return checklist.concerns().get(co.concern()).severity();
    }

    /** Whether the answer carries a waiver that holds on {@code day} (one that has not expired). */
    private static boolean waiverHolds(Answer answer, LocalDate day) {
        return answer != null && answer.waiver().isPresent() && answer.waiver().get().validOn(day);
    }

    /** Whether the answer says what the status says ({@code unknown} is unanswered). */
    private static boolean sameAs(AnswerStatus a, ItemStatus s) {
        return switch (a) {
            case MET -> s == ItemStatus.MET;
            case PARTIAL -> s == ItemStatus.PARTIAL;
            case UNMET -> s == ItemStatus.UNMET;
            case NOT_APPLICABLE -> s == ItemStatus.NOT_APPLICABLE;
            case UNKNOWN -> s == ItemStatus.UNANSWERED;
        };
    }

    private static List<String> missing(List<String> facts, Set<String> given) {
        if (facts.isEmpty()) {
            return facts;
        }
        List<String> out = new ArrayList<>(facts.size());
        for (String f : facts) {
            if (!given.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The warnings of one report, worded for a person and in the order SPEC section 6 wants them
     * read: profile questions not answered, then answers not used, then waivers.
     */
    private final class Warnings {
        private final Language language;
        /** Per missing fact (in declaration order): items assumed to apply, items judged from the answer. */
        private final Map<String, int[]> byFact = new java.util.TreeMap<>();
        private final List<String> concerns = new ArrayList<>();
        private final List<String> answers = new ArrayList<>();
        private final List<String> waivers = new ArrayList<>();

        Warnings(Language language) {
            this.language = language;
        }

        void assumed(String fact) {
            byFact.computeIfAbsent(fact, f -> new int[2])[0]++;
        }

        void checkFellBack(String fact) {
            byFact.computeIfAbsent(fact, f -> new int[2])[1]++;
        }

        void concernUnknown(Concern c, List<String> facts) {
            concerns.add(Wording.WARN_CONCERN_UNKNOWN.format(language, c.title().get(language), questions(facts)));
        }

        void answerNotUsed(Item item, AnswerStatus a, Evaluation.ItemOutcome o, Applicability applicability) {
            String id = item.id();
            String word = a.label(language);
            if (a == AnswerStatus.NOT_APPLICABLE && o.status() == ItemStatus.UNANSWERED) {
                answers.add(Wording.WARN_BARE_NOT_APPLICABLE.format(language, id, item.title().get(language)));
            } else if (applicability == Applicability.EXCLUDED && a != AnswerStatus.UNKNOWN) {
                answers.add(Wording.WARN_ANSWER_NOT_APPLICABLE.format(language, id, word));
            } else if (o.byCheck() && a != AnswerStatus.UNKNOWN) {
                answers.add(Wording.WARN_ANSWER_OVERRULED.format(language, id, word, Wording.of(o.status()).in(language)));
            }
        }

        void waiverNotNeeded(Item item) {
            waivers.add(Wording.WARN_WAIVER_NOT_NEEDED.format(language, item.id()));
        }

        void waiverExpired(Item item, LocalDate expires) {
            waivers.add(Wording.WARN_WAIVER_EXPIRED.format(language, item.id(), expires.toString()));
        }

        private String questions(List<String> facts) {
            List<String> qs = new ArrayList<>();
            for (String f : facts) {
                qs.add(Wording.QUOTED.format(language, question(f)));
            }
            return String.join(Wording.LIST_SEPARATOR.in(language), qs);
        }

        private String question(String fact) {
            return checklist.fact(fact).map(pf -> pf.question().get(language)).orElse(fact);
        }

        List<String> all() {
            List<String> out = new ArrayList<>();
            // in the order the checklist declares its profile questions
            for (dev.tenken.checklist.ProfileFact f : checklist.profile()) {
                int[] n = byFact.get(f.key());
                if (n == null) {
                    continue;
                }
                String q = f.question().get(language);
                if (n[0] > 0) {
                    out.add(Wording.WARN_FACT_ASSUMED.format(language, q, f.key(), n[0]));
                }
                if (n[1] > 0) {
                    out.add(Wording.WARN_FACT_CHECK_FELL_BACK.format(language, q, f.key(), n[1]));
                }
            }
            out.addAll(concerns);
            out.addAll(answers);
            out.addAll(waivers);
            return out;
        }
    }
}
