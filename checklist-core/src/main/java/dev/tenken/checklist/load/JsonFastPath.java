package dev.tenken.checklist.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import dev.tenken.checklist.Answer;
import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.Waiver;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The quick way to read a JSON self-assessment that is well formed, from its UTF-8 bytes: one
 * pass of Jackson's byte parser straight into the {@link Parts} of an assessment, with no
 * {@link Node} tree, no {@link Binder} and no String of the whole document. It accepts only
 * what {@link AssessmentBinder} would bind with no problem and gives the very same values and
 * recorded positions (line and column in characters, as the full reader counts them); at the
 * first thing it is not sure of it gives up ({@code null}) and the caller reads the bytes the
 * full way, which finds and words every problem. So it never words a problem itself.
 */
public final class JsonFastPath {
    private static final TreeReader.Limits LIMITS = TreeReader.Limits.ASSESSMENT;
    /**
     * The same constraints as {@link TreeReader}'s JSON parser; thread-safe. Jackson's duplicate
     * detection is left off (its per-object hash set was a good part of the cost): every object
     * this reader accepts is read key by key here, and a repeated key gives up (see
     * {@link #document}, {@link #details}, {@link #section}, {@link #answer}, {@link #waiver}),
     * so the full reader reports it.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(LIMITS.maxDepth())
                    .maxStringLength(LIMITS.maxStringLength())
                    .maxNumberLength(100)
                    .maxDocumentLength(LIMITS.maxBytes())
                    .build())
            .build();

    /** Whole numbers read directly up to this size; larger ones are made by FactValue, which refuses beyond 10^15. */
    private static final long MAX_WHOLE = 1_000_000_000_000_000L;
    private static final FactValue TRUE = FactValue.of(true);
    private static final FactValue FALSE = FactValue.of(false);
    /** The answer with a bare status, one per status: records, so sharing them is safe. */
    private static final Answer[] BARE = new Answer[AnswerStatus.values().length];
    /** Every spelling {@link AnswerStatus#parse} folds to itself, as characters, and what it means. */
    private static final char[][] QUICK_WORDS;
    private static final AnswerStatus[] QUICK_STATUS;

    static {
        for (AnswerStatus s : AnswerStatus.values()) {
            BARE[s.ordinal()] = Answer.of(s);
        }
        java.util.List<char[]> words = new java.util.ArrayList<>();
        java.util.List<AnswerStatus> meant = new java.util.ArrayList<>();
        for (AnswerStatus s : AnswerStatus.values()) {
            for (String w : new String[] {s.key(), s.japanese()}) {
                if (AnswerStatus.parse(w).orElse(null) == s) {
                    words.add(w.toCharArray());
                    meant.add(s);
                }
            }
        }
        QUICK_WORDS = words.toArray(new char[0][]);
        QUICK_STATUS = meant.toArray(new AnswerStatus[0]);
    }

    /** Thrown to give up; no stack trace. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    /**
     * What the quick path read, handed to {@code SelfAssessment} to hold as it is: every map is
     * a fresh {@link LinkedHashMap} that nothing else refers to, every value in it is already
     * what the binder would make, and no key repeats.
     *
     * @param checklist       the checklist id, not blank
     * @param checklistLine   where the checklist id's value stands
     * @param checklistColumn its column, in characters
     * @param organisation    organisation details, nulls left out
     * @param assessor        assessor details, nulls left out
     * @param assessedOn      the date, or null when not given
     * @param profile         profile facts in the order written
     * @param profileKeys     the profile's keys in the same order (the first {@code profile.size()})
     * @param profileAt       line and column of each profile key, two per key
     * @param answers         answers in the order written
     * @param answerKeys      the answers' item ids in the same order (the first {@code answers.size()})
     * @param answerAt        line and column of each item id, two per id
     * @param source          what the document is called in messages
     */
    public record Parts(String checklist, int checklistLine, int checklistColumn, Map<String, String> organisation,
                        Map<String, String> assessor, LocalDate assessedOn, Map<String, FactValue> profile,
                        String[] profileKeys, int[] profileAt, Map<String, Answer> answers, String[] answerKeys,
                        int[] answerAt, String source) {
    }

