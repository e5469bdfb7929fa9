package dev.tenken.checklist.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.tenken.checklist.Answer;
import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.Waiver;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The quick way to read a JSON self-assessment that is well formed: one pass of Jackson's
 * streaming parser straight into a {@link SelfAssessment}, with no {@link Node} tree and no
 * {@link Binder}. It accepts only what {@link AssessmentBinder} would bind with no problem and
 * gives the very same assessment (values and recorded positions); at the first thing it is not
 * sure of it gives up ({@code null}) and the caller reads the text the full way, which finds and
 * words every problem. So it never words a problem itself.
 */
final class JsonFastPath {
    private static final TreeReader.Limits LIMITS = TreeReader.Limits.ASSESSMENT;
    /** The same constraints and duplicate detection as {@link TreeReader}'s JSON parser; thread-safe. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(LIMITS.maxDepth())
                    .maxStringLength(LIMITS.maxStringLength())
                    .maxNumberLength(100)
                    .maxDocumentLength(LIMITS.maxBytes())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Thrown to give up; no stack trace. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    /** Every spelling {@link AnswerStatus#parse} folds to itself: the keys and the Japanese aliases as written. */
    private static final Map<String, AnswerStatus> QUICK_STATUS;

    static {
        Map<String, AnswerStatus> m = new HashMap<>();
        for (AnswerStatus s : AnswerStatus.values()) {
            for (String w : new String[] {s.key(), s.japanese()}) {
                if (AnswerStatus.parse(w).orElse(null) == s) {
                    m.put(w, s);
                }
            }
        }
        QUICK_STATUS = Map.copyOf(m);
    }

    private final JsonParser p;
    private int nodes;

    private JsonFastPath(JsonParser p) {
        this.p = p;
    }

    /**
     * The assessment, when the text is a self-assessment the full reader would bind with no
     * problem; {@code null} when it is not sure, never a wrong result.
     */
    static SelfAssessment read(String text, String source) {
        // a char is at most 3 UTF-8 bytes: within this, the full reader's byte limit cannot be reached
        if (text.length() > LIMITS.maxBytes() / 3 || text.isEmpty() || text.charAt(0) == '\uFEFF' || hasLoneSurrogate(text)) {
            // surrogates: the full reader encodes the text to UTF-8 first, which replaces a lone one
            return null;
        }
        try (JsonParser parser = JSON.createParser(text)) {
            return new JsonFastPath(parser).document(source);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // GiveUp, a parser error or a limit: the full reader words it
            return null;
        }
    }

    /** Whether the text holds a lone surrogate, which UTF-8 cannot carry. */
    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private JsonToken next() throws IOException {
        JsonToken t = p.nextToken();
        if (t != null && t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY
                && ++nodes > LIMITS.maxNodes()) {
            throw GIVE_UP;
        }
        return t;
    }

