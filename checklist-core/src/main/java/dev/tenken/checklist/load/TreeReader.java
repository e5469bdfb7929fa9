package dev.tenken.checklist.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.tenken.checklist.Problem;
import org.apache.commons.lang3.StringUtils;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads untrusted YAML or JSON into a {@link Node} tree, within bounds: document size, string
 * length, nesting depth and node count are limited; aliases, tags, duplicate keys and invalid
 * UTF-8 are refused with a located problem. No parser exception escapes.
 */
public final class TreeReader {

    /** Bounds on what one document may hold. */
    public record Limits(int maxBytes, int maxDepth, int maxStringLength, int maxNodes) {
        /** Checklists: large enough for tens of thousands of items, small enough to bound memory. */
        public static final Limits CHECKLIST = new Limits(16 * 1024 * 1024, 40, 64 * 1024, 2_000_000);
        /** Self-assessments. */
        public static final Limits ASSESSMENT = new Limits(4 * 1024 * 1024, 20, 64 * 1024, 500_000);
    }

    /** The longest key, in characters (Jackson's default, stated here so the quick path keeps to it). */
    static final int MAX_KEY_LENGTH = 50_000;

    /** What most YAML syntax errors in hand-written text come from. */
    private static final String QUOTE_HINT = "; if the line holds text with : # ? , [ ] { } or a leading - in it,"
            + " put the text in quotes";

    /** Which syntax to read. JSON is also valid YAML, but the JSON parser gives better messages. */
    public enum Syntax { YAML, JSON }

    private final String source;
    private final Limits limits;
    private final List<Problem> problems;
    private int nodes;

    private TreeReader(String source, Limits limits, List<Problem> problems) {
        this.source = source;
        this.limits = limits;
        this.problems = problems;
    }