    private final JsonParser p;
    private final byte[] bytes;
    private final int start;
    private final int end;
    /** The byte up to which lines and columns are counted, and the line and column there. */
    private int counted;
    private int line = 1;
    private int column = 1;
    private int nodes;

    private JsonFastPath(JsonParser p, byte[] bytes, int start, int end) {
        this.p = p;
        this.bytes = bytes;
        this.start = start;
        this.end = end;
        this.counted = start;
    }

    /**
     * The parts of the assessment, when the bytes are a self-assessment the full reader would
     * bind with no problem; {@code null} when it is not sure, never a wrong result.
     *
     * @param bytes  the document; null is also the answer when its {@code length} bytes from
     *               {@code offset} are not well-formed UTF-8 (see {@link Utf8#firstInvalid})
     * @param offset where the document starts
     * @param length its length in bytes
     * @param source what the document is called in messages
     * @return the parts, or null to read the document the full way
     */
    public static Parts read(byte[] bytes, int offset, int length, String source) {
        int from = offset;
        int end = offset + length;
        if (startsWithBom(bytes, from, end)) {
            from += 3; // the full reader drops one byte order mark, and counts columns after it
        }
        // another mark, or a NUL among the first bytes (which Jackson takes as UTF-16 or UTF-32): the full way
        if (end - from < 4 || end - offset > LIMITS.maxBytes() || startsWithBom(bytes, from, end)
                || bytes[from] == 0 || bytes[from + 1] == 0 || bytes[from + 2] == 0 || bytes[from + 3] == 0) {
            return null;
        }
        try (JsonParser parser = JSON.createParser(bytes, from, end - from)) {
            if (!(parser instanceof UTF8StreamJsonParser)) {
                return null; // Jackson guessed another encoding from the first bytes
            }
            return new JsonFastPath(parser, bytes, from, end).document(source);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // GiveUp, a parser error or a limit: the full reader words it
            return null;
        }
    }

    private static boolean startsWithBom(byte[] b, int from, int end) {
        return end - from >= 3 && b[from] == (byte) 0xEF && b[from + 1] == (byte) 0xBB && b[from + 2] == (byte) 0xBF;
    }

    /** Where the value just read starts, from {@link #start}, as Jackson locates it. */
    private int valueStart() {
        long at = ((ParserBase) p).getTokenCharacterOffset() - 1;
        if (at < 0 || at > end - start) {
            throw GIVE_UP;
        }
        return (int) at;
    }

