package dev.tenken.checklist;

import dev.tenken.checklist.load.AssessmentBinder;
import dev.tenken.checklist.load.JsonFastPath;
import dev.tenken.checklist.load.TreeReader;
import dev.tenken.checklist.load.Utf8;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
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
    /** Where {@code checklist} was written, or null. */
    private final int[] checklistAt;
    private final KeyPositions profileAt;
    private final KeyPositions answerAt;
    /** Positions recorded under any other path, which the readers do not write. */
    private final Map<String, int[]> otherAt;

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
        int[] checklistPos = null;
        List<String> profileKeys = new ArrayList<>();
        List<String> answerKeys = new ArrayList<>();
        int[] profilePos = new int[2 * positions.size()];
        int[] answerPos = new int[2 * positions.size()];
        Map<String, int[]> other = new HashMap<>();
        for (Map.Entry<String, int[]> e : positions.entrySet()) {
            String path = e.getKey();
            int[] at = e.getValue();
            if (path.equals("checklist")) {
                checklistPos = at.clone();
            } else if (path.startsWith("profile.")) {
                profilePos[2 * profileKeys.size()] = at[0];
                profilePos[2 * profileKeys.size() + 1] = at[1];
                profileKeys.add(path.substring("profile.".length()));
            } else if (path.startsWith("answers.")) {
                answerPos[2 * answerKeys.size()] = at[0];
                answerPos[2 * answerKeys.size() + 1] = at[1];
                answerKeys.add(path.substring("answers.".length()));
            } else {
                other.put(path, at.clone());
            }
        }
        this.checklistAt = checklistPos;
        this.profileAt = new KeyPositions(profileKeys.toArray(new String[0]), profilePos, profileKeys.size());
        this.answerAt = new KeyPositions(answerKeys.toArray(new String[0]), answerPos, answerKeys.size());
        this.otherAt = Map.copyOf(other);
    }

    /**
     * Holds what the quick JSON reader made, without copying or checking it again: the reader
     * guarantees what the other constructor makes sure of (see {@link JsonFastPath.Parts}): the
     * maps are fresh and referred to by nothing else, so wrapping them keeps this immutable; no
     * key, value or position is null; and no key repeats. The values themselves ({@link Answer},
     * {@link Waiver}, {@link FactValue}) were validated by their own constructors.
     */
    private SelfAssessment(JsonFastPath.Parts p) {
        this.checklistId = p.checklist();
        this.organisation = Collections.unmodifiableMap(p.organisation());
        this.assessor = Collections.unmodifiableMap(p.assessor());
        this.assessedOn = Optional.ofNullable(p.assessedOn());
        this.profile = Collections.unmodifiableMap(p.profile());
        this.answers = Collections.unmodifiableMap(p.answers());
        this.source = p.source();
        this.checklistAt = new int[] {p.checklistLine(), p.checklistColumn()};
        this.profileAt = new KeyPositions(p.profileKeys(), p.profileAt(), p.profile().size());
        this.answerAt = new KeyPositions(p.answerKeys(), p.answerAt(), p.answers().size());
        this.otherAt = Map.of();
    }

    /**
     * The line and column of each key of a section, in the order recorded; looked up by key
     * only when a problem is reported, so the index is made on the first look-up.
     */
    private static final class KeyPositions {
        private final String[] keys;
        private final int[] at;
        private final int size;
        /**
         * Key to index, made on first use. Racy but safe: every thread makes an equal map, and
         * the unmodifiable wrapper's final field publishes it whole.
         */
        private Map<String, Integer> index;

        /** Takes the arrays as they are: {@code at} holds line and column of {@code keys[i]} at 2i and 2i + 1. */
        KeyPositions(String[] keys, int[] at, int size) {
            this.keys = keys;
            this.at = at;
            this.size = size;
        }

        int[] find(String key) {
            Map<String, Integer> m = index;
            if (m == null) {
                Map<String, Integer> made = new HashMap<>();
                for (int i = 0; i < size; i++) {
                    made.put(keys[i], i); // a later position for the same key replaces an earlier one
                }
                m = Collections.unmodifiableMap(made);
                index = m;
            }
            Integer i = m.get(key);
            return i == null ? null : new int[] {at[2 * i], at[2 * i + 1]};
        }
    }

    /**
     * Reads a YAML self-assessment file (JSON is YAML too); throws with every problem in it.
     *
     * @param file the answers file
     * @return the assessment, not yet checked against its checklist
     * @throws TenkenException if the file cannot be read or is malformed; it carries every problem,
     *                         with file, line and column
     */
    public static SelfAssessment fromYaml(Path file) throws TenkenException {
        return AssessmentBinder.orThrow(AssessmentBinder.parse(file, TreeReader.Syntax.YAML));
    }

    /**
     * Reads a JSON self-assessment file; throws with every problem in it.
     *
     * @param file the answers file
     * @return the assessment, not yet checked against its checklist
     * @throws TenkenException if the file cannot be read or is malformed; it carries every problem,
     *                         with file, line and column
     */
    public static SelfAssessment fromJson(Path file) throws TenkenException {
        return AssessmentBinder.orThrow(AssessmentBinder.parse(file, TreeReader.Syntax.JSON));
    }

    /**
     * Reads a self-assessment given as YAML text; {@code sourceName} names it in messages.
     *
     * @param text       the answers in YAML
     * @param sourceName what to call the text in messages, such as a file name
     * @return the assessment, not yet checked against its checklist
     * @throws TenkenException if the text is malformed; it carries every problem, with line and column
     */
    public static SelfAssessment fromYaml(String text, String sourceName) throws TenkenException {
        return AssessmentBinder.bind(text.getBytes(StandardCharsets.UTF_8), sourceName, TreeReader.Syntax.YAML);
    }

    /**
     * Reads a self-assessment given as JSON text; {@code sourceName} names it in messages.
     *
     * @param text       the answers in JSON
     * @param sourceName what to call the text in messages, such as a file name
     * @return the assessment, not yet checked against its checklist
     * @throws TenkenException if the text is malformed; it carries every problem, with line and column
     */
    public static SelfAssessment fromJson(String text, String sourceName) throws TenkenException {
        // the UTF-8 of a String is always well formed (a lone surrogate becomes '?', as the full reader has it)
        return fromJson(text.getBytes(StandardCharsets.UTF_8), sourceName);
    }

    /**
     * Reads a self-assessment given as the UTF-8 bytes of one JSON document, such as a line of
     * a JSON Lines file; {@code sourceName} names it in messages. Gives the same assessment, or
     * the same problems, as decoding the bytes and calling {@link #fromJson(String, String)},
     * except that bytes which are not well-formed UTF-8 are refused rather than replaced. A
     * leading byte order mark is ignored.
     *
     * @param utf8       the document, in UTF-8; not changed, and not kept
     * @param sourceName what to call the document in messages, such as {@code line 12}
     * @return the assessment, not yet checked against its checklist
     * @throws TenkenException if the bytes are not UTF-8 (one problem, with no line or column:
     *                         {@code invalid UTF-8 at byte N of the line}, N counted from 1) or the
     *                         document is malformed; it carries every problem, with line and column
     * @since 0.3
     */
    public static SelfAssessment fromJson(byte[] utf8, String sourceName) throws TenkenException {
        return fromJson(utf8, 0, utf8.length, sourceName);
    }

    /**
     * Reads a self-assessment given as {@code length} UTF-8 bytes of one JSON document from
     * {@code offset}, such as a line within a read buffer; as {@link #fromJson(byte[], String)}
     * with those bytes, byte numbers in messages counted from {@code offset}.
     *
     * @param utf8       holds the document, in UTF-8; not changed, and not kept
     * @param offset     where the document starts
     * @param length     its length in bytes
     * @param sourceName what to call the document in messages, such as {@code line 12}
     * @return the assessment, not yet checked against its checklist
     * @throws TenkenException           if the bytes are not UTF-8 or the document is malformed, as
     *                                   {@link #fromJson(byte[], String)} says
     * @throws IndexOutOfBoundsException if {@code offset} and {@code length} do not lie within {@code utf8}
     * @since 0.3
     */
    public static SelfAssessment fromJson(byte[] utf8, int offset, int length, String sourceName) throws TenkenException {
        Objects.checkFromIndexSize(offset, length, utf8.length);
        Objects.requireNonNull(sourceName, "sourceName");
        // the quick way checks the UTF-8 as it counts lines and columns; anything it is not sure of, the full way
        JsonFastPath.Parts quick = JsonFastPath.read(utf8, offset, length, sourceName);
        if (quick != null) {
            return new SelfAssessment(quick);
        }
        int limit = TreeReader.Limits.ASSESSMENT.maxBytes();
        if (length > limit) {
            // refused as too large (as the full reader words it), without scanning or copying it first
            throw new TenkenException(TenkenException.Phase.ASSESSMENT, List.of(Problem.at(sourceName, 0, 0,
                    "file is " + length + " bytes; the limit is " + limit + " bytes")));
        }
        int bad = Utf8.firstInvalid(utf8, offset, length);
        if (bad >= 0) {
            throw new TenkenException(TenkenException.Phase.ASSESSMENT, List.of(Problem.at(sourceName, 0, 0,
                    "invalid UTF-8 at byte " + (bad + 1) + " of the line")));
        }
        byte[] doc = offset == 0 && length == utf8.length ? utf8 : Arrays.copyOfRange(utf8, offset, offset + length);
        return AssessmentBinder.bind(doc, sourceName, TreeReader.Syntax.JSON);
    }

    /**
     * Reads a self-assessment file leniently (JSON when the name ends in {@code .json}, else
     * YAML): the result holds what could be read and every problem in the file, so that a caller
     * can add its own checks (such as {@link AssessmentCheck}) and report everything at once.
     *
     * @param file the answers file
     * @return what could be read and every problem; never throws for a bad file
     */
    public static Reading read(Path file) {
        AssessmentBinder.Parsed p = AssessmentBinder.parse(file);
        return new Reading(p.assessment(), p.problems());
    }

    /**
     * Reads a self-assessment leniently from a stream, such as standard input (YAML, which JSON
     * also is), within the same size limit as a file; {@code sourceName} names it in messages.
     *
     * @param in         the stream to read; not closed here
     * @param sourceName what to call the stream in messages, such as {@code -} for standard input
     * @return what could be read and every problem, including a stream that is too large or unreadable
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
     *
     * @param file        the file holding a {@code profile:} section
     * @param checklistId the checklist the profile is for
     * @return an assessment with the profile and no answers
     * @throws TenkenException if the file cannot be read or its profile is malformed; it carries every
     *                         problem, with file, line and column
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
        /**
         * Copies the problems.
         *
         * @param assessment every well-formed part, empty when not even the checklist id could be read
         * @param problems   every problem in the file, empty when there were none
         */
        public Reading {
            Objects.requireNonNull(assessment, "assessment");
            problems = List.copyOf(problems);
        }
    }

    /**
     * A builder for self-assessments made in code.
     *
     * @param checklistId the id of the checklist answered; not null
     * @return a builder with no organisation, profile or answers
     */
    public static Builder builder(String checklistId) {
        return new Builder(checklistId);
    }

    /**
     * The id of the checklist answered.
     *
     * @return the checklist id as written
     */
    public String checklistId() {
        return checklistId;
    }

    /**
     * Organisation details ({@code name}, {@code sector}, ...), in the order given.
     *
     * @return an unmodifiable map, empty when none were given
     */
    public Map<String, String> organisation() {
        return organisation;
    }

    /**
     * Profile facts as stated, by key.
     *
     * @return an unmodifiable map in the order given; a fact left out is unanswered
     */
    public Map<String, FactValue> profile() {
        return profile;
    }

    /**
     * Answers by item id, in the order given.
     *
     * @return an unmodifiable map; an item left out is unanswered
     */
    public Map<String, Answer> answers() {
        return answers;
    }

    /**
     * The day the assessment describes, if given; reports default to the day they are made.
     *
     * @return the date, or empty when not given
     */
    public Optional<LocalDate> assessedOn() {
        return assessedOn;
    }

    /**
     * Who made the assessment ({@code name}, {@code role}, ...), in the order given; empty if not said.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> assessor() {
        return assessor;
    }

    /**
     * Where the assessment came from, for messages.
     *
     * @return the file name or source name; {@code (in code)} for a built assessment not given one
     */
    public String source() {
        return source;
    }

    /**
     * The line and column where a profile key ({@code "profile." + key}) or answer
     * ({@code "answers." + id}) was written, if known.
     *
     * @param path {@code checklist}, or {@code profile.} or {@code answers.} followed by the key or item id
     * @return a fresh two-element array of 1-based line and column, or empty when not recorded
     */
    public Optional<int[]> position(String path) {
        int[] p;
        if (path.equals("checklist")) {
            p = checklistAt == null ? null : checklistAt.clone();
        } else if (path.startsWith("profile.")) {
            p = profileAt.find(path.substring("profile.".length()));
        } else if (path.startsWith("answers.")) {
            p = answerAt.find(path.substring("answers.".length()));
        } else {
            p = otherAt.containsKey(path) ? otherAt.get(path).clone() : null;
        }
        return Optional.ofNullable(p);
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

        /**
         * Sets the organisation's name.
         *
         * @param name the name; not null
         * @return this builder
         */
        public Builder organisation(String name) {
            organisation.put("name", Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Sets another organisation detail, such as {@code sector}; a later value for the same key replaces
         * the earlier one.
         *
         * @param key   the detail's key; not null
         * @param value its value; not null
         * @return this builder
         */
        public Builder organisation(String key, String value) {
            organisation.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * States a profile fact; a later value for the same key replaces the earlier one. The value is
         * checked against the checklist's declaration only when the assessment is checked.
         *
         * @param key   the fact key; not null
         * @param value the value; not null
         * @return this builder
         */
        public Builder profile(String key, FactValue value) {
            profile.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * States a boolean profile fact.
         *
         * @param key   the fact key; not null
         * @param value the value
         * @return this builder
         */
        public Builder profile(String key, boolean value) {
            return profile(key, FactValue.of(value));
        }

        /**
         * States a number profile fact.
         *
         * @param key   the fact key; not null
         * @param value the value, at most 10^15 in magnitude
         * @return this builder
         * @throws IllegalArgumentException if the value is out of range
         */
        public Builder profile(String key, long value) {
            return profile(key, FactValue.of(value));
        }

        /**
         * States a number profile fact.
         *
         * @param key   the fact key; not null
         * @param value the value, within the bounds of {@link FactValue.Num}
         * @return this builder
         * @throws IllegalArgumentException if the value is out of range
         */
        public Builder profile(String key, BigDecimal value) {
            return profile(key, FactValue.of(value));
        }

        /**
         * States a string or enum profile fact.
         *
         * @param key   the fact key; not null
         * @param value the value; not null
         * @return this builder
         */
        public Builder profile(String key, String value) {
            return profile(key, FactValue.of(value));
        }

        /**
         * States a set profile fact.
         *
         * @param key     the fact key; not null
         * @param members the members, kept in iteration order
         * @return this builder
         */
        public Builder profile(String key, Set<String> members) {
            return profile(key, FactValue.of(members));
        }

        /**
         * Answers an item, with no note, evidence or waiver.
         *
         * @param itemId the item id; not null
         * @param status the answer
         * @return this builder
         */
        public Builder answer(String itemId, AnswerStatus status) {
            return answer(itemId, Answer.of(status));
        }

        /**
         * Answers an item, with note and evidence; a later answer for the same item replaces the earlier one.
         *
         * @param itemId the item id; not null
         * @param answer the answer; not null
         * @return this builder
         */
        public Builder answer(String itemId, Answer answer) {
            answers.put(Objects.requireNonNull(itemId, "itemId"), Objects.requireNonNull(answer, "answer"));
            return this;
        }

        /**
         * Sets the day the assessment describes.
         *
         * @param day the date; not null
         * @return this builder
         */
        public Builder assessedOn(LocalDate day) {
            this.assessedOn = Optional.of(Objects.requireNonNull(day, "day"));
            return this;
        }

        /**
         * Sets a detail of who made the assessment: {@code name}, {@code role}, ...
         *
         * @param key   the detail's key; not null
         * @param value its value; not null
         * @return this builder
         */
        public Builder assessor(String key, String value) {
            assessor.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Names the source in messages.
         *
         * @param name the name, such as a file name; not null
         * @return this builder
         */
        public Builder source(String name) {
            this.source = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Records where a key was written; used by the file readers.
         *
         * @param path   {@code checklist}, or {@code profile.} or {@code answers.} followed by the key or item id
         * @param line   1-based line
         * @param column 1-based column
         * @return this builder
         */
        public Builder position(String path, int line, int column) {
            positions.put(path, new int[] {line, column});
            return this;
        }

        /**
         * The assessment.
         *
         * @return an immutable assessment of what was set so far
         */
        public SelfAssessment build() {
            return new SelfAssessment(checklistId, organisation, profile, answers, assessedOn, assessor, source, positions);
        }
    }
}
