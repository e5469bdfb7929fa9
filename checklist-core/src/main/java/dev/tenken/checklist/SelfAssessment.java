package dev.tenken.checklist;

import dev.tenken.checklist.load.AssessmentBinder;
import dev.tenken.checklist.load.TreeReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An organisation's answers to one checklist, with the profile facts it states about itself
 * (SPEC section 3). Immutable. Checking it against its checklist happens when it is assessed,
 * where every unknown key or item is reported at once.
 *
 * @since 0.1
 */
public final class SelfAssessment {
    private final String checklistId;
    private final Map<String, String> organisation;
    private final Map<String, FactValue> profile;
    private final Map<String, Answer> answers;
    private final Optional<LocalDate> assessedOn;
    private final Map<String, String> assessor;
    private final String source;
    private final Map<String, int[]> positions;

    private SelfAssessment(String checklistId, Map<String, String> organisation, Map<String, FactValue> profile,
                           Map<String, Answer> answers, Optional<LocalDate> assessedOn, Map<String, String> assessor,
                           String source, Map<String, int[]> positions) {
        this.assessedOn = assessedOn;
        this.assessor = Collections.unmodifiableMap(new LinkedHashMap<>(assessor));
        this.checklistId = Objects.requireNonNull(checklistId, "checklistId");
        this.organisation = Collections.unmodifiableMap(new LinkedHashMap<>(organisation));
        this.profile = Collections.unmodifiableMap(new LinkedHashMap<>(profile));
        this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        this.source = Objects.requireNonNull(source, "source");
        this.positions = Map.copyOf(positions);
    }

    /** Reads a YAML self-assessment file (JSON is YAML too); throws with every problem in it. */
    public static SelfAssessment fromYaml(Path file) throws TenkenException {
        return AssessmentBinder.orThrow(AssessmentBinder.parse(file, TreeReader.Syntax.YAML));
    }

    /** Reads a JSON self-assessment file; throws with every problem in it. */
    public static SelfAssessment fromJson(Path file) throws TenkenException {
        return AssessmentBinder.orThrow(AssessmentBinder.parse(file, TreeReader.Syntax.JSON));
    }

    /** Reads a self-assessment given as YAML text; {@code sourceName} names it in messages. */
    public static SelfAssessment fromYaml(String text, String sourceName) throws TenkenException {
        return AssessmentBinder.bind(text.getBytes(StandardCharsets.UTF_8), sourceName, TreeReader.Syntax.YAML);
    }

    /** Reads a self-assessment given as JSON text; {@code sourceName} names it in messages. */
    public static SelfAssessment fromJson(String text, String sourceName) throws TenkenException {
        return AssessmentBinder.bind(text.getBytes(StandardCharsets.UTF_8), sourceName, TreeReader.Syntax.JSON);
    }

    /**
     * Reads a self-assessment file leniently (JSON when the name ends in {@code .json}, else
     * YAML): the result holds what could be read and every problem in the file, so that a caller
     * can add its own checks (such as {@link AssessmentCheck}) and report everything at once.
     */
    public static Reading read(Path file) {
        AssessmentBinder.Parsed p = AssessmentBinder.parse(file);
        return new Reading(p.assessment(), p.problems());
    }

    /**
     * Reads a self-assessment leniently from a stream, such as standard input (YAML, which JSON
     * also is), within the same size limit as a file; {@code sourceName} names it in messages.
     */
    public static Reading read(java.io.InputStream in, String sourceName) {
        List<Problem> problems = new java.util.ArrayList<>();
        return dev.tenken.checklist.load.BoundedFiles.read(in, sourceName, TreeReader.Limits.ASSESSMENT.maxBytes(),
                        "answers", problems)
                .map(bytes -> {
                    AssessmentBinder.Parsed p = AssessmentBinder.parse(bytes, sourceName, TreeReader.Syntax.YAML);
                    return new Reading(p.assessment(), p.problems());
                })
                .orElseGet(() -> new Reading(Optional.empty(), problems));
    }

    /**
     * Reads only the profile from a file — an answers file, or a file with nothing but
     * {@code profile:} — as a profile for {@code checklistId}, with no answers. Problems are
     * located in the file as written.
     */
    public static SelfAssessment profileFrom(Path file, String checklistId) throws TenkenException {
        return AssessmentBinder.orThrow(AssessmentBinder.parseProfile(file, checklistId));
    }