    /**
     * Checks the bytes from where the last scan stopped up to {@code to} are well-formed UTF-8
     * (else gives up), and counts lines and columns over them as the full reader's character
     * parser does: CR, LF and CRLF end a line; a column is a UTF-16 character, so a four-byte
     * sequence counts two. Offsets come in order, so each byte is looked at once.
     */
    private void scan(int to) {
        if (to < counted) {
            throw GIVE_UP;
        }
        byte[] b = bytes;
        int i = counted;
        int l = line;
        int c = column;
        while (i < to) {
            if (end - i >= 8) {
                // eight bytes, or the fewer left before the next stop (a key is some 14 bytes after the last)
                int n = Math.min(8, to - i);
                long w = (long) Utf8.LONGS.get(b, i) & (-1L >>> (64 - 8 * n));
                if ((w & Utf8.HIGH) == 0 && !Utf8.hasByte(w, '\n') && !Utf8.hasByte(w, '\r')) {
                    c += n; // ASCII characters, no line break
                    i += n;
                    continue;
                }
            }
            int x = b[i];
            if (x >= (byte) 0xE1 && x <= (byte) 0xEF && x != (byte) 0xED && end - i >= 3
                    && (b[i + 1] & 0xC0) == 0x80 && (b[i + 2] & 0xC0) == 0x80) {
                i += 3; // most Japanese, as in Utf8.firstInvalid: no bounds beyond the continuation bytes
                c++;
            } else if (x < 0) {
                int n = Utf8.sequence(b, i, end);
                if (n < 0) {
                    throw GIVE_UP; // not UTF-8: the caller finds where
                }
                i += n;
                c += n == 4 ? 2 : 1;
            } else if (x == '\n') {
                i++;
                l++;
                c = 1;
            } else if (x == '\r') {
                i++;
                if (i < end && b[i] == '\n') {
                    i++;
                }
                l++;
                c = 1;
            } else {
                i++;
                c++;
            }
        }
        counted = i;
        line = l;
        column = c;
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

    /** Each top-level key, as a bit, to see one twice. */
    private static int topBit(String k) {
        return switch (k) {
            case "checklist" -> 1;
            case "organisation" -> 2;
            case "assessor" -> 4;
            case "assessed_on" -> 8;
            case "profile" -> 16;
            case "answers" -> 32;
            default -> throw GIVE_UP;
        };
    }

    private Parts document(String source) throws IOException {
        if (next() != JsonToken.START_OBJECT) {
            throw GIVE_UP;
        }
        String checklist = null;
        int checklistAt = 0;
        Map<String, String> organisation = null;
        Map<String, String> assessor = null;
        LocalDate assessedOn = null;
        Section<FactValue> profile = null;
        Section<Answer> answers = null;
        int seen = 0;
        String k;
        while ((k = key()) != null) {
            int bit = topBit(k);
            if ((seen & bit) != 0) {
                throw GIVE_UP;
            }
            seen |= bit;
            JsonToken t = next();
            switch (bit) {
                case 1 -> {
                    if (t != JsonToken.VALUE_STRING) {
                        throw GIVE_UP;
                    }
                    checklist = bounded(p.getText());
                    if (checklist.isBlank()) {
                        throw GIVE_UP;
                    }
                    checklistAt = valueStart();
                }
                case 2 -> organisation = details(t);
                case 4 -> assessor = details(t);
                case 8 -> assessedOn = date(t);
                case 16 -> profile = section(t, 16, false);
                default -> answers = section(t, 64, true);
            }
        }
        if (p.nextToken() != null || checklist == null) {
            throw GIVE_UP;
        }
        Section<FactValue> pr = profile == null ? new Section<>(0) : profile;
        Section<Answer> an = answers == null ? new Section<>(0) : answers;
        int[] profileAt = new int[2 * pr.size];
        int[] answerAt = new int[2 * an.size];
        int[] checklistLineColumn = new int[2];
        // one pass over the bytes, stopping at each recorded offset in document order: the two
        // sections do not interleave and each is in order
        int x = 0;
        int y = 0;
        boolean checklistDone = false;
        while (x < pr.size || y < an.size || !checklistDone) {
            int nextProfile = x < pr.size ? pr.at[x] : Integer.MAX_VALUE;
            int nextAnswer = y < an.size ? an.at[y] : Integer.MAX_VALUE;
            int nextChecklist = checklistDone ? Integer.MAX_VALUE : checklistAt;
            if (nextChecklist <= nextProfile && nextChecklist <= nextAnswer) {
                lineAndColumn(nextChecklist, checklistLineColumn, 0);
                checklistDone = true;
            } else if (nextProfile < nextAnswer) {
                lineAndColumn(nextProfile, profileAt, 2 * x++);
            } else {
                lineAndColumn(nextAnswer, answerAt, 2 * y++);
            }
        }
        scan(end); // the rest of the bytes must be UTF-8 too
        return new Parts(checklist, checklistLineColumn[0], checklistLineColumn[1],
                organisation == null ? new LinkedHashMap<>() : organisation,
                assessor == null ? new LinkedHashMap<>() : assessor, assessedOn,
                pr.values, pr.keys, profileAt, an.values, an.keys, answerAt, source);
    }

    /** Counts lines and columns up to {@code offset} (from {@link #start}) and puts them at {@code into[at]}, {@code into[at + 1]}. */
    private void lineAndColumn(int offset, int[] into, int at) {
        scan(start + offset);
        into[at] = line;
        into[at + 1] = column;
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

    /** {@code organisation} or {@code assessor}: single values, nulls left out, no key twice. */
    private Map<String, String> details(JsonToken t) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (emptySection(t)) {
            return out;
        }
        Set<String> nulls = null;
        String k;
        while ((k = key()) != null) {
            JsonToken v = next();
            if (v == JsonToken.VALUE_NULL) {
                if (nulls == null) {
                    nulls = new HashSet<>();
                }
                if (out.containsKey(k) || !nulls.add(k)) {
                    throw GIVE_UP;
                }
            } else if (out.put(k, scalarText(v)) != null || (nulls != null && nulls.contains(k))) {
                throw GIVE_UP;
            }
        }
        return out;
    }

    /** An ISO date written as a string, as {@code LocalDate.parse(text.strip())} reads it; anything else gives up. */
    private LocalDate date(JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            throw GIVE_UP;
        }
        char[] c = p.getTextCharacters();
        int o = p.getTextOffset();
        if (p.getTextLength() == 10 && digits(c, o, 4) && c[o + 4] == '-' && digits(c, o + 5, 2) && c[o + 7] == '-'
                && digits(c, o + 8, 2)) {
            // yyyy-MM-dd exactly: what ISO_LOCAL_DATE reads, without its parser
            try {
                return LocalDate.of(number(c, o, 4), number(c, o + 5, 2), number(c, o + 8, 2));
            } catch (DateTimeException e) {
                throw GIVE_UP; // such as 2025-02-29, which the parser refuses too
            }
        }
        try {
            return LocalDate.parse(bounded(p.getText()).strip());
        } catch (DateTimeParseException e) {
            throw GIVE_UP;
        }
    }