    /**
     * Reads one document. Problems are added to {@code problems}; the result is empty when the
     * document could not be read at all.
     */
    public static Optional<Node> read(byte[] bytes, String source, Syntax syntax, Limits limits, List<Problem> problems) {
        if (bytes.length > limits.maxBytes()) {
            problems.add(Problem.at(source, 0, 0, "file is " + bytes.length + " bytes; the limit is "
                    + limits.maxBytes() + " bytes"));
            return Optional.empty();
        }
        Optional<String> text = decodeUtf8(bytes, source, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return readText(text.get(), source, syntax, limits, problems);
    }

    /** Reads one document from text already decoded. */
    public static Optional<Node> readText(String text, String source, Syntax syntax, Limits limits, List<Problem> problems) {
        if (text.length() > limits.maxBytes()) {
            problems.add(Problem.at(source, 0, 0, "document is " + text.length() + " characters; the limit is "
                    + limits.maxBytes()));
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.add(Problem.at(source, 1, 1, "file is empty"));
            return Optional.empty();
        }
        if (syntax == Syntax.YAML && !printable(text, source, problems)) {
            return Optional.empty();
        }
        TreeReader reader = new TreeReader(source, limits, problems);
        JsonParser p = null;
        try {
            p = factory(syntax, limits).createParser(text);
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add(Problem.at(source, 1, 1, "file is empty"));
                return Optional.empty();
            }
            Node root = reader.value(p, 0);
            if (root == null) {
                return Optional.empty();
            }
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                problems.add(Problem.at(source, l.getLineNr(), l.getColumnNr(),
                        "only one document is allowed in a file"));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (StopReading e) {
            return Optional.empty();
        } catch (StreamConstraintsException e) {
            // a limit of the parser (number length, string length, nesting): its message names a Java method
            String message = constraintMessage(e.getOriginalMessage());
            int[] at = message.startsWith("Number") ? numberStart(text, p) : position(e.getLocation(), p);
            problems.add(Problem.at(source, at[0], at[1], "syntax error: " + message));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
                // SnakeYAML knows where the problem is and what it expected; Jackson's summary loses that
                Mark m = y.getProblemMark();
                String context = y.getContext() == null ? "" : " (" + y.getContext()
                        + (y.getContextMark() == null ? "" : " that starts at line " + (y.getContextMark().getLine() + 1)) + ")";
                problems.add(Problem.at(source, m.getLine() + 1, m.getColumn() + 1,
                        "syntax error: " + cleanMessage(y.getProblem()) + context + QUOTE_HINT));
                return Optional.empty();
            }
            int[] at = position(e.getLocation(), p);
            problems.add(Problem.at(source, at[0], at[1], "syntax error: " + cleanMessage(e.getOriginalMessage())));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // SnakeYAML and Jackson may throw unchecked exceptions on malformed input; never let them out
            int[] at = position(null, p);
            problems.add(Problem.at(source, at[0], at[1], "cannot read: " + cleanMessage(String.valueOf(e.getMessage()))));
            return Optional.empty();
        } catch (StackOverflowError e) {
            problems.add(Problem.at(source, 0, 0, "document is nested too deeply"));
            return Optional.empty();
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException | RuntimeException e) {
                    // nothing to release but the text already read
                }
            }
        }
    }

    /**
     * Where a parser error is: the exception's own location when it has a real one, else where
     * the parser stopped, else 0:0 (unknown).
     */
    private static int[] position(JsonLocation l, JsonParser p) {
        if (l != null && l.getLineNr() > 0) {
            return new int[] {l.getLineNr(), Math.max(1, l.getColumnNr())};
        }
        if (p != null) {
            try {
                JsonLocation here = p.currentTokenLocation();
                if (here == null || here.getLineNr() <= 0) {
                    here = p.currentLocation();
                }
                if (here != null && here.getLineNr() > 0) {
                    return new int[] {here.getLineNr(), Math.max(1, here.getColumnNr())};
                }
            } catch (RuntimeException e) {
                // a parser that cannot say where it is: fall through to unknown
            }
        }
        return new int[] {0, 0};
    }

    /** "Number value length (121) exceeds the maximum allowed (100, from `...`)" without the Java method. */
    private static String constraintMessage(String message) {
        String m = cleanMessage(message);
        int from = m.indexOf(", from `");
        if (from >= 0) {
            int close = m.indexOf('`', from + 8);
            m = m.substring(0, from) + (close >= 0 ? m.substring(close + 1) : ")");
        }
        return m;
    }

    /**
     * Where the number the parser refused starts: the parser stops at its end, so step back over
     * the characters a number is written with; where the parser stopped if there are none.
     */
    private static int[] numberStart(String text, JsonParser p) {
        long end = -1;
        try {
            end = p == null ? -1 : p.currentLocation().getCharOffset();
        } catch (RuntimeException e) {
            // fall back below
        }
        if (end <= 0 || end > text.length()) {
            return position(null, p);
        }
        int start = (int) end;
        while (start > 0 && "0123456789+-.eE".indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        if (start == end) {
            return position(null, p);
        }
        int line = 1;
        int col = 1;
        for (int i = 0; i < start; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    /**
     * YAML allows only printable characters (YAML 1.1 section 5.1): tab, line breaks, U+0020 to
     * U+007E, U+0085, U+00A0 to U+D7FF, U+E000 to U+FFFD and paired surrogates. SnakeYAML refuses
     * the others without a position, so the first one is located here.
     */
    private static boolean printable(String text, String source, List<Problem> problems) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (c == '\n') {
                line++;
                col = 1;
                continue;
            }
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                col = 1;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                col++;
                continue;
            }
            ok = c == '\t' || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok) {
                String what = c < 0x20 || (c >= 0x7F && c <= 0x9F) ? "control character" : "character";
                problems.add(Problem.at(source, line, col, String.format(java.util.Locale.ROOT,
                        "%s U+%04X is not allowed in YAML; remove it or write it as an escape in a quoted string",
                        what, (int) c)));
                return false;
            }
            col++;
        }
        return true;
    }

    private static JsonFactory factory(Syntax syntax, Limits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(MAX_KEY_LENGTH)
                .maxNumberLength(100)
                .maxDocumentLength(limits.maxBytes())
                .build();
        if (syntax == Syntax.JSON) {
            // keys whose hashes collide in Jackson's table of names are read like any others:
            // without this Jackson refuses a document once 150 of them share a bucket, and with it
            // it stops sharing names for that document instead, which keeps reading linear. The
            // quick path (JsonFastPath) has no such table and reads them alike
            return JsonFactory.builder()
                    .streamReadConstraints(constraints)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(JsonFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
                    .build();
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit(limits.maxBytes());
        options.setAllowRecursiveKeys(false);
        return YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(constraints)
                .build();
    }

    /** Unwinds the recursion after a problem that makes the rest of the document meaningless. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    private Node value(JsonParser p, int depth) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        if (++nodes > limits.maxNodes()) {
            problems.add(Problem.at(source, line, col, "document has more than " + limits.maxNodes() + " values"));
            throw new StopReading();
        }
        if (depth > limits.maxDepth()) {
            problems.add(Problem.at(source, line, col, "nesting deeper than " + limits.maxDepth() + " levels"));
            throw new StopReading();
        }
        if (p instanceof YAMLParser y) {
            if (y.isCurrentAlias()) {
                problems.add(Problem.at(source, line, col, "YAML aliases (*" + p.getText()
                        + ") are not supported; write the value out"));
                throw new StopReading();
            }
            String tag = y.getTypeId();
            if (tag != null) {
                problems.add(Problem.at(source, line, col, "YAML tags ('" + tag + "') are not allowed"));
                throw new StopReading();
            }
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation kl = p.currentTokenLocation();
                    String key = bounded(p.currentName(), kl.getLineNr(), kl.getColumnNr());
                    p.nextToken();
                    Node v = value(p, depth + 1);
                    if (entries.containsKey(key)) {
                        problems.add(Problem.at(source, kl.getLineNr(), kl.getColumnNr(), "duplicate key '" + key + "'"));
                    } else {
                        entries.put(key, new Node.Entry(key, kl.getLineNr(), kl.getColumnNr(), v));
                    }
                }
                return new Node.MapNode(line, col, entries);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, depth + 1));
                }
                return new Node.ListNode(line, col, items);
            }
            case VALUE_STRING:
                return new Node.Scalar(line, col, bounded(p.getText(), line, col), Node.ScalarKind.STRING);
            case VALUE_NUMBER_INT:
                return new Node.Scalar(line, col, p.getText(), Node.ScalarKind.INTEGER);
            case VALUE_NUMBER_FLOAT:
                return new Node.Scalar(line, col, p.getText(), Node.ScalarKind.DECIMAL);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.Scalar(line, col, p.getText(), Node.ScalarKind.BOOLEAN);
            case VALUE_NULL:
                return new Node.Scalar(line, col, "", Node.ScalarKind.NULL);
            default:
                problems.add(Problem.at(source, line, col, "unsupported value (" + t + ")"));
                throw new StopReading();
        }
    }

    /** The YAML parser does not apply Jackson's string-length constraint, so it is checked here for both syntaxes. */
    private String bounded(String text, int line, int col) {
        if (text.length() > limits.maxStringLength()) {
            problems.add(Problem.at(source, line, col, "a text of " + text.length() + " characters is longer than the limit of "
                    + limits.maxStringLength()));
            throw new StopReading();
        }
        return text;
    }

    private static Optional<String> decodeUtf8(byte[] bytes, String source, List<Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int col = 1;
            for (int i = 0; i < out.position(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            problems.add(Problem.at(source, line, col, "invalid UTF-8 at byte " + bad + "; save the file as UTF-8"));
            return Optional.empty();
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            problems.add(Problem.at(source, 0, 0, "invalid UTF-8"));
            return Optional.empty();
        }
        out.flip();
        return Optional.of(out.toString());
    }

    /** Drops Jackson's source excerpts so a message stays one plain line. */
    /**
     * Jackson's location inside a message. Its source part has no brackets and is short, so the
     * match from each "[Source: " ends at the next bracket: linear however many a hostile key
     * repeats (a duplicate key of 50,000 characters is quoted in its message).
     */
    private static final java.util.regex.Pattern SOURCE_LOCATION =
            java.util.regex.Pattern.compile("\\[Source: [^\\[\\]]{0,300}; line: (\\d+), column: (\\d+)\\]");
    /** Messages longer than this are cut before they are cleaned: only the first 303 characters are kept anyway. */
    private static final int LONGEST_MESSAGE = 4_000;

    static String cleanMessage(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String m = message.length() > LONGEST_MESSAGE ? message.substring(0, LONGEST_MESSAGE) : message;
        for (String cut : new String[] {"\n at [Source", " in 'reader'", "\n in 'reader'", " in 'string'"}) {
            int at = m.indexOf(cut);
            if (at >= 0) {
                m = m.substring(0, at);
            }
        }
        // a location inside the message ("start marker at [Source: REDACTED (...); line: 1, column: 1]"):
        // the line and column are the reader's, the rest is the parser's plumbing
        m = SOURCE_LOCATION.matcher(m).replaceAll("line $1, column $2");
        m = m.replace('\n', ' ').replace('\r', ' ').strip();
        return StringUtils.abbreviate(m, 303);
    }
}
