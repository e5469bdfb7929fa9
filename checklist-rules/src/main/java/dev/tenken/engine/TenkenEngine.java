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
import dev.tenken.engine.internal.CompiledChecklist;
import dev.tenken.engine.internal.QuietLogging;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates self-assessments against checklists with Drools and grades them.
 *
 * <pre>{@code
 * TenkenEngine engine = TenkenEngine.builder()
 *         .withBuiltInChecklists()
 *         .withChecklistDirectory(Path.of("sector-checklists"))
 *         .build();                       // compiles rules once; thread-safe after
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

    private final Map<String, CompiledChecklist> checklists;
    private final ChecklistLibrary library;
    private final boolean trustRules;
    private final Clock clock;

    private TenkenEngine(Map<String, CompiledChecklist> checklists, ChecklistLibrary library, boolean trustRules,
                         Clock clock) {
        this.checklists = checklists;
        this.library = library;
        this.trustRules = trustRules;
        this.clock = clock;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Assesses in Japanese. */
    public AssessmentReport assess(SelfAssessment assessment) throws TenkenException {
        return assess(assessment, Language.JA);
    }

    /**
     * Checks the assessment against its checklist, evaluates it and grades it.
     *
     * @throws TenkenException with every problem when the checklist is unknown or the
     *                         assessment names undeclared keys, unknown items or bad values
     */
    public AssessmentReport assess(SelfAssessment assessment, Language language) throws TenkenException {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(language, "language");
        CompiledChecklist cc = checklists.get(assessment.checklistId());
        if (cc == null) {
            throw new TenkenException(TenkenException.Phase.ASSESSMENT, List.of(unknownChecklist(assessment)));
        }
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
     */
    public AssessmentReport assess(Path answersFile, Language language) throws TenkenException {
        return assess(SelfAssessment.read(answersFile), language);
    }

    /**
     * Assesses what a lenient read found (see {@link SelfAssessment#read(Path)}), reporting
     * problems in the input and problems against its checklist together.
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
     * @throws TenkenException when the checklist is unknown, or its rules fail to compile
     */
    public Evaluation evaluate(SelfAssessment assessment) throws TenkenException {
        CompiledChecklist cc = checklists.get(assessment.checklistId());
        if (cc == null) {
            throw new TenkenException(TenkenException.Phase.ASSESSMENT, List.of(unknownChecklist(assessment)));
        }
        return cc.evaluator().evaluate(cc, assessment);
    }

    /** Every problem with the assessment against its checklist; empty when it can be assessed. */
    public List<Problem> check(SelfAssessment assessment) {
        CompiledChecklist cc = checklists.get(assessment.checklistId());
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
                new CompiledChecklist(checklists.size() + own.size(), c, trustRules).evaluator();
            } catch (TenkenException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new TenkenException(TenkenException.Phase.RULES, problems);
        }
        return own;
    }

    /** Files passed over while loading, with why (answers files found in a checklist directory). */
    public List<Problem> loadNotes() {
        return library.notes();
    }

    /** The checklist this engine read from {@code file} (given to the builder, or found in one of its directories). */
    public Optional<Checklist> checklistFromFile(Path file) {
        return library.fromFile(file);
    }

    /** The checklist with this id, resolved. */
    public Optional<Checklist> checklist(String id) {
        CompiledChecklist cc = checklists.get(id);
        return cc == null ? Optional.empty() : Optional.of(cc.checklist());
    }

    /** Every checklist the engine knows, built-in first, in load order. */
    public Collection<Checklist> checklists() {
        return checklists.values().stream().map(CompiledChecklist::checklist).toList();
    }

    /** The ids of the built-in checklists. */
    public static List<String> builtInIds() {
        return builtInResources().stream()
                .map(r -> r.substring(BUILT_IN_DIR.length(), r.lastIndexOf('.')))
                .toList();
    }

    /** The classpath resources of the built-in checklists. */
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

        /** Adds the built-in checklists (telework and Wi-Fi). */
        public Builder withBuiltInChecklists() {
            ClassLoader cl = TenkenEngine.class.getClassLoader();
            builtInResources().forEach(r -> library.addResource(cl, r));
            any = true;
            return this;
        }

        /** Adds every checklist file directly in a directory. */
        public Builder withChecklistDirectory(Path directory) {
            library.addDirectory(directory);
            any = true;
            return this;
        }

        /** Adds one checklist file. */
        public Builder withChecklistFile(Path file) {
            library.addFile(file);
            any = true;
            return this;
        }

        /** Adds a checklist given as YAML text. */
        public Builder withChecklistText(String yaml, String sourceName) {
            library.addText(yaml, sourceName);
            any = true;
            return this;
        }

        /** Adds checklists that are already loaded and resolved (ids another source defines win). */
        public Builder withChecklists(Collection<Checklist> resolved) {
            library.addResolved(resolved);
            any = true;
            return this;
        }

        /** Adds a checklist resource from the classpath. */
        public Builder withChecklistResource(ClassLoader loader, String resource) {
            library.addResource(loader, resource);
            any = true;
            return this;
        }

        /**
         * Admits the hand-written DRL files that checklists name under {@code rules:}. Drools
         * rules are code with no sandbox: trust only checklists you would run as a program.
         */
        public Builder trustRules(boolean trust) {
            this.trustRules = trust;
            return this;
        }

        /**
         * The clock that dates reports of assessments that give no {@code assessed_on} (and
         * judges their waivers); the system clock in its default zone unless set.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Compiles a checklist's rules when it is first assessed instead of in {@link #build()}.
         * A program that loads many checklists but assesses against few (a command line run, a
         * service with many sector checklists) starts faster. Each checklist's rules are still
         * compiled once; a rule error in a trusted file then surfaces from {@code assess}.
         */
        public Builder compileOnFirstUse() {
            this.compileOnFirstUse = true;
            return this;
        }

        /**
         * Loads and validates every checklist, then compiles each checklist's rules once (unless
         * {@link #compileOnFirstUse()}).
         *
         * @throws TenkenException with every problem found, in definitions or rules
         */
        public TenkenEngine build() throws TenkenException {
            if (!any) {
                throw new IllegalStateException("no checklists: call withBuiltInChecklists() or add a source");
            }
            LibraryVersions.check();
            QuietLogging.whenNoBackend();
            ChecklistLibrary lib = library.build();
            List<Problem> untrusted = new ArrayList<>();
            Map<String, CompiledChecklist> compiled = new LinkedHashMap<>();
            int index = 0;
            for (Checklist c : lib.all()) {
                if (!trustRules && !c.rules().isEmpty()) {
                    untrusted.add(Problem.at(c.rules().get(0).source(), 0, 0, "checklist '" + c.id()
                            + "' names rule files " + c.rules().stream().map(r -> r.name()).toList()
                            + "; Drools rules are code, so they are refused unless the caller trusts them (in Java trustRules(true), on the command line --trust-rules)"));
                }
                compiled.put(c.id(), new CompiledChecklist(index++, c, trustRules));
            }
            if (!untrusted.isEmpty()) {
                throw new TenkenException(TenkenException.Phase.RULES, untrusted);
            }
            if (!compileOnFirstUse) {
                List<Problem> problems = new ArrayList<>();
                for (CompiledChecklist cc : compiled.values()) {
                    try {
                        cc.evaluator();
                    } catch (TenkenException e) {
                        problems.addAll(e.problems());
                    }
                }
                if (!problems.isEmpty()) {
                    throw new TenkenException(TenkenException.Phase.RULES, problems);
                }
            }
            return new TenkenEngine(java.util.Collections.unmodifiableMap(compiled), lib, trustRules, clock);
        }
    }
}