    private static boolean digits(char[] c, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (c[i] < '0' || c[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(char[] c, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            v = v * 10 + (c[i] - '0');
        }
        return v;
    }

    /**
     * The keys of the profile or answers section, in order, where each key starts, and the map
     * of values built as they come (a repeated key gives up).
     */
    private static final class Section<V> {
        private final Map<String, V> values;
        private String[] keys;
        private int[] at;
        private int size;

        Section(int expected) {
            values = new LinkedHashMap<>(expected == 0 ? 1 : expected * 4 / 3 + 1);
            keys = new String[expected];
            at = new int[expected];
        }

        void add(String key, V value, int offset) {
            if (values.put(key, value) != null) {
                throw GIVE_UP;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, Math.max(8, size * 2));
                at = Arrays.copyOf(at, keys.length);
            }
            keys[size] = key;
            at[size] = offset;
            size++;
        }
    }

    /** The profile ({@code answers} false) or answers section. */
    private <V> Section<V> section(JsonToken t, int expected, boolean answers) throws IOException {
        Section<V> out = new Section<>(emptySection(t) ? 0 : expected);
        if (out.keys.length == 0) {
            return out;
        }
        String k;
        while ((k = key()) != null) {
            JsonToken first = next();
            int at = keyStart();
            @SuppressWarnings("unchecked")
            V v = (V) (answers ? answer(first) : factValue(first));
            out.add(k, v, at);
        }
        return out;
    }

    /**
     * Where the key before the value just read starts, from {@link #start}: the byte Jackson
     * gives as the key's location, but found back from where the value starts, over blanks, the
     * colon, blanks and the key's text to its opening quote (one not escaped: an even number of
     * backslashes before it). Asking Jackson for a key's location makes a {@code JsonLocation}
     * every time, and there are two or three keys per item.
     */
    private int keyStart() {
        int i = blanksBack(start + valueStart() - 1);
        if (i < start || bytes[i] != ':') {
            throw GIVE_UP;
        }
        i = blanksBack(i - 1);
        if (i < start || bytes[i] != '"') {
            throw GIVE_UP;
        }
        for (i--; ; i--) {
            if (i < start) {
                throw GIVE_UP;
            }
            if (bytes[i] == '"') {
                int slashes = 0;
                while (i - slashes - 1 >= start && bytes[i - slashes - 1] == '\\') {
                    slashes++;
                }
                if (slashes % 2 == 0) {
                    return i - start;
                }
            }
        }
    }

    /** The last byte at or before {@code i} that is not JSON white space (or one before {@link #start}). */
    private int blanksBack(int i) {
        while (i >= start && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
            i--;
        }
        return i;
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
                return TRUE;
            case VALUE_FALSE:
                return FALSE;
            case VALUE_NUMBER_INT:
                if (p.getTextLength() <= 17) {
                    // at most 17 characters: fits a long; within 10^15 it is what Numbers.read gives, scale 0
                    long v = p.getLongValue();
                    if (v >= -MAX_WHOLE && v <= MAX_WHOLE) {
                        return FactValue.of(BigDecimal.valueOf(v));
                    }
                }
                return number();
            case VALUE_NUMBER_FLOAT:
                return number();
            default:
                throw GIVE_UP;
        }
    }

