package dev.tenken.engine;

import dev.tenken.checklist.AssessmentCheck;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.ChecklistLibrary;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.LibraryVersions;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.report.AnswersTemplate;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.Evaluation;
import dev.tenken.checklist.report.Scorecard;
import dev.tenken.checklist.stats.ReportLines;
import dev.tenken.engine.internal.CompiledChecklist;
import dev.tenken.engine.internal.Evaluator;
import dev.tenken.engine.internal.FixedRules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates self-assessments against checklists with Drools and grades them.
 *
 * <pre>{@code
 * TenkenEngine engine = TenkenEngine.builder()
 *         .withBuiltInChecklists()
 *         .withChecklistDirectory(Path.of("sector-checklists"))
 *         .build();                       // loads and prepares; thread-safe after
 * AssessmentReport report = engine.assess(SelfAssessment.fromYaml(path));
 * }</pre>
 *
 * <p>The engine is immutable and safe to share between threads; building it is the only
 * costly step.
 *
 * @since 0.1
 */
public final class TenkenEngine {
    /** Where the built-in checklists live on the classpath. */
    static final String BUILT_IN_DIR = "dev/tenken/checklists/";

    /** Every checklist, in load order. */
    private final Map<String, Checklist> checklists;
    /** Their positions in load order. */
    private final Map<String, Integer> positions;
    /** Each checklist prepared for evaluation on its first use (or by {@link Builder#build()}). */
    private final ConcurrentHashMap<String, CompiledChecklist> prepared = new ConcurrentHashMap<>();
    private final ChecklistLibrary library;
    private final boolean trustRules;
    private final Clock clock;

    private TenkenEngine(Map<String, Checklist> checklists, ChecklistLibrary library, boolean trustRules,
                         Clock clock) {
        this.checklists = checklists;
        Map<String, Integer> pos = new HashMap<>();
        checklists.keySet().forEach(id -> pos.put(id, pos.size()));
        this.positions = pos;
        this.library = library;
        this.trustRules = trustRules;
        this.clock = clock;
    }

    /** The checklist an assessment names, prepared for evaluation; a problem when no checklist has that id. */
    private CompiledChecklist compiledFor(SelfAssessment a) throws TenkenException {
        CompiledChecklist cc = compiled(a.checklistId());
        if (cc == null) {
            throw new TenkenException(TenkenException.Phase.ASSESSMENT, List.of(unknownChecklist(a)));
        }
        return cc;
    }

    /** The checklist with this id prepared for evaluation, or null when unknown. */
    private CompiledChecklist compiled(String id) {
        CompiledChecklist cc = prepared.get(id);
        if (cc != null) {
            return cc;
        }
        Checklist c = checklists.get(id);
        if (c == null) {
            return null;
        }
        return prepared.computeIfAbsent(id, x -> new CompiledChecklist(positions.get(x), c, trustRules));
    }

    /**
     * Starts building the rule base that every checklist without trusted rule files shares, on a
     * daemon thread, unless it is built or being built. It is built once per JVM, on first need;
     * a program that knows it will assess can call this first thing, so that the build overlaps
     * with loading checklists and assessments. {@link Builder#build()} calls it itself (unless
     * {@link Builder#compileOnFirstUse()}). Optional: nothing else changes.
     *
     * @since 0.2
     */
    public static void warmUpRules() {
        FixedRules.warmUpAsync();
    }

    /**
     * A new builder.
     *
     * @return a builder with no checklists yet
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Assesses in Japanese; see {@link #assess(SelfAssessment, Language)}.
     *
     * @param assessment the organisation's answers and profile
     * @return the graded report, worded in Japanese
     * @throws TenkenException with every problem, as {@link #assess(SelfAssessment, Language)} does
     */
    public AssessmentReport assess(SelfAssessment assessment) throws TenkenException {
        return assess(assessment, Language.JA);
    }

