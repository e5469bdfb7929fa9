package dev.tenken.checklist.load;

import dev.tenken.checklist.Answer;
import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.Waiver;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
 * The quick way to read a JSON self-assessment that is plainly written, from its UTF-8 bytes: one
 * pass over the bytes straight into the {@link Parts} of an assessment, with no parser, no
 * {@link Node} tree, no {@link Binder} and no String of the whole document. It accepts only a
 * strict subset of JSON (no control characters in strings and no escaped surrogates, strings and
 * keys within the full reader's lengths, numbers as JSON writes them, no comments) laid out as a
 * self-assessment {@link AssessmentBinder} would bind with no problem,
 * and gives the very same values and recorded positions (line and column in characters, as the
 * full reader counts them); at the first thing it is not sure of it gives up ({@code null}) and
 * the caller reads the bytes the full way, with Jackson's parser, which finds and words every
 * problem. So it never words a problem, and what it does not know it leaves to the full reader:
 * a document it accepts is one the full reader reads to the same assessment
 * ({@code JsonFastPathPropertyTest} holds it to that, over valid and spoiled documents).
 */
public final class JsonFastPath {
    private static final TreeReader.Limits LIMITS = TreeReader.Limits.ASSESSMENT;

    /** Whole numbers read directly up to this size; larger ones are left to the full reader. */
    private static final long MAX_WHOLE = 1_000_000_000_000_000L;
    private static final FactValue TRUE = FactValue.of(true);
    private static final FactValue FALSE = FactValue.of(false);
    /** The answer with a bare status, one per status: records, so sharing them is safe. */
    private static final Answer[] BARE = new Answer[AnswerStatus.values().length];
    /** Every spelling {@link AnswerStatus#parse} folds to itself, as UTF-8 bytes, and what it means. */
    private static final byte[][] QUICK_WORDS;
    private static final AnswerStatus[] QUICK_STATUS;

    static {
        for (AnswerStatus s : AnswerStatus.values()) {
            BARE[s.ordinal()] = Answer.of(s);
        }
        java.util.List<byte[]> words = new java.util.ArrayList<>();
        java.util.List<AnswerStatus> meant = new java.util.ArrayList<>();
        for (AnswerStatus s : AnswerStatus.values()) {
            for (String w : new String[] {s.key(), s.japanese()}) {
                if (AnswerStatus.parse(w).orElse(null) == s) {
                    words.add(w.getBytes(StandardCharsets.UTF_8));
                    meant.add(s);
                }
            }
        }
        QUICK_WORDS = words.toArray(new byte[0][]);
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

    private final byte[] bytes;
    /** This thread's interned keys. */
    private final Keys keys = Keys.ofThisThread();
    private final int start;
    private final int end;
    /** The next byte to read. */
    private int at;
    /**
     * Where the last string read starts (its first byte after the quote) and ends (its closing
     * quote), whether it is all ASCII and whether it has escapes.
     */
    private int textFrom;
    private int textTo;
    private boolean textAscii;
    private boolean textEscaped;
    /**
     * Lines and columns as the full reader's character parser counts them (CR, LF and CRLF end a
     * line; a column is a UTF-16 character): the line, the byte its line starts at, and how many
     * bytes more than characters there are from there to {@link #at} (UTF-8 sequences of the
     * strings read since; outside strings every accepted byte is ASCII).
     */
    private int line = 1;
    private int lineStart;
    private int surplus;
    private int nodes;
    private int depth;

    private JsonFastPath(byte[] bytes, int start, int end) {
        this.bytes = bytes;
        this.start = start;
        this.end = end;
        this.at = start;
        this.lineStart = start;
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
        try {
            return new JsonFastPath(bytes, from, end).document(source);
        } catch (GiveUp | StackOverflowError e) {
            // not sure, or a caller's deep stack: the full reader decides and words it. Anything
            // else thrown here is a bug in this reader, and is left to surface, not to hide
            return null;
        }
    }

    private static boolean startsWithBom(byte[] b, int from, int end) {
        return end - from >= 3 && b[from] == (byte) 0xEF && b[from + 1] == (byte) 0xBB && b[from + 2] == (byte) 0xBF;
    }

    // ---- the bytes: white space, structure, strings, words ----

    /** Skips JSON white space, counting line breaks; the next byte, or -1 at the end. */
    private int peek() {
        byte[] b = bytes;
        int i = at;
        while (i < end) {
            int c = b[i];
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '\n' || c == '\r') {
                i += c == '\r' && i + 1 < end && b[i + 1] == '\n' ? 2 : 1;
                line++;
                lineStart = i;
                surplus = 0;
            } else {
                at = i;
                return c;
            }
        }
        at = i;
        return -1;
    }

    /** The column of byte {@code i} of the current line, in characters from 1. */
    private int column(int i) {
        return i - lineStart - surplus + 1;
    }

    /** Skips white space and {@code c}, which must come next. */
    private void expect(char c) {
        if (peek() != c) {
            throw GIVE_UP;
        }
        at++;
    }

    /** A value starts here: counts it against the limit on values, as the full reader does. */
    private void counted() {
        if (++nodes > LIMITS.maxNodes()) {
            throw GIVE_UP;
        }
    }

    /** What kind of value comes next (its first byte), counted; -1 at the end. */
    private int value() {
        int c = peek();
        counted();
        return c;
    }

    /**
     * Reads the string that starts at {@link #at} (its quote), leaving its bytes between
     * {@link #textFrom} and {@link #textTo}. Escapes are checked here and undone by
     * {@link #text()}; a control character, an escape of a surrogate ({@code \uD800} to
     * {@code \uDFFF}) and a string longer than the full reader allows give up.
     */
    private void string() {
        byte[] b = bytes;
        int i = at;
        if (i >= end || b[i] != '"') {
            throw GIVE_UP;
        }
        int from = ++i;
        long high = 0;
        boolean escaped = false;
        for (; ; i++) {
            // eight bytes at a time, straight to the first that ends the string, starts an escape
            // or is a control character (the lowest marked byte of the masks is exact)
            while (end - i >= 8) {
                long w = (long) Utf8.LONGS.get(b, i);
                long marked = Utf8.bytesEqual(w, '"') | Utf8.bytesEqual(w, '\\') | Utf8.bytesBelow(w, 0x20);
                if (marked == 0) {
                    high |= w;
                    i += 8;
                    continue;
                }
                int k = Utf8.firstMarked(marked);
                high |= w & ((1L << (k << 3)) - 1); // the bytes before it
                i += k;
                break;
            }
            if (i >= end) {
                throw GIVE_UP;
            }
            int c = b[i];
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                escaped = true;
                i = escape(i + 1);
            } else if (c >= 0 && c < 0x20) {
                throw GIVE_UP; // a control character: the full reader refuses it
            }
            high |= c;
        }
        // in bytes, at least the length in characters: beyond the bound, the full reader decides
        if (i - from > LIMITS.maxStringLength()) {
            throw GIVE_UP;
        }
        textFrom = from;
        textTo = i;
        textAscii = (high & Utf8.HIGH) == 0;
        textEscaped = escaped;
        if (!textAscii) {
            // the only place other bytes than ASCII are let through: well-formed, and counted for columns
            int more = Utf8.surplus(b, from, i);
            if (more < 0) {
                throw GIVE_UP; // not UTF-8: the caller finds where
            }
            surplus += more;
        }
        at = i + 1;
    }

    /** Checks the escape whose letter is at {@code i}; returns the index of its last byte. */
    private int escape(int i) {
        if (i >= end) {
            throw GIVE_UP;
        }
        switch (bytes[i]) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
                return i;
            case 'u':
                if (end - i < 5) {
                    throw GIVE_UP;
                }
                int u = hex(i + 1);
                if (u >= 0xD800 && u <= 0xDFFF) {
                    throw GIVE_UP; // surrogates, paired or not: the full reader
                }
                return i + 4;
            default:
                throw GIVE_UP;
        }
    }

    /** The four hex digits at {@code i} as a number; anything else gives up. */
    private int hex(int i) {
        int v = 0;
        for (int k = i; k < i + 4; k++) {
            int c = bytes[k];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                throw GIVE_UP;
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** The string just read, its escapes undone. Bytes that are not UTF-8 make a string the check at the end throws away. */
    private String text() {
        String raw = new String(bytes, textFrom, textTo - textFrom,
                textAscii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        return textEscaped ? unescape(raw) : raw;
    }

    /** Undoes the escapes {@link #escape} let through; they are ASCII, so decoding left them as they were. */
    private static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = raw.charAt(++k);
            switch (e) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(raw, k + 1, k + 5, 16));
                    k += 4;
                }
                default -> out.append(e); // " \ /
            }
        }
        return out.toString();
    }

    /** The string value that comes next (after white space). */
    private String stringValue() {
        if (peek() != '"') {
            throw GIVE_UP;
        }
        string();
        return text();
    }

    /**
     * The text of a scalar that comes as {@code t}, as the full reader keeps it: a string's
     * text, {@code true} or {@code false}, or a number as written; anything else gives up.
     */
    private String scalarText(int t) {
        switch (t) {
            case '"':
                return stringValue();
            case 't':
                word("true");
                return "true";
            case 'f':
                word("false");
                return "false";
            default:
                int from = at;
                number();
                return new String(bytes, from, at - from, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Reads a number as JSON writes it ({@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}, at
     * most {@link Numbers#MAX_LENGTH} characters) at {@link #at}; whether it is whole (no
     * fraction or exponent). Anything else gives up.
     */
    private boolean number() {
        byte[] b = bytes;
        int from = at;
        int i = from;
        if (i < end && b[i] == '-') {
            i++;
        }
        if (i < end && b[i] == '0') {
            i++;
        } else if (i < end && b[i] >= '1' && b[i] <= '9') {
            i = digits(i);
        } else {
            throw GIVE_UP;
        }
        boolean whole = true;
        if (i < end && b[i] == '.') {
            whole = false;
            int d = ++i;
            i = digits(i);
            if (i == d) {
                throw GIVE_UP;
            }
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            whole = false;
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int d = i;
            i = digits(i);
            if (i == d) {
                throw GIVE_UP;
            }
        }
        if (i - from > Numbers.MAX_LENGTH) {
            throw GIVE_UP;
        }
        at = i;
        delimited();
        return whole;
    }

    /** Past the ASCII digits from {@code i}. */
    private int digits(int i) {
        while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
            i++;
        }
        return i;
    }

    /** Reads {@code word} ({@code true}, {@code false} or {@code null}) at {@link #at}. */
    private void word(String word) {
        int n = word.length();
        if (end - at < n) {
            throw GIVE_UP;
        }
        for (int k = 0; k < n; k++) {
            if (bytes[at + k] != word.charAt(k)) {
                throw GIVE_UP;
            }
        }
        at += n;
        delimited();
    }

    /** What follows a word or number must end it: white space, a comma, or a closing bracket. */
    private void delimited() {
        if (at < end) {
            int c = bytes[at];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != ',' && c != '}' && c != ']') {
                throw GIVE_UP;
            }
        }
    }

    /** Opens an object or array at {@link #at}, within the full reader's bound on nesting. */
    private void open() {
        if (++depth > LIMITS.maxDepth()) {
            throw GIVE_UP;
        }
        at++;
    }

    /**
     * The next key of the object being read, or null at its end; {@code first} for the first
     * (no comma before it). Where its opening quote stands is left in {@link #keyLine} and
     * {@link #keyColumn}.
     */
    private String key(boolean first) {
        int c = peek();
        if (c == '}') {
            at++;
            depth--;
            return null;
        }
        if (!first) {
            if (c != ',') {
                throw GIVE_UP;
            }
            at++;
            c = peek();
        }
        if (c != '"') {
            throw GIVE_UP;
        }
        keyLine = line;
        keyColumn = column(at);
        string();
        if (textTo - textFrom > TreeReader.MAX_KEY_LENGTH) {
            throw GIVE_UP; // in bytes, at least its length in characters: the full reader decides
        }
        String k = textEscaped ? text() : keys.key(bytes, textFrom, textTo, textAscii);
        expect(':');
        return k;
    }

    /** Where the last key's opening quote stands: line and column. */
    private int keyLine;
    private int keyColumn;

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

    private Parts document(String source) {
        if (value() != '{') {
            throw GIVE_UP;
        }
        open();
        String checklist = null;
        int checklistLine = 0;
        int checklistColumn = 0;
        Map<String, String> organisation = null;
        Map<String, String> assessor = null;
        LocalDate assessedOn = null;
        Section<FactValue> profile = null;
        Section<Answer> answers = null;
        int seen = 0;
        String k;
        for (boolean first = true; (k = key(first)) != null; first = false) {
            int bit = topBit(k);
            if ((seen & bit) != 0) {
                throw GIVE_UP;
            }
            seen |= bit;
            int t = value();
            switch (bit) {
                case 1 -> {
                    if (t != '"') {
                        throw GIVE_UP;
                    }
                    checklistLine = line;
                    checklistColumn = column(at);
                    checklist = stringValue();
                    if (checklist.isBlank()) {
                        throw GIVE_UP;
                    }
                }
                case 2 -> organisation = details(t);
                case 4 -> assessor = details(t);
                case 8 -> assessedOn = date(t);
                case 16 -> profile = section(t, 16, false);
                default -> answers = section(t, 64, true);
            }
        }
        if (peek() != -1 || checklist == null) {
            throw GIVE_UP; // more after the document
        }
        Section<FactValue> pr = profile == null ? new Section<>(0) : profile;
        Section<Answer> an = answers == null ? new Section<>(0) : answers;
        return new Parts(checklist, checklistLine, checklistColumn,
                organisation == null ? new LinkedHashMap<>() : organisation,
                assessor == null ? new LinkedHashMap<>() : assessor, assessedOn,
                pr.values, pr.keys, pr.at, an.values, an.keys, an.at, source);
    }

    // ---- the parts of a self-assessment ----

    /**
     * Whether a section's value counts as left empty ({@code null} or a blank string), as
     * {@link AssessmentBinder}'s {@code section} skips it; an object opens; anything else gives up.
     */
    private boolean emptySection(int t) {
        if (t == 'n') {
            word("null");
            return true;
        }
        if (t == '"') {
            if (stringValue().isBlank()) {
                return true;
            }
            throw GIVE_UP;
        }
        if (t != '{') {
            throw GIVE_UP;
        }
        open();
        return false;
    }

    /** {@code organisation} or {@code assessor}: single values, nulls left out, no key twice. */
    private Map<String, String> details(int t) {
        Map<String, String> out = new LinkedHashMap<>();
        if (emptySection(t)) {
            return out;
        }
        Set<String> nulls = null;
        String k;
        for (boolean first = true; (k = key(first)) != null; first = false) {
            int v = value();
            if (v == 'n') {
                word("null");
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
    private LocalDate date(int t) {
        if (t != '"') {
            throw GIVE_UP;
        }
        string();
        byte[] b = bytes;
        int o = textFrom;
        if (textTo - o == 10 && digits(b, o, 4) && b[o + 4] == '-' && digits(b, o + 5, 2) && b[o + 7] == '-'
                && digits(b, o + 8, 2)) {
            // yyyy-MM-dd exactly: what ISO_LOCAL_DATE reads, without its parser
            try {
                return LocalDate.of(number(b, o, 4), number(b, o + 5, 2), number(b, o + 8, 2));
            } catch (DateTimeException e) {
                throw GIVE_UP; // such as 2025-02-29, which the parser refuses too
            }
        }
        try {
            return LocalDate.parse(text().strip());
        } catch (DateTimeParseException e) {
            throw GIVE_UP;
        }
    }

    private static boolean digits(byte[] b, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(byte[] b, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }

    /**
     * The keys of the profile or answers section, in order, the line and column of each (two
     * entries per key), and the map of values built as they come (a repeated key gives up).
     */
    private static final class Section<V> {
        private final Map<String, V> values;
        private String[] keys;
        private int[] at;
        private int size;

        Section(int expected) {
            values = new LinkedHashMap<>(expected == 0 ? 1 : expected * 4 / 3 + 1);
            keys = new String[expected];
            at = new int[2 * expected];
        }

        void add(String key, V value, int line, int column) {
            if (values.put(key, value) != null) {
                throw GIVE_UP;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, Math.max(8, size * 2));
                at = Arrays.copyOf(at, 2 * keys.length);
            }
            keys[size] = key;
            at[2 * size] = line;
            at[2 * size + 1] = column;
            size++;
        }
    }

    /** The profile ({@code answers} false) or answers section. */
    private <V> Section<V> section(int t, int expected, boolean answers) {
        Section<V> out = new Section<>(emptySection(t) ? 0 : expected);
        if (out.keys.length == 0) {
            return out;
        }
        String k;
        for (boolean first = true; (k = key(first)) != null; first = false) {
            int keyLine = this.keyLine;
            int keyColumn = this.keyColumn;
            @SuppressWarnings("unchecked")
            V v = (V) (answers ? answer(value()) : factValue(value()));
            out.add(k, v, keyLine, keyColumn);
        }
        return out;
    }

    private FactValue factValue(int t) {
        switch (t) {
            case '[': {
                open();
                Set<String> members = new LinkedHashSet<>();
                for (boolean first = true; ; first = false) {
                    int c = peek();
                    if (c == ']') {
                        at++;
                        depth--;
                        break;
                    }
                    if (!first) {
                        if (c != ',') {
                            throw GIVE_UP;
                        }
                        at++;
                    }
                    if (!members.add(scalarText(value()))) {
                        throw GIVE_UP;
                    }
                }
                return FactValue.of(members);
            }
            case '"': {
                String s = stringValue();
                if (s.isBlank()) {
                    throw GIVE_UP;
                }
                return FactValue.of(s);
            }
            case 't':
                word("true");
                return TRUE;
            case 'f':
                word("false");
                return FALSE;
            default:
                return factNumber();
        }
    }

    /**
     * A number: a whole one of up to 17 characters within {@link #MAX_WHOLE} directly (what
     * {@code Numbers.read} gives, scale 0), any other as {@code Numbers.read} reads its text.
     */
    private FactValue factNumber() {
        int from = at;
        if (number() && at - from <= 17) {
            boolean negative = bytes[from] == '-';
            long v = 0;
            for (int i = negative ? from + 1 : from; i < at; i++) {
                v = v * 10 + (bytes[i] - '0');
            }
            if (v <= MAX_WHOLE) {
                return FactValue.of(BigDecimal.valueOf(negative ? -v : v));
            }
        }
        if (Numbers.read(new String(bytes, from, at - from, StandardCharsets.ISO_8859_1)) instanceof Numbers.Value n) {
            return FactValue.of(n.value());
        }
        throw GIVE_UP;
    }

    private Answer answer(int t) {
        if (t != '{') {
            return BARE[status(t).ordinal()];
        }
        open();
        AnswerStatus status = null;
        Optional<String> note = Optional.empty();
        Optional<String> evidence = Optional.empty();
        Optional<Waiver> waiver = Optional.empty();
        int seen = 0;
        String k;
        for (boolean first = true; (k = key(first)) != null; first = false) {
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
            int v = value();
            switch (bit) {
                case 1 -> status = status(v);
                case 2 -> note = Optional.of(nonBlank(v));
                case 4 -> evidence = Optional.of(nonBlank(v));
                default -> waiver = Optional.of(waiver(v));
            }
        }
        if (status == null) {
            throw GIVE_UP;
        }
        return seen == 1 ? BARE[status.ordinal()] : new Answer(status, note, evidence, waiver);
    }

    /** A non-blank single value, as {@link Binder#text} takes it. */
    private String nonBlank(int t) {
        String s = scalarText(t);
        if (s.isBlank()) {
            throw GIVE_UP;
        }
        return s;
    }

    /** A status: the usual spellings matched on the bytes, with no String made. */
    private AnswerStatus status(int t) {
        if (t != '"') {
            return AnswerStatus.parse(scalarText(t)).orElseThrow(() -> GIVE_UP);
        }
        string();
        int n = textTo - textFrom;
        for (int w = 0; w < QUICK_WORDS.length; w++) {
            byte[] word = QUICK_WORDS[w];
            if (word.length == n && word[0] == bytes[textFrom]
                    && Arrays.equals(word, 0, n, bytes, textFrom, textTo)) {
                return QUICK_STATUS[w];
            }
        }
        return AnswerStatus.parse(text()).orElseThrow(() -> GIVE_UP);
    }

    private Waiver waiver(int t) {
        if (t != '{') {
            throw GIVE_UP;
        }
        open();
        String reason = null;
        Optional<String> approvedBy = Optional.empty();
        LocalDate expires = null;
        int seen = 0;
        String k;
        for (boolean first = true; (k = key(first)) != null; first = false) {
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
            int v = value();
            switch (bit) {
                case 1 -> reason = nonBlank(v);
                case 2 -> approvedBy = Optional.of(nonBlank(v));
                default -> expires = date(v);
            }
        }
        if (reason == null || expires == null) {
            throw GIVE_UP;
        }
        return new Waiver(reason, approvedBy, expires);
    }
}
