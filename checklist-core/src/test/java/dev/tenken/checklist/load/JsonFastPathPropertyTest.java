package dev.tenken.checklist.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Problem;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.TenkenException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quick JSON reader ({@link JsonFastPath}, over UTF-8 bytes) and the public readers built on
 * it ({@link SelfAssessment#fromJson(byte[], String)}, its offset variant, and
 * {@link SelfAssessment#fromJson(String, String)}) against what reading a line meant before
 * them: decode the bytes strictly (bytes that are not UTF-8 are one problem naming the first bad
 * byte, as the JDK's decoder finds it), then the full located reader ({@link AssessmentBinder#bind}
 * over the UTF-8 of the text). Over seeded generated self-assessments, valid and subtly invalid
 * (wrong types, unknown and duplicate keys, bad dates, NFKC and alias statuses, waivers, odd and
 * huge numbers, deep nesting, control characters, lone surrogates, byte order marks, invalid
 * UTF-8, trailing text, line breaks anywhere, characters outside the BMP before a key), and
 * valid ones with bytes of the JSON grammar deleted, inserted or replaced (the quick reader
 * checks the grammar itself), all give an equal assessment (values and positions) or the very
 * same problems. A failure names its seed and document.
 */
class JsonFastPathPropertyTest {
    private static final String SOURCE = "line 7";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Malformed sequences: broken, overlong, surrogate, above U+10FFFF, stray, cut off. */
    private static final byte[][] BAD_UTF8 = {{(byte) 0xC3, 0x28}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF8}, {(byte) 0x80}, {(byte) 0xE3, (byte) 0x81},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
        {(byte) 0xE0, (byte) 0x9F, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xC1, (byte) 0xBF}};

    static Stream<Long> seeds() {
        return IntStream.range(0, 3000).mapToObj(i -> 14_500L + i);
    }

    /** The bytes of a generated line: the document, now and then behind a byte order mark or with bad bytes in it. */
    private static byte[] lineBytes(Random r, String text) {
        byte[] doc = text.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        if (r.nextInt(8) == 0) {
            b.writeBytes(BOM);
        }
        if (r.nextInt(10) == 0) {
            int at = r.nextInt(doc.length + 1);
            b.write(doc, 0, at);
            b.writeBytes(BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
            b.write(doc, at, doc.length - at);
        } else {
            b.writeBytes(doc);
        }
        return b.toByteArray();
    }

    /** What reading the line meant before the byte reader: strict decoding, then the full reader over the text. */
    private static Object expected(byte[] line) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(line);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(in).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return List.of(Problem.at(SOURCE, 0, 0, "invalid UTF-8 at byte " + (in.position() + 1) + " of the line"));
        }
        return outcome(() -> AssessmentBinder.bind(text.getBytes(StandardCharsets.UTF_8), SOURCE, TreeReader.Syntax.JSON));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theByteReaderAgreesWithDecodingAndTheFullReader(long seed) {
        Random r = new Random(seed);
        Doc d = new Doc(r, true);
        String text = d.document();
        byte[] line = lineBytes(r, text);
        String context = "seed " + seed + ": " + text + " (bytes " + java.util.HexFormat.of().formatHex(line) + ")";
        Object want = expected(line);
        assertEquals(want, outcome(() -> SelfAssessment.fromJson(line, SOURCE)), "bytes: " + context);
        // the same bytes inside a larger buffer, with bytes around them that are not UTF-8, or
        // bytes of the JSON grammar that would change what is read if the reader strayed past
        // either end of its slice
        int before = r.nextInt(5);
        byte[] buffer = new byte[before + line.length + r.nextInt(5)];
        boolean grammar = r.nextBoolean();
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = grammar ? SYNTAX[r.nextInt(SYNTAX.length)] : (byte) 0xFF;
        }
        System.arraycopy(line, 0, buffer, before, line.length);
        assertEquals(want, outcome(() -> SelfAssessment.fromJson(buffer, before, line.length, SOURCE)), "slice: " + context);
        // a head and a tail of the line, read where they lie in it: the rest of the document beside them
        int cut = r.nextInt(line.length + 1);
        assertEquals(expected(Arrays.copyOf(line, cut)), outcome(() -> SelfAssessment.fromJson(line, 0, cut, SOURCE)),
                "the first " + cut + " bytes: " + context);
        assertEquals(expected(Arrays.copyOfRange(line, cut, line.length)),
                outcome(() -> SelfAssessment.fromJson(line, cut, line.length - cut, SOURCE)), "from byte " + cut + ": " + context);
        if (want instanceof List<?> l && l.size() == 1 && l.get(0) instanceof Problem p
                && p.message().startsWith("invalid UTF-8")) {
            assertNull(JsonFastPath.read(buffer, before, line.length, SOURCE), "the quick path read bad UTF-8: " + context);
            return;
        }
        String decoded = new String(line, StandardCharsets.UTF_8);
        assertEquals(want, outcome(() -> SelfAssessment.fromJson(decoded, SOURCE)), "text: " + context);
        // a String holding a lone surrogate: as the full reader has it, which writes it as '?'
        assertEquals(expected(text.getBytes(StandardCharsets.UTF_8)), outcome(() -> SelfAssessment.fromJson(text, SOURCE)),
                "generated text: " + context);
        boolean quick = JsonFastPath.read(buffer, before, line.length, SOURCE) != null;
        if (quick) {
            assertTrue(want instanceof List<?> l && !l.isEmpty() && !(l.get(0) instanceof Problem),
                    "the quick path accepted what the full reader refuses: " + context);
        }
        if (!d.spoiled && !(want instanceof List<?> l && l.get(0) instanceof Problem)) {
            assertTrue(quick, "the quick path gave up on a valid document: " + context);
        }
    }

    /** Bytes a mutation puts in: the JSON grammar's own, and a few that look like them. */
    private static final byte[] SYNTAX = "{}[],:\"\\ \t\r\n-+.eE0159tfnul/x\u0000".getBytes(StandardCharsets.ISO_8859_1);

    static Stream<Long> mutationSeeds() {
        return IntStream.range(0, 3000).mapToObj(i -> 91_000L + i);
    }

    /**
     * The quick reader checks the JSON grammar itself: a valid document with one to three bytes
     * deleted, inserted or replaced (grammar bytes mostly) is read to what the full reader makes
     * of it, or the same problems. A quick reader that let through a missing comma, a stray
     * quote, a bad escape or a bad number would give an assessment where the full reader gives
     * a problem.
     */
    @ParameterizedTest
    @MethodSource("mutationSeeds")
    void mutatedGrammarIsReadAsTheFullReaderReadsIt(long seed) {
        Random r = new Random(seed);
        byte[] line = mutated(r, new Doc(r, false).document().getBytes(StandardCharsets.UTF_8));
        String context = "seed " + seed + ": " + new String(line, StandardCharsets.UTF_8) + " (bytes "
                + java.util.HexFormat.of().formatHex(line) + ")";
        Object want = expected(line);
        assertEquals(want, outcome(() -> SelfAssessment.fromJson(line, SOURCE)), context);
        if (JsonFastPath.read(line, 0, line.length, SOURCE) != null) {
            assertTrue(want instanceof List<?> l && !l.isEmpty() && !(l.get(0) instanceof Problem),
                    "the quick path accepted what the full reader refuses: " + context);
        }
    }

    /**
     * Every backslash escape the quick reader might meet in a string, in a key and in a value:
     * each ASCII character after the backslash, and {@code \\u} with good and bad hex digits and
     * surrogates; the eight escapes JSON has and good {@code \\u} are read the quick way (except
     * surrogates, which go the full way), to what the full reader makes of them.
     */
    @Test
    void everyEscapeIsReadAsTheFullReaderReadsIt() {
        List<String> escapes = new ArrayList<>();
        for (char c = 0; c < 128; c++) {
            escapes.add("\\" + c);
        }
        escapes.addAll(List.of("\\u0041", "\\u00e9", "\\u3042", "\\uFFFF", "\\u0000", "\\u001f", "\\uD83D\\uDE00",
                "\\uD800", "\\uDFFF", "\\u12", "\\u12G4", "\\u", "\\uzzzz", "\\u-123"));
        int quick = 0;
        for (String e : escapes) {
            for (String doc : List.of(
                    "{\"checklist\":\"wifi-home\",\"answers\":{\"TA-01\":{\"status\":\"met\",\"note\":\"a" + e + "b\"}}}",
                    "{\"checklist\":\"wifi-home\",\"answers\":{\"TA" + e + "-01\":\"met\"}}")) {
                byte[] line = doc.getBytes(StandardCharsets.ISO_8859_1);
                Object want = expected(line);
                assertEquals(want, outcome(() -> SelfAssessment.fromJson(line, SOURCE)), doc);
                boolean read = JsonFastPath.read(line, 0, line.length, SOURCE) != null;
                if (read) {
                    quick++;
                    assertTrue(want instanceof List<?> l && !l.isEmpty() && !(l.get(0) instanceof Problem),
                            "the quick path accepted what the full reader refuses: " + doc);
                }
            }
        }
        // 8 escapes and 6 good \\u forms, in a note and in a key
        assertEquals(2 * (8 + 6), quick);
    }

    /** Mutations keep some documents valid and spoil most: the test above sees both kinds. */
    @Test
    void mutationsLeaveSomeDocumentsValidAndSpoilMost() {
        int quick = 0;
        int refused = 0;
        for (long seed = 91_000L; seed < 91_400L; seed++) {
            Random r = new Random(seed);
            byte[] line = mutated(r, new Doc(r, false).document().getBytes(StandardCharsets.UTF_8));
            quick += JsonFastPath.read(line, 0, line.length, SOURCE) != null ? 1 : 0;
            refused += expected(line) instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Problem ? 1 : 0;
        }
        assertTrue(quick > 20, "quick path took " + quick + " of 400");
        assertTrue(refused > 100, "full reader refused " + refused + " of 400");
    }

    private static byte[] mutated(Random r, byte[] doc) {
        byte[] out = doc;
        for (int m = 1 + r.nextInt(3); m > 0; m--) {
            int at = r.nextInt(out.length);
            byte b = r.nextInt(4) == 0 ? (byte) r.nextInt(128) : SYNTAX[r.nextInt(SYNTAX.length)];
            java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
            switch (r.nextInt(3)) {
                case 0 -> { // delete
                    o.write(out, 0, at);
                    o.write(out, at + 1, out.length - at - 1);
                }
                case 1 -> { // insert
                    o.write(out, 0, at);
                    o.write(b);
                    o.write(out, at, out.length - at);
                }
                default -> { // replace
                    o.write(out, 0, at);
                    o.write(b);
                    o.write(out, at + 1, out.length - at - 1);
                }
            }
            out = o.toByteArray();
        }
        return out;
    }

    @Test
    void validDocumentsGoTheQuickWayAndSpoiledOnesDoNot() {
        int quick = 0;
        int spoiled = 0;
        for (long seed = 1; seed <= 500; seed++) {
            Doc d = new Doc(new Random(seed), false);
            byte[] good = d.document().getBytes(StandardCharsets.UTF_8);
            assertNotNull(JsonFastPath.read(good, 0, good.length, SOURCE), "seed " + seed + ": " + d.document());
            quick++;
            Doc s = new Doc(new Random(seed), true);
            byte[] bad = s.document().getBytes(StandardCharsets.UTF_8);
            if (s.spoiled && expected(bad) instanceof List<?> l
                    && !l.isEmpty() && l.get(0) instanceof Problem) {
                assertNull(JsonFastPath.read(bad, 0, bad.length, SOURCE), "seed " + seed + ": " + s.document());
                spoiled++;
            }
        }
        assertEquals(500, quick);
        assertTrue(spoiled > 100, "too few invalid documents generated: " + spoiled);
    }

    @Test
    void aLineFromTheBatchGeneratorIsReadTheQuickWayWithItsPositionsInCharacters() throws TenkenException {
        String line = "{\"checklist\":\"telework-admin\",\"organisation\":{\"name\":\"株式会社サンプル1😀\",\"sector\":\"finance\"},"
                + "\"assessed_on\":\"2026-01-01\",\"profile\":{\"staff.count\":16,\"devices.types\":[\"pc\",\"tablet\"]},"
                + "\"answers\":{\"TA-01\":\"met\",\"TA-02\":\"実施済み\",\"TA-07\":{\"status\":\"met\",\"note\":\"VPN\"}}}";
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        assertNotNull(JsonFastPath.read(bytes, 0, bytes.length, SOURCE));
        SelfAssessment a = SelfAssessment.fromJson(bytes, SOURCE);
        assertEquals(describe(AssessmentBinder.bind(bytes, SOURCE, TreeReader.Syntax.JSON)), describe(a));
        assertEquals("[1, 14]", Arrays.toString(a.position("checklist").orElseThrow()));
        assertEquals(line.indexOf("\"TA-02\"") + 1, a.position("answers.TA-02").orElseThrow()[1]);
        assertEquals(line.indexOf("\"staff.count\"") + 1, a.position("profile.staff.count").orElseThrow()[1]);
        assertTrue(a.position("answers.TA-03").isEmpty());
    }

    /** The quick path finds a key back from its value: escaped quotes and backslashes, blanks and line breaks around the colon. */
    @Test
    void keysWithEscapesAndBlanksBeforeTheirValuesKeepTheFullReadersPositions() throws TenkenException {
        String line = "{\"checklist\":\"c\",\r\n\"profile\":{\"a\\\"b\" :\t\"x\",\n \"c\\\\\"\r\n:\n1, \"d\\u0022\\\\\\\"e\":true},"
                + "\"answers\":{\"T\\\\\\\"1\"  :  \"met\", \"\\\"\\\\\":{\"status\":\"unmet\"}, \"😀\\\\\":\"met\"}}";
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        assertNotNull(JsonFastPath.read(bytes, 0, bytes.length, SOURCE), line);
        SelfAssessment a = SelfAssessment.fromJson(bytes, SOURCE);
        assertEquals(describe(AssessmentBinder.bind(bytes, SOURCE, TreeReader.Syntax.JSON)), describe(a));
        assertEquals("[2, 12]", Arrays.toString(a.position("profile.a\"b").orElseThrow()));
        assertEquals("[3, 2]", Arrays.toString(a.position("profile.c\\").orElseThrow()));
        assertEquals("[5, 56]", Arrays.toString(a.position("answers.\"\\").orElseThrow()));
    }

    /**
     * A document with tens of thousands of keys (as a mistaken or hostile line may have): every
     * position still equals the full reader's, the checklist written after both sections. The
     * positions are counted in one pass over the bytes, not once per key from the start.
     */
    @Test
    void manyKeysOnManyLinesKeepTheFullReadersPositions() throws TenkenException {
        StringBuilder doc = new StringBuilder("{\"answers\":{");
        for (int i = 0; i < 20_000; i++) {
            doc.append(i == 0 ? "" : ",").append(i % 7 == 0 ? "\r\n" : i % 5 == 0 ? "\n" : " ")
                    .append("\"未知-").append(i).append("\":").append(i % 3 == 0 ? "{\"status\":\"met\",\"note\":\"点検😀\"}" : "\"met\"");
        }
        doc.append("},\"profile\":{\"a\":1,\r\"b\":\"日本\"},\"checklist\":\"c\"}");
        byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
        assertNotNull(JsonFastPath.read(bytes, 0, bytes.length, SOURCE));
        SelfAssessment a = SelfAssessment.fromJson(bytes, SOURCE);
        assertEquals(describe(AssessmentBinder.bind(bytes, SOURCE, TreeReader.Syntax.JSON)), describe(a));
        assertEquals(20_000, a.answers().size());
    }

    /**
     * Keys as long as the full reader takes (50,000 characters) and one longer, in ASCII and in
     * three-byte characters (the quick path counts bytes, so it leaves those to the full reader):
     * read alike, and the longer one refused.
     */
    @Test
    void keysAsLongAsTheFullReaderTakesAndLongerAreReadAlike() {
        for (String unit : List.of("k", "点")) {
            for (int n : new int[] {16_666, 16_667, 50_000, 50_001}) {
                String key = unit.repeat(n);
                for (String doc : List.of("{\"checklist\":\"c\",\"profile\":{\"" + key + "\":1}}",
                        "{\"checklist\":\"c\",\"answers\":{\"" + key + "\":\"met\"}}")) {
                    byte[] line = doc.getBytes(StandardCharsets.UTF_8);
                    Object want = expected(line);
                    assertEquals(want, outcome(() -> SelfAssessment.fromJson(line, SOURCE)), unit + " x " + n);
                    boolean refused = want instanceof List<?> l && l.get(0) instanceof Problem;
                    assertEquals(n > 50_000, refused, () -> unit + " x " + n + ": " + want.toString().substring(0, Math.min(300, want.toString().length())));
                    assertEquals(key.length() * (unit.equals("k") ? 1 : 3) <= 50_000,
                            JsonFastPath.read(line, 0, line.length, SOURCE) != null, unit + " x " + n);
                }
            }
        }
    }

    /**
     * Keys whose hashes collide, in Jackson's table of names (33 'A' + 'a' = 33 'B' + '@') and
     * in String's (31 'A' + 'a' = 31 'B' + 'B'): read alike by both paths, as an assessment. Jackson
     * by default refuses a document once 150 such keys share a bucket, which the quick path,
     * with no such table, did not.
     */
    @Test
    void keysWhoseHashesCollideAreReadAlike() throws TenkenException {
        for (String[] pair : List.of(new String[] {"Aa", "B@"}, new String[] {"Aa", "BB"})) {
            StringBuilder doc = new StringBuilder("{\"checklist\":\"c\",\"answers\":{");
            for (int i = 0; i < 1024; i++) {
                doc.append(i == 0 ? "\"" : ",\"");
                for (int bit = 0; bit < 10; bit++) {
                    doc.append(pair[(i >> bit) & 1]);
                }
                doc.append("\":\"met\"");
            }
            byte[] line = doc.append("}}").toString().getBytes(StandardCharsets.UTF_8);
            assertNotNull(JsonFastPath.read(line, 0, line.length, SOURCE));
            assertEquals(expected(line), outcome(() -> SelfAssessment.fromJson(line, SOURCE)), pair[1]);
            assertEquals(1024, SelfAssessment.fromJson(line, SOURCE).answers().size());
        }
    }

    @Test
    void bytesThatAreNotUtf8AreOneProblemNamingTheFirstBadByteFromTheOffset() {
        byte[] buffer = {(byte) 0xC3, '{', '"', (byte) 0xC3, 0x28, '"', '}', (byte) 0xFF};
        TenkenException e = assertThrows(TenkenException.class,
                () -> SelfAssessment.fromJson(buffer, 1, 6, "line 5"));
        assertEquals(List.of(Problem.at("line 5", 0, 0, "invalid UTF-8 at byte 3 of the line")), e.problems());
        assertEquals("line 5: invalid UTF-8 at byte 3 of the line", e.problems().get(0).toString());
    }

    @Test
    void aByteOrderMarkIsIgnoredAndLinesAreCountedAcrossCrAndCrLf() throws TenkenException {
        String doc = "{\"checklist\":\"wifi-home\",\r\n\"answers\":{\"点検\":\"met\",\r  \"W-02\":\"unmet\"}}";
        byte[] plain = doc.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[plain.length + 3];
        System.arraycopy(BOM, 0, marked, 0, 3);
        System.arraycopy(plain, 0, marked, 3, plain.length);
        assertNotNull(JsonFastPath.read(marked, 0, marked.length, SOURCE));
        SelfAssessment a = SelfAssessment.fromJson(marked, SOURCE);
        assertEquals(expected(marked), describe(a));
        assertEquals(expected(plain), describe(a));
        assertEquals("[1, 14]", Arrays.toString(a.position("checklist").orElseThrow()));
        assertEquals("[2, 12]", Arrays.toString(a.position("answers.点検").orElseThrow()));
        assertEquals("[3, 3]", Arrays.toString(a.position("answers.W-02").orElseThrow()));
        assertThrows(IndexOutOfBoundsException.class, () -> SelfAssessment.fromJson(plain, 2, plain.length, SOURCE));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theUtf8CheckFindsWhatTheJdkDecoderFinds(long seed) {
        Random r = new Random(seed);
        byte[] b;
        if (r.nextBoolean()) {
            b = new byte[r.nextInt(12)];
            for (int i = 0; i < b.length; i++) {
                int k = r.nextInt(4);
                b[i] = (byte) (k == 0 ? r.nextInt(128) : k == 1 ? 0x80 + r.nextInt(64) : 0xC0 + r.nextInt(64));
            }
        } else {
            // text, mostly Japanese, near the bounds of each length (E0, ED, F0, F4), then one byte changed or cut
            int[] from = {0x20, 0x3040, 0x4E00, 0x800, 0xD000, 0xE000, 0xFF00, 0x80, 0x10000, 0x100000};
            int[] span = {0x60, 0x60, 0x5200, 0x100, 0x7FF, 0x100, 0xFF, 0x780, 0x800, 0xFFFF};
            StringBuilder t = new StringBuilder();
            for (int i = r.nextInt(30); i >= 0; i--) {
                int k = r.nextInt(from.length);
                t.appendCodePoint(from[k] + r.nextInt(span[k]));
            }
            b = t.toString().getBytes(StandardCharsets.UTF_8);
            if (b.length > 0 && r.nextBoolean()) {
                b[r.nextInt(b.length)] = (byte) (0x80 + r.nextInt(128));
            } else if (b.length > 0 && r.nextBoolean()) {
                b = Arrays.copyOf(b, r.nextInt(b.length));
            }
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b);
        int want;
        int surplus;
        try {
            surplus = b.length - StandardCharsets.UTF_8.newDecoder().decode(in).length();
            want = -1;
        } catch (java.nio.charset.CharacterCodingException e) {
            want = in.position();
            surplus = -1;
        }
        String context = "seed " + seed + ": " + java.util.HexFormat.of().formatHex(b);
        assertEquals(want, Utf8.firstInvalid(b, 0, b.length), context);
        // the quick reader's column count: bytes minus UTF-16 characters, or -1
        assertEquals(surplus, Utf8.surplus(b, 0, b.length), context);
    }

    private interface Read {
        SelfAssessment read() throws TenkenException;
    }

    /** The assessment described as comparable values, or the problems, or the exception's class. */
    private static Object outcome(Read r) {
        try {
            return describe(r.read());
        } catch (TenkenException e) {
            return List.copyOf(e.problems());
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    private static List<Object> describe(SelfAssessment a) {
        List<Object> out = new ArrayList<>();
        out.add(a.checklistId());
        out.add(List.copyOf(a.organisation().entrySet()));
        out.add(List.copyOf(a.assessor().entrySet()));
        out.add(a.assessedOn());
        out.add(List.copyOf(a.profile().entrySet()));
        out.add(List.copyOf(a.answers().entrySet()));
        out.add(a.source());
        List<String> paths = new ArrayList<>(List.of("checklist", "profile.x", "answers.x", "other"));
        a.profile().keySet().forEach(k -> paths.add("profile." + k));
        a.answers().keySet().forEach(k -> paths.add("answers." + k));
        for (String p : paths) {
            out.add(p + "=" + a.position(p).map(Arrays::toString).orElse("-"));
        }
        return out;
    }

    /** One generated document; {@code spoiled} when a deliberate flaw went in. */
    private static final class Doc {
        private static final String[] STATUSES = {"met", "partial", "unmet", "not_applicable", "unknown", "実施済み", "一部実施",
            "未実施", "該当なし", "不明"};
        private static final String[] ODD_STATUSES = {"MET", "ｍｅｔ", " met ", "Met", "実施", "done", "mett", "", " ", "n/a",
            "未実施\u0000", "ＵＮＭＥＴ"};
        private static final String[] TEXTS = {"VPN装置は11月に更新済み", "plain", "a\\nb", "tab\\there", "\\u0000nul", "q\\\"uote",
            "\\u00e9", "😀", "=SUM(A1)", "点検　項目", "x"};
        private static final String[] NUMBERS = {"0", "16", "-3", "1.5", "1e3", "1E-3", "1000000000000000", "-1000000000000000",
            "0.0000000001", "0.00", "-0", "-0.0", "1E+2", "0.000000000100", "999999999999999", "1000000000000000.000",
            "123456789012345", "1e-10", "0e999"};
        private static final String[] BAD_NUMBERS = {"1000000000000001", "1e16", "0.00000000001", "1e999999999",
            "123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345",
            "01", "1.", "-", "NaN", "-1000000000000001", "99999999999999999", "9223372036854775808", "1e-999999999",
            "1" + "0".repeat(150), "-" + "9".repeat(99), "1.00000000001", "+1", ".5", "Infinity"};
        private static final String[] DATES = {"2026-01-01", "2027-03-31", " 2026-02-03 ", "2024-02-29"};
        private static final String[] BAD_DATES = {"2026-13-01", "2026-1-1", "2025-02-29", "26-01-01", "", "2026/01/01"};

        private final Random r;
        private final boolean mayspoil;
        private final StringBuilder b = new StringBuilder();
        boolean spoiled;

        Doc(Random r, boolean maySpoil) {
            this.r = r;
            this.mayspoil = maySpoil;
        }

        /** Whether to put a flaw here: rarely, so a document usually has at most one or two. */
        private boolean spoil() {
            if (mayspoil && r.nextInt(40) == 0) {
                spoiled = true;
                return true;
            }
            return false;
        }

        private String pick(String[] a) {
            return a[r.nextInt(a.length)];
        }

        private String ws() {
            int k = r.nextInt(10);
            return k < 5 ? "" : k < 7 ? " " : k == 7 ? "\n  " : k == 8 ? "\r" : "\r\n\t";
        }

        private String str(String s) {
            return "\"" + s + "\"";
        }

        String document() {
            if (b.length() > 0) {
                return b.toString();
            }
            List<String> members = new ArrayList<>();
            if (!spoil()) {
                members.add(key("checklist") + (spoil() ? pick(new String[] {"5", "\"\"", "\" \"", "null", "[]"})
                        : str(r.nextBoolean() ? "telework-admin" : "wifi-home")));
            }
            if (r.nextInt(4) > 0) {
                members.add(key("organisation") + details(new String[] {"name", "sector", "size"}));
            }
            if (r.nextInt(3) == 0) {
                members.add(key("assessor") + details(new String[] {"name", "role"}));
            }
            if (r.nextInt(4) > 0) {
                members.add(key("assessed_on") + (spoil() ? pick(new String[] {"20260101", "null", "{}"})
                        : str(spoil() ? pick(BAD_DATES) : pick(DATES))));
            }
            if (r.nextInt(5) > 0) {
                members.add(key("profile") + profile());
            }
            if (r.nextInt(8) > 0) {
                members.add(key("answers") + answers());
            }
            if (spoil()) {
                members.add(key(pick(new String[] {"answer", "Checklist", "profile", "checklist", "notes"})) + "{}");
            }
            java.util.Collections.shuffle(members, r);
            b.append(ws()).append('{').append(ws()).append(String.join("," + ws(), members)).append(ws()).append('}')
                    .append(ws());
            if (spoil()) {
                b.append(pick(new String[] {"{}", "x", ",", "\u0007"}));
            }
            if (spoil()) {
                int at = r.nextInt(b.length() + 1);
                b.insert(at, pick(new String[] {"\u0001", "\uD800", "\uFEFF", "\u0085", "\"", "\\", "\u2028"}));
            }
            return b.toString();
        }

        private String key(String k) {
            return str(k) + ws() + ":" + ws();
        }

        private String object(List<String> members) {
            return "{" + ws() + String.join("," + ws(), members) + ws() + "}";
        }

        private String scalar() {
            int k = r.nextInt(10);
            return k < 6 ? str(pick(TEXTS)) : k < 8 ? pick(NUMBERS) : k == 8 ? "true" : "false";
        }

        private String details(String[] keys) {
            if (spoil()) {
                return pick(new String[] {"null", "\"\"", "\"  \"", "\"acme\"", "[]", "3"});
            }
            List<String> m = new ArrayList<>();
            for (String k : keys) {
                if (r.nextInt(4) > 0) {
                    m.add(key(k) + (r.nextInt(12) == 0 ? "null" : r.nextInt(15) == 0 ? "\"\""
                            : spoil() ? pick(new String[] {"{}", "[\"a\"]"}) : scalar()));
                }
            }
            if (spoil() && !m.isEmpty()) {
                m.add(m.get(0));
            }
            return object(m);
        }

        private String profile() {
            if (spoil()) {
                return pick(new String[] {"null", "\"\"", "\"x\"", "[]", "7"});
            }
            List<String> m = new ArrayList<>();
            String[] keys = {"staff.count", "devices.types", "telework.methods", "admin.present", "devices.ownership",
                "services.cloud", "ratio"};
            for (String k : keys) {
                if (r.nextInt(3) == 0) {
                    continue;
                }
                String v;
                int kind = r.nextInt(5);
                if (kind == 0) {
                    List<String> items = new ArrayList<>();
                    for (int i = r.nextInt(4); i > 0; i--) {
                        items.add(str("m" + r.nextInt(6)));
                    }
                    if (spoil()) {
                        items.add(pick(new String[] {"null", "[]", "{}", items.isEmpty() ? "\"x\",\"x\"" : items.get(0)}));
                    } else {
                        items = new ArrayList<>(new java.util.LinkedHashSet<>(items));
                        if (r.nextInt(6) == 0) {
                            items.add(r.nextBoolean() ? "3" : "true");
                        }
                    }
                    v = "[" + String.join("," + ws(), items) + "]";
                } else if (kind == 1) {
                    v = spoil() ? pick(BAD_NUMBERS) : pick(NUMBERS);
                    if (spoil()) {
                        int depth = 1 + r.nextInt(30);
                        v = r.nextBoolean() ? "[".repeat(depth) + v + "]".repeat(depth)
                                : "{\"a\":".repeat(depth) + v + "}".repeat(depth);
                    }
                } else if (kind == 2) {
                    v = r.nextBoolean() ? "true" : "false";
                } else {
                    v = spoil() ? pick(new String[] {"\"\"", "\" \"", "null", "{}"}) : str(pick(TEXTS));
                }
                m.add(key(k) + v);
            }
            if (spoil() && !m.isEmpty()) {
                m.add(m.get(m.size() - 1));
            }
            return object(m);
        }

        private String answers() {
            if (spoil()) {
                return pick(new String[] {"null", "\"\"", "[]", "\"met\""});
            }
            List<String> m = new ArrayList<>();
            for (int i = 1; i <= 1 + r.nextInt(45); i++) {
                if (r.nextInt(6) == 0) {
                    continue;
                }
                String id = String.format("TA-%02d", i);
                m.add(key(r.nextInt(30) == 0 ? pick(new String[] {"項目", "😀", "a\\u00e9", "x\\ty"}) + id : id) + answer());
            }
            if (spoil() && !m.isEmpty()) {
                m.add(m.get(0));
            }
            return object(m);
        }

        private String status() {
            if (spoil()) {
                return pick(new String[] {"1", "true", "null", "[]", "{}", str(pick(ODD_STATUSES))});
            }
            return str(r.nextInt(8) == 0 ? pick(new String[] {"MET", "ｍｅｔ", " met ", "Unknown", "ＵＮＭＥＴ"}) : pick(STATUSES));
        }

        private String answer() {
            if (r.nextInt(4) > 0) {
                return status();
            }
            List<String> m = new ArrayList<>();
            if (!spoil()) {
                m.add(key("status") + status());
            }
            if (r.nextBoolean()) {
                m.add(key("note") + (spoil() ? pick(new String[] {"null", "\"\"", "\" \"", "[]"}) : scalar()));
            }
            if (r.nextInt(3) == 0) {
                m.add(key("evidence") + (spoil() ? "{}" : scalar()));
            }
            if (r.nextInt(3) == 0) {
                m.add(key("waiver") + waiver());
            }
            if (spoil()) {
                m.add(key(pick(new String[] {"stauts", "notes", "status", "Note"})) + "\"met\"");
            }
            java.util.Collections.shuffle(m, r);
            return object(m);
        }

        private String waiver() {
            if (spoil()) {
                return pick(new String[] {"null", "\"yes\"", "[]", "{}"});
            }
            List<String> m = new ArrayList<>();
            if (!spoil()) {
                m.add(key("reason") + (spoil() ? pick(new String[] {"\"\"", "null", "{}"}) : scalar()));
            }
            if (r.nextBoolean()) {
                m.add(key("approved_by") + (spoil() ? "null" : str(pick(TEXTS))));
            }
            if (!spoil()) {
                m.add(key("expires") + (spoil() ? str(pick(BAD_DATES)) : str(pick(DATES))));
            }
            if (spoil()) {
                m.add(key("expiry") + str("2026-01-01"));
            }
            java.util.Collections.shuffle(m, r);
            return object(m);
        }
    }
}