    /**
     * Checks the assessment against its checklist, evaluates it and grades it.
     *
     * @param assessment the organisation's answers and profile
     * @param language   the language of the report's words (titles, hints, warnings)
     * @return the graded report
     * @throws TenkenException with every problem when the checklist is unknown or the
     *                         assessment names undeclared keys, unknown items or bad values
     */
    public AssessmentReport assess(SelfAssessment assessment, Language language) throws TenkenException {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(language, "language");
        CompiledChecklist cc = compiledFor(assessment);
        List<Problem> problems = cc.validator().problems(assessment);
        if (!problems.isEmpty()) {
            throw new TenkenException(TenkenException.Phase.ASSESSMENT, problems);
        }
        Evaluation evaluation = cc.evaluator().evaluate(cc, assessment);
        return cc.reports().build(assessment, evaluation, language, LocalDate.now(clock));
    }

    /**
     * Reads a self-assessment file (YAML, or JSON by its extension) and assesses it, reporting
     * problems in the file and problems against its checklist together.
     *
     * @param answersFile the answers file; problems are located in it by line and column
     * @param language    the language of the report's words
     * @return the graded report
     * @throws TenkenException with every problem in the file and against its checklist
     */
    public AssessmentReport assess(Path answersFile, Language language) throws TenkenException {
        return assess(SelfAssessment.read(answersFile), language);
    }

    /**
     * Assesses what a lenient read found (see {@link SelfAssessment#read(Path)}), reporting
     * problems in the input and problems against its checklist together.
     *
     * @param read     what was read, with the problems reading found
     * @param language the language of the report's words
     * @return the graded report, when neither reading nor checking found a problem
     * @throws TenkenException with the reading's problems and the checklist's together
     */
    public AssessmentReport assess(SelfAssessment.Reading read, Language language) throws TenkenException {
        if (read.assessment().isEmpty()) {
            throw new TenkenException(TenkenException.Phase.ASSESSMENT, read.problems());
        }
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(check(read.assessment().get()));
        if (!problems.isEmpty()) {
            throw new TenkenException(TenkenException.Phase.ASSESSMENT, problems);
        }
        return assess(read.assessment().get(), language);
    }

    /**
     * The rules' decisions for one assessment, before grading and wording: for applications that
     * grade or word results their own way, and for measuring the rules alone. The assessment is
     * not checked here: call {@link #check(SelfAssessment)} first (keys and items the checklist
     * does not know are otherwise ignored).
     *
     * @param assessment the organisation's answers and profile
     * @return each item's status, applicability and severity, and the concerns raised
     * @throws TenkenException when the checklist is unknown, or its rules fail to compile
     */
    public Evaluation evaluate(SelfAssessment assessment) throws TenkenException {
        CompiledChecklist cc = compiledFor(assessment);
        return cc.evaluator().evaluate(cc, assessment);
    }

    /**
     * The rules' decisions for many assessments at once, each as {@link #evaluate(SelfAssessment)}
     * gives it, but cheaper per assessment: the rules run over all of them in one session, and
     * each rule fires once for every case of items decided alike rather than once per item (with
     * trusted rule files, which see one assessment at a time, each still gets a session of its
     * own). Not checked here either: call {@link #check(SelfAssessment)} on each first. All or
     * nothing: when one assessment fails (an unknown checklist, a trusted rule that loops), the
     * call throws and gives no evaluation; evaluate those one by one to tell which. Every
     * assessment goes into the same session, so a caller with very many should pass them in
     * chunks ({@code tenken batch} passes 32).
     *
     * @param assessments the assessments, of any checklists this engine knows
     * @return one evaluation per assessment, in the same order
     * @throws TenkenException when a checklist is unknown, or its rules fail to compile or do not settle
     * @since 0.3
     */
    public List<Evaluation> evaluateAll(List<SelfAssessment> assessments) throws TenkenException {
        return byEvaluator(assessments, Evaluator::evaluateAll);
    }