    /** A key of the current object, or null at its end. */
    private String key() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            return null;
        }
        if (t != JsonToken.FIELD_NAME) {
            throw GIVE_UP;
        }
        return bounded(p.currentName());
    }

    private static String bounded(String s) {
        if (s.length() > LIMITS.maxStringLength()) {
            throw GIVE_UP;
        }
        return s;
    }

    private static boolean isScalar(JsonToken t) {
        return t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
                || t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE;
    }

    /** The text of a non-null scalar just read, as {@link TreeReader} keeps it. */
    private String scalarText(JsonToken t) throws IOException {
        if (!isScalar(t)) {
            throw GIVE_UP;
        }
        return t == JsonToken.VALUE_STRING ? bounded(p.getText()) : p.getText();
    }

    private SelfAssessment document(String source) throws IOException {
        if (next() != JsonToken.START_OBJECT) {
            throw GIVE_UP;
        }
        String checklist = null;
        int checklistLine = 0;
        int checklistColumn = 0;
        Map<String, String> organisation = null;
        Map<String, String> assessor = null;
        LocalDate assessedOn = null;
        List<Entry<FactValue>> profile = null;
        List<Entry<Answer>> answers = null;
        String k;
        while ((k = key()) != null) {
            JsonToken t = next();
            switch (k) {
                case "checklist" -> {
                    if (t != JsonToken.VALUE_STRING) {
                        throw GIVE_UP;
                    }
                    JsonLocation l = p.currentTokenLocation();
                    checklist = bounded(p.getText());
                    if (checklist.isBlank()) {
                        throw GIVE_UP;
                    }
                    checklistLine = l.getLineNr();
                    checklistColumn = l.getColumnNr();
                }
                case "organisation" -> organisation = details(t);
                case "assessor" -> assessor = details(t);
                case "assessed_on" -> assessedOn = date(t);
                case "profile" -> profile = entries(t, this::factValue);
                case "answers" -> answers = entries(t, this::answer);
                default -> throw GIVE_UP;
            }
        }
        if (p.nextToken() != null || checklist == null) {
            throw GIVE_UP;
        }
        SelfAssessment.Builder out = SelfAssessment.builder(checklist).source(source);
        out.position("checklist", checklistLine, checklistColumn);
        if (organisation != null) {
            organisation.forEach(out::organisation);
        }
        if (assessor != null) {
            assessor.forEach(out::assessor);
        }
        if (assessedOn != null) {
            out.assessedOn(assessedOn);
        }
        if (profile != null) {
            for (Entry<FactValue> e : profile) {
                out.profile(e.key(), e.value());
                out.position("profile." + e.key(), e.line(), e.column());
            }
        }
        if (answers != null) {
            for (Entry<Answer> e : answers) {
                out.answer(e.key(), e.value());
                out.position("answers." + e.key(), e.line(), e.column());
            }
        }
        return out.build();
    }

    /**
     * Whether a section's value counts as left empty ({@code null} or a blank string), as
     * {@link AssessmentBinder}'s {@code section} skips it; any other non-object gives up.
     */
    private boolean emptySection(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL || (t == JsonToken.VALUE_STRING && bounded(p.getText()).isBlank())) {
            return true;
        }
        if (t != JsonToken.START_OBJECT) {
            throw GIVE_UP;
        }
        return false;
    }

    /** {@code organisation} or {@code assessor}: single values, nulls left out. */
    private Map<String, String> details(JsonToken t) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (emptySection(t)) {
            return out;
        }
        String k;
        while ((k = key()) != null) {
            JsonToken v = next();
            if (v != JsonToken.VALUE_NULL) {
                out.put(k, scalarText(v));
            }
        }
        return out;
    }

    /** An ISO date written as a string; anything else gives up. */
    private LocalDate date(JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            throw GIVE_UP;
        }
        try {
            return LocalDate.parse(bounded(p.getText()).strip());
        } catch (DateTimeParseException e) {
            throw GIVE_UP;
        }
    }

    /** One key of the profile or answers section, its value, and where the key stands. */
    private record Entry<V>(String key, V value, int line, int column) {
    }

    /** Reads a value of a section; gives up (throws) on anything the full reader must judge. */
    private interface ValueReader<V> {
        V read(JsonToken t) throws IOException;
    }

    /** The entries of the profile or answers section, in order, each with its key's position. */
    private <V> List<Entry<V>> entries(JsonToken t, ValueReader<V> value) throws IOException {
        List<Entry<V>> out = new ArrayList<>();
        if (emptySection(t)) {
            return out;
        }
        String k;
        while ((k = key()) != null) {
            JsonLocation l = p.currentTokenLocation();
            int line = l.getLineNr();
            int column = l.getColumnNr();
            out.add(new Entry<>(k, value.read(next()), line, column));
        }
        return out;
    }

    private FactValue factValue(JsonToken t) throws IOException {
        switch (t) {
            case START_ARRAY: {
                Set<String> members = new LinkedHashSet<>();
                JsonToken x;
                while ((x = next()) != JsonToken.END_ARRAY) {
                    if (!members.add(scalarText(x))) {
                        throw GIVE_UP;
                    }
                }
                return FactValue.of(members);
            }
            case VALUE_STRING: {
                String s = bounded(p.getText());
                if (s.isBlank()) {
                    throw GIVE_UP;
                }
                return FactValue.of(s);
            }
            case VALUE_TRUE:
                return FactValue.of(true);
            case VALUE_FALSE:
                return FactValue.of(false);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                if (Numbers.read(p.getText()) instanceof Numbers.Value v) {
                    return FactValue.of(v.value());
                }
                throw GIVE_UP;
            default:
                throw GIVE_UP;
        }
    }

    private Answer answer(JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            return Answer.of(status(t));
        }
        AnswerStatus status = null;
        Optional<String> note = Optional.empty();
        Optional<String> evidence = Optional.empty();
        Optional<Waiver> waiver = Optional.empty();
        String k;
        while ((k = key()) != null) {
            JsonToken v = next();
            switch (k) {
                case "status" -> status = status(v);
                case "note" -> note = Optional.of(text(v));
                case "evidence" -> evidence = Optional.of(text(v));
                case "waiver" -> waiver = Optional.of(waiver(v));
                default -> throw GIVE_UP;
            }
        }
        if (status == null) {
            throw GIVE_UP;
        }
        return new Answer(status, note, evidence, waiver);
    }

    /** A non-blank single value, as {@link Binder#text} takes it. */
    private String text(JsonToken t) throws IOException {
        String s = scalarText(t);
        if (s.isBlank()) {
            throw GIVE_UP;
        }
        return s;
    }

    private AnswerStatus status(JsonToken t) throws IOException {
        String s = scalarText(t);
        AnswerStatus quick = QUICK_STATUS.get(s);
        if (quick != null) {
            return quick;
        }
        return AnswerStatus.parse(s).orElseThrow(() -> GIVE_UP);
    }

    private Waiver waiver(JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            throw GIVE_UP;
        }
        String reason = null;
        Optional<String> approvedBy = Optional.empty();
        LocalDate expires = null;
        String k;
        while ((k = key()) != null) {
            JsonToken v = next();
            switch (k) {
                case "reason" -> reason = text(v);
                case "approved_by" -> approvedBy = Optional.of(text(v));
                case "expires" -> expires = date(v);
                default -> throw GIVE_UP;
            }
        }
        if (reason == null || expires == null) {
            throw GIVE_UP;
        }
        return new Waiver(reason, approvedBy, expires);
    }
}