    /**
     * What a lenient read found.
     *
     * @param assessment every well-formed part, absent when not even the checklist id could be read
     * @param problems   every problem in the file
     */
    public record Reading(Optional<SelfAssessment> assessment, List<Problem> problems) {
        /** Copies the problems. */
        public Reading {
            Objects.requireNonNull(assessment, "assessment");
            problems = List.copyOf(problems);
        }
    }

    /** A builder for self-assessments made in code. */
    public static Builder builder(String checklistId) {
        return new Builder(checklistId);
    }

    /** The id of the checklist answered. */
    public String checklistId() {
        return checklistId;
    }

    /** Organisation details ({@code name}, {@code sector}, ...), in the order given. */
    public Map<String, String> organisation() {
        return organisation;
    }

    /** Profile facts as stated, by key. */
    public Map<String, FactValue> profile() {
        return profile;
    }

    /** Answers by item id, in the order given. */
    public Map<String, Answer> answers() {
        return answers;
    }

    /** The day the assessment describes, if given; reports default to the day they are made. */
    public Optional<LocalDate> assessedOn() {
        return assessedOn;
    }

    /** Who made the assessment ({@code name}, {@code role}, ...), in the order given; empty if not said. */
    public Map<String, String> assessor() {
        return assessor;
    }

    /** Where the assessment came from, for messages. */
    public String source() {
        return source;
    }

    /**
     * The line and column where a profile key ({@code "profile." + key}) or answer
     * ({@code "answers." + id}) was written, if known.
     */
    public Optional<int[]> position(String path) {
        int[] p = positions.get(path);
        return p == null ? Optional.empty() : Optional.of(p.clone());
    }

    /** Builds a {@link SelfAssessment} in code. */
    public static final class Builder {
        private final String checklistId;
        private final Map<String, String> organisation = new LinkedHashMap<>();
        private final Map<String, FactValue> profile = new LinkedHashMap<>();
        private final Map<String, Answer> answers = new LinkedHashMap<>();
        private final Map<String, int[]> positions = new LinkedHashMap<>();
        private final Map<String, String> assessor = new LinkedHashMap<>();
        private Optional<LocalDate> assessedOn = Optional.empty();
        private String source = "(in code)";

        private Builder(String checklistId) {
            this.checklistId = Objects.requireNonNull(checklistId, "checklistId");
        }

        /** Sets the organisation's name. */
        public Builder organisation(String name) {
            organisation.put("name", Objects.requireNonNull(name, "name"));
            return this;
        }

        /** Sets another organisation detail, such as {@code sector}. */
        public Builder organisation(String key, String value) {
            organisation.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** States a profile fact. */
        public Builder profile(String key, FactValue value) {
            profile.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** States a boolean profile fact. */
        public Builder profile(String key, boolean value) {
            return profile(key, FactValue.of(value));
        }

        /** States a number profile fact. */
        public Builder profile(String key, long value) {
            return profile(key, FactValue.of(value));
        }

        /** States a number profile fact. */
        public Builder profile(String key, BigDecimal value) {
            return profile(key, FactValue.of(value));
        }

        /** States a string or enum profile fact. */
        public Builder profile(String key, String value) {
            return profile(key, FactValue.of(value));
        }

        /** States a set profile fact. */
        public Builder profile(String key, Set<String> members) {
            return profile(key, FactValue.of(members));
        }

        /** Answers an item. */
        public Builder answer(String itemId, AnswerStatus status) {
            return answer(itemId, Answer.of(status));
        }

        /** Answers an item, with note and evidence. */
        public Builder answer(String itemId, Answer answer) {
            answers.put(Objects.requireNonNull(itemId, "itemId"), Objects.requireNonNull(answer, "answer"));
            return this;
        }

        /** Sets the day the assessment describes. */
        public Builder assessedOn(LocalDate day) {
            this.assessedOn = Optional.of(Objects.requireNonNull(day, "day"));
            return this;
        }

        /** Sets a detail of who made the assessment: {@code name}, {@code role}, ... */
        public Builder assessor(String key, String value) {
            assessor.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Names the source in messages. */
        public Builder source(String name) {
            this.source = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Records where a key was written; used by the file readers. */
        public Builder position(String path, int line, int column) {
            positions.put(path, new int[] {line, column});
            return this;
        }

        /** The assessment. */
        public SelfAssessment build() {
            return new SelfAssessment(checklistId, organisation, profile, answers, assessedOn, assessor, source, positions);
        }
    }
}