    /**
     * The scorecards of many assessments at once: for each, what
     * {@code scorecard(a, evaluate(a))} gives, made the way {@link #evaluateAll(List)} evaluates
     * (one rules session for all of them, with the same rules), but straight from the rules'
     * decisions, with no {@link Evaluation} in between. For a table of many organisations
     * ({@code tenken batch --format csv} passes 32 at a time). Not checked here: call
     * {@link #check(SelfAssessment)} on each first. All or nothing, as {@code evaluateAll}.
     *
     * @param assessments the assessments, of any checklists this engine knows
     * @return one scorecard per assessment, in the same order
     * @throws TenkenException when a checklist is unknown, or its rules fail to compile or do not settle
     * @since 0.4
     */
    public List<Scorecard> scorecards(List<SelfAssessment> assessments) throws TenkenException {
        LocalDate today = LocalDate.now(clock);
        return byEvaluator(assessments, (evaluator, ccs, some) -> evaluator.scorecards(ccs, some, today));
    }

    /** What an evaluator gives for assessments of its checklists, one result each in order. */
    @FunctionalInterface
    private interface PerEvaluator<T> {
        List<T> apply(Evaluator evaluator, List<CompiledChecklist> checklists, List<SelfAssessment> assessments)
                throws TenkenException;
    }

    /** Hands the assessments to their checklists' evaluators, as few calls as there are evaluators, and puts the results back in order. */
    private <T> List<T> byEvaluator(List<SelfAssessment> assessments, PerEvaluator<T> call) throws TenkenException {
        Objects.requireNonNull(assessments, "assessments");
        int count = assessments.size();
        List<CompiledChecklist> ccs = new ArrayList<>(count);
        for (SelfAssessment a : assessments) {
            ccs.add(compiledFor(a));
        }
        // the checklists without trusted rules share one evaluator: usually one group
        Map<Evaluator, List<Integer>> groups = new LinkedHashMap<>();
        for (int n = 0; n < count; n++) {
            groups.computeIfAbsent(ccs.get(n).evaluator(), e -> new ArrayList<>()).add(n);
        }
        if (groups.size() == 1) {
            return call.apply(groups.keySet().iterator().next(), ccs, assessments);
        }
        Object[] out = new Object[count];
        for (Map.Entry<Evaluator, List<Integer>> g : groups.entrySet()) {
            List<CompiledChecklist> someChecklists = new ArrayList<>();
            List<SelfAssessment> some = new ArrayList<>();
            for (int n : g.getValue()) {
                someChecklists.add(ccs.get(n));
                some.add(assessments.get(n));
            }
            List<T> done = call.apply(g.getKey(), someChecklists, some);
            for (int x = 0; x < done.size(); x++) {
                out[g.getValue().get(x)] = done.get(x);
            }
        }
        @SuppressWarnings("unchecked")
        List<T> ordered = (List<T>) List.of(out);
        return ordered;
    }

    /**
     * Grades and words an evaluation this engine made of {@code assessment} (see
     * {@link #evaluateAll(List)}): what {@link #assess(SelfAssessment, Language)} returns.
     *
     * @param assessment the assessment, checked against its checklist
     * @param evaluation the rules' decisions for it
     * @param language   the language of the report's words
     * @return the graded report
     * @throws TenkenException when the checklist is unknown
     * @throws IllegalArgumentException when the evaluation does not have one outcome per item of the checklist
     * @since 0.3
     */
    public AssessmentReport report(SelfAssessment assessment, Evaluation evaluation, Language language) throws TenkenException {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(language, "language");
        CompiledChecklist cc = compiledFor(assessment);
        return cc.reports().build(assessment, evaluation, language, LocalDate.now(clock));
    }