    private FactValue number() throws IOException {
        if (Numbers.read(p.getText()) instanceof Numbers.Value v) {
            return FactValue.of(v.value());
        }
        throw GIVE_UP;
    }

    private Answer answer(JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            return BARE[status(t).ordinal()];
        }
        AnswerStatus status = null;
        Optional<String> note = Optional.empty();
        Optional<String> evidence = Optional.empty();
        Optional<Waiver> waiver = Optional.empty();
        int seen = 0;
        String k;
        while ((k = key()) != null) {
            int bit = switch (k) {
                case "status" -> 1;
                case "note" -> 2;
                case "evidence" -> 4;
                case "waiver" -> 8;
                default -> throw GIVE_UP;
            };
            if ((seen & bit) != 0) {
                throw GIVE_UP;
            }
            seen |= bit;
            JsonToken v = next();
            switch (bit) {
                case 1 -> status = status(v);
                case 2 -> note = Optional.of(text(v));
                case 4 -> evidence = Optional.of(text(v));
                default -> waiver = Optional.of(waiver(v));
            }
        }
        if (status == null) {
            throw GIVE_UP;
        }
        return seen == 1 ? BARE[status.ordinal()] : new Answer(status, note, evidence, waiver);
    }

    /** A non-blank single value, as {@link Binder#text} takes it. */
    private String text(JsonToken t) throws IOException {
        String s = scalarText(t);
        if (s.isBlank()) {
            throw GIVE_UP;
        }
        return s;
    }

    /** A status: the usual spellings matched on the parser's characters, with no String made. */
    private AnswerStatus status(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            char[] c = p.getTextCharacters();
            int o = p.getTextOffset();
            int n = p.getTextLength();
            for (int w = 0; w < QUICK_WORDS.length; w++) {
                char[] word = QUICK_WORDS[w];
                if (word.length == n && n > 0 && word[0] == c[o] && Arrays.equals(word, 0, n, c, o, o + n)) {
                    return QUICK_STATUS[w];
                }
            }
        }
        return AnswerStatus.parse(scalarText(t)).orElseThrow(() -> GIVE_UP);
    }

    private Waiver waiver(JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            throw GIVE_UP;
        }
        String reason = null;
        Optional<String> approvedBy = Optional.empty();
        LocalDate expires = null;
        int seen = 0;
        String k;
        while ((k = key()) != null) {
            int bit = switch (k) {
                case "reason" -> 1;
                case "approved_by" -> 2;
                case "expires" -> 4;
                default -> throw GIVE_UP;
            };
            if ((seen & bit) != 0) {
                throw GIVE_UP;
            }
            seen |= bit;
            JsonToken v = next();
            switch (bit) {
                case 1 -> reason = text(v);
                case 2 -> approvedBy = Optional.of(text(v));
                default -> expires = date(v);
            }
        }
        if (reason == null || expires == null) {
            throw GIVE_UP;
        }
        return new Waiver(reason, approvedBy, expires);
    }
}