    /**
     * A report as one line of JSON in UTF-8 ending in a line feed: the bytes of
     * {@link AssessmentReport#toJsonLineUtf8()} and {@code \n}, written for less work by
     * copying the checklist's own texts (titles, remediation hints, references) from a form
     * escaped and encoded once per engine and language. For services and batch jobs that write
     * many reports as JSON lines.
     *
     * @param report a report, typically from {@link #report(SelfAssessment, Evaluation, Language)}
     * @return a new array holding the line
     * @since 0.3
     */
    public byte[] jsonLine(AssessmentReport report) {
        Objects.requireNonNull(report, "report");
        CompiledChecklist cc = compiled(report.checklistId());
        return cc != null ? cc.reports().jsonLine(report) : ReportLines.jsonLine(report);
    }

    /**
     * The figures of the report {@link #report(SelfAssessment, Evaluation, Language)} would give
     * (grade, score, compliance per rank, counts of high and medium findings, the 必須 items that
     * fall short), without its words: what a table of many organisations needs, for a fraction of
     * the work.
     *
     * @param assessment the assessment, checked against its checklist
     * @param evaluation the rules' decisions for it
     * @return the scorecard
     * @throws TenkenException when the checklist is unknown
     * @throws IllegalArgumentException when the evaluation does not have one outcome per item of the checklist
     * @since 0.3
     */
    public Scorecard scorecard(SelfAssessment assessment, Evaluation evaluation) throws TenkenException {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(evaluation, "evaluation");
        CompiledChecklist cc = compiledFor(assessment);
        return cc.reports().scorecard(assessment, evaluation, LocalDate.now(clock));
    }

    /**
     * Every problem with the assessment against its checklist, without assessing it.
     *
     * @param assessment the organisation's answers and profile
     * @return every problem (unknown checklist, undeclared keys, unknown items, bad values); empty when it can be assessed
     */
    public List<Problem> check(SelfAssessment assessment) {
        CompiledChecklist cc = compiled(assessment.checklistId());
        if (cc == null) {
            return List.of(unknownChecklist(assessment));
        }
        return cc.validator().problems(assessment);
    }

    private Problem unknownChecklist(SelfAssessment assessment) {
        return AssessmentCheck.unknownChecklist(assessment, checklists.keySet());
    }

    /**
     * An answers file to fill in for a checklist (SPEC section 3) in {@code language}. Given a
     * profile (for example from {@link SelfAssessment#profileFrom(Path, String)}), the profile is
     * filled in and only the items that apply to it are listed.
     *
     * @param checklistId a checklist this engine knows
     * @param profile     an assessment whose profile tailors the template; empty for every item
     * @param language    the language of the comments and titles in the template
     * @return the answers file as YAML text
     * @throws TenkenException when the checklist is unknown or the profile does not fit it
     */
    public String template(String checklistId, Optional<SelfAssessment> profile, Language language) throws TenkenException {
        Checklist c = checklist(checklistId).orElseThrow(() -> new TenkenException(TenkenException.Phase.ASSESSMENT,
                List.of(Problem.at("(template)", 0, 0, "unknown checklist '" + checklistId + "'; known: "
                        + String.join(", ", checklists.keySet())))));
        if (profile.isEmpty()) {
            return AnswersTemplate.write(c, language);
        }
        SelfAssessment p = profile.get();
        if (!p.checklistId().equals(checklistId) || !p.answers().isEmpty()) {
            throw new IllegalArgumentException("the profile must be for '" + checklistId + "' and carry no answers");
        }
        // assessed with no answers, the engine decides which items apply to this profile
        return AnswersTemplate.write(c, language, p.profile(), Optional.of(assess(p, language)));
    }

    /**
     * Loads and checks checklist files as their author would before sharing them: each may extend
     * a checklist this engine knows; each file's generated rules are compiled and, when this
     * engine trusts rules, its rule files too, so that rule errors show with file and line now
     * rather than at the first assessment. Nothing of the engine changes.
     *
     * @param files checklist files (YAML)
     * @return the files' checklists, resolved, in the order of {@code files}
     * @throws TenkenException with every problem of every file
     */
    public List<Checklist> validate(List<Path> files) throws TenkenException {
        ChecklistLibrary.Builder b = ChecklistLibrary.builder().addResolved(checklists());
        files.forEach(b::addFile);
        ChecklistLibrary lib = b.build();
        List<Checklist> own = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : files) {
            Checklist c = lib.fromFile(f).orElseThrow();
            own.add(c);
            try {
                new CompiledChecklist(checklists.size() + own.size() - 1, c, trustRules).evaluator();
            } catch (TenkenException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new TenkenException(TenkenException.Phase.RULES, problems);
        }
        return own;
    }

    /**
     * Files passed over while loading, with why (answers files found in a checklist directory).
     *
     * @return one note per file passed over; empty when none was
     */
    public List<Problem> loadNotes() {
        return library.notes();
    }

    /**
     * The checklist this engine read from a file given to the builder or found in one of its directories.
     *
     * @param file the checklist file, as given or by another path to the same file
     * @return the resolved checklist; empty when the engine did not read that file
     */
    public Optional<Checklist> checklistFromFile(Path file) {
        return library.fromFile(file);
    }

    /**
     * The checklist with this id, resolved.
     *
     * @param id a checklist id such as {@code telework-admin}
     * @return the checklist; empty when the engine knows no such id
     */
    public Optional<Checklist> checklist(String id) {
        return Optional.ofNullable(checklists.get(id));
    }

    /**
     * Every checklist the engine knows.
     *
     * @return the checklists, built-in first, in load order; unmodifiable
     */
    public Collection<Checklist> checklists() {
        return List.copyOf(checklists.values());
    }

    /**
     * The ids of the built-in checklists.
     *
     * @return {@code telework-admin}, {@code telework-worker}, {@code wifi-provider} and {@code wifi-user}
     */
    public static List<String> builtInIds() {
        return builtInResources().stream()
                .map(r -> r.substring(BUILT_IN_DIR.length(), r.lastIndexOf('.')))
                .toList();
    }

    /**
     * The classpath resources of the built-in checklists.
     *
     * @return resource names, for reading the YAML the built-ins were loaded from
     */
    public static List<String> builtInResources() {
        ClassLoader cl = TenkenEngine.class.getClassLoader();
        List<String> out = new ArrayList<>();
        try (InputStream in = cl.getResourceAsStream(BUILT_IN_DIR + "index.txt")) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(BUILT_IN_DIR + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Collects checklist sources, then loads, validates and compiles everything in
     * {@link #build()}.
     */
    public static final class Builder {
        private final ChecklistLibrary.Builder library = ChecklistLibrary.builder();
        private boolean trustRules;
        private boolean compileOnFirstUse;
        private boolean any;
        private Clock clock = Clock.systemDefaultZone();

        private Builder() {
        }

        /**
         * Adds the built-in checklists (telework and Wi-Fi).
         *
         * @return this builder
         */
        public Builder withBuiltInChecklists() {
            ClassLoader cl = TenkenEngine.class.getClassLoader();
            builtInResources().forEach(r -> library.addResource(cl, r));
            any = true;
            return this;
        }

        /**
         * Adds every checklist file directly in a directory (answers files there are passed over with a note).
         *
         * @param directory a directory of {@code .yaml}/{@code .yml} checklist files
         * @return this builder
         */
        public Builder withChecklistDirectory(Path directory) {
            library.addDirectory(directory);
            any = true;
            return this;
        }

        /**
         * Adds one checklist file.
         *
         * @param file a checklist in YAML
         * @return this builder
         */
        public Builder withChecklistFile(Path file) {
            library.addFile(file);
            any = true;
            return this;
        }

        /**
         * Adds a checklist given as YAML text.
         *
         * @param yaml       the checklist
         * @param sourceName how problems name it, as a file name would
         * @return this builder
         */
        public Builder withChecklistText(String yaml, String sourceName) {
            library.addText(yaml, sourceName);
            any = true;
            return this;
        }

        /**
         * Adds checklists that are already loaded and resolved (ids another source defines win).
         *
         * @param resolved checklists, for example from another engine's {@link TenkenEngine#checklists()}
         * @return this builder
         */
        public Builder withChecklists(Collection<Checklist> resolved) {
            library.addResolved(resolved);
            any = true;
            return this;
        }

        /**
         * Adds a checklist resource from the classpath.
         *
         * @param loader   the class loader that holds the resource
         * @param resource the resource name, such as {@code com/example/sector.yaml}
         * @return this builder
         */
        public Builder withChecklistResource(ClassLoader loader, String resource) {
            library.addResource(loader, resource);
            any = true;
            return this;
        }

        /**
         * Admits the hand-written DRL files that checklists name under {@code rules:}. Drools
         * rules are code with no sandbox: trust only checklists you would run as a program.
         *
         * @param trust true to admit them; false (the default) refuses a checklist that names any
         * @return this builder
         */
        public Builder trustRules(boolean trust) {
            this.trustRules = trust;
            return this;
        }

        /**
         * The clock that dates reports of assessments that give no {@code assessed_on} (and
         * judges their waivers); the system clock in its default zone unless set.
         *
         * @param clock the clock to read today's date from
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Prepares a checklist, and compiles its trusted rule files, when it is first assessed
         * instead of in {@link #build()}, and does not start building the shared rule base (see
         * {@link TenkenEngine#warmUpRules()}). A program that loads many checklists but assesses
         * against few (a command line run, a service with many sector checklists) starts faster.
         * Each checklist is still prepared once; a rule error in a trusted file then surfaces
         * from {@code assess}.
         *
         * @return this builder
         */
        public Builder compileOnFirstUse() {
            this.compileOnFirstUse = true;
            return this;
        }

        /**
         * Loads and validates every checklist, then prepares each for evaluation (unless
         * {@link #compileOnFirstUse()}). The rule base that checklists without trusted rule files
         * share is built once per JVM, on a second thread while the checklists load; only trusted
         * rule files are compiled here.
         *
         * @return the engine, immutable and safe to share between threads
         * @throws TenkenException with every problem found, in definitions or rules
         */
        public TenkenEngine build() throws TenkenException {
            if (!any) {
                throw new IllegalStateException("no checklists: call withBuiltInChecklists() or add a source");
            }
            LibraryVersions.check(); // two fields read: a Jackson that is too old fails before anything starts
            if (!compileOnFirstUse) {
                warmUpRules(); // the rule base is the longest step of starting: begun before the checklists load
            }
            ChecklistLibrary lib = library.build();
            List<Problem> untrusted = new ArrayList<>();
            Map<String, Checklist> all = new LinkedHashMap<>();
            for (Checklist c : lib.all()) {
                if (!trustRules && !c.rules().isEmpty()) {
                    untrusted.add(Problem.at(c.rules().get(0).source(), 0, 0, "checklist '" + c.id()
                            + "' names rule files " + c.rules().stream().map(r -> r.name()).toList()
                            + "; Drools rules are code, so they are refused unless the caller trusts them (in Java trustRules(true), on the command line --trust-rules)"));
                }
                all.put(c.id(), c);
            }
            if (!untrusted.isEmpty()) {
                throw new TenkenException(TenkenException.Phase.RULES, untrusted);
            }
            TenkenEngine engine = new TenkenEngine(Collections.unmodifiableMap(all), lib, trustRules, clock);
            if (!compileOnFirstUse) {
                all.keySet().forEach(engine::compiled); // prepared while the shared rule base is still building
                List<Problem> problems = new ArrayList<>();
                for (String id : all.keySet()) {
                    try {
                        engine.compiled(id).evaluator();
                    } catch (TenkenException e) {
                        problems.addAll(e.problems());
                    }
                }
                if (!problems.isEmpty()) {
                    throw new TenkenException(TenkenException.Phase.RULES, problems);
                }
            }
            return engine;
        }
    }
}
