package dev.tenken.checklist;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded mutations of valid checklists and answers: whatever the damage, loading either works or
 * raises {@link TenkenException} with located problems; no parser or runtime exception escapes.
 * A failure names its seed; mutate(seed) replays it.
 */
class BrokenInputFuzzTest {
    private static final String HOSTILE = ":{}[],&*!|>'\"#-?%@`\\\n\t  \u3000必須推奨\uFEFF\u0000\uD83D\uDE00";

    static Stream<Long> seeds() {
        return IntStream.range(0, 400).mapToObj(i -> 7_000_000L + i);
    }

    private static List<String> corpus() throws IOException {
        List<String> out = new ArrayList<>();
        for (String f : List.of("parent.yaml", "child.yaml")) {
            out.add(Files.readString(Path.of("src/test/resources/valid", f)));
        }
        out.add("checklist: parent\norganisation: {name: x}\nprofile:\n  methods: [vpn]\n  staff: 3\nanswers:\n"
                + "  P-1: met\n  P-2: {status: 一部実施, note: n}\n  P-3: 不明\n");
        out.add("{\"checklist\": \"parent\", \"profile\": {\"methods\": [\"vpn\"]}, \"answers\": {\"P-1\": \"met\"}}");
        return out;
    }

    static String mutate(String text, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(6)) {
                case 0 -> b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(20)));
                case 1 -> b.insert(at, HOSTILE.charAt(r.nextInt(HOSTILE.length())));
                case 2 -> b.setLength(at);
                case 3 -> {
                    int end = b.indexOf("\n", at);
                    int start = b.lastIndexOf("\n", at) + 1;
                    if (end > start) {
                        b.insert(start, b.substring(start, end + 1));
                    }
                }
                case 4 -> b.insert(at, "  ".repeat(r.nextInt(30)) + "- [{a: *x}]\n");
                default -> b.setCharAt(at, HOSTILE.charAt(r.nextInt(HOSTILE.length())));
            }
        }
        return b.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void damagedInputOnlyEverRaisesTenkenException(long seed) throws IOException {
        List<String> corpus = corpus();
        String original = corpus.get((int) (seed % corpus.size()));
        String damaged = mutate(original, seed);
        try {
            ChecklistLibrary.builder().addText(damaged, "fuzz.yaml").build();
        } catch (TenkenException e) {
            assertPlain(e, seed);
        } catch (Throwable t) {
            fail("seed=" + seed + ": checklist loader leaked " + t, t);
        }
        for (boolean json : new boolean[] {false, true}) {
            try {
                if (json) {
                    SelfAssessment.fromJson(damaged, "fuzz.json");
                } else {
                    SelfAssessment.fromYaml(damaged, "fuzz.yaml");
                }
            } catch (TenkenException e) {
                assertPlain(e, seed);
            } catch (Throwable t) {
                fail("seed=" + seed + ": answers loader (json=" + json + ") leaked " + t, t);
            }
        }
        // invalid UTF-8 bytes at a random place are reported, not thrown
        byte[] bytes = damaged.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0) {
            bytes[(int) (seed % bytes.length)] = (byte) 0xC3;
        }
        try {
            Path tmp = Files.createTempFile("fuzz", ".yaml");
            Files.write(tmp, bytes);
            try {
                ChecklistLibrary.load(tmp);
            } catch (TenkenException e) {
                assertFalse(e.problems().isEmpty());
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (RuntimeException t) {
            fail("seed=" + seed + ": leaked " + t, t);
        }
    }

    /** Problems there are, each with words, and none with the parser's own plumbing in it. */
    private static void assertPlain(TenkenException e, long seed) {
        assertFalse(e.problems().isEmpty(), "seed=" + seed);
        for (Problem p : e.problems()) {
            assertFalse(p.message().isBlank(), "seed=" + seed);
            for (String internal : INTERNALS) {
                assertFalse(p.message().contains(internal), "seed=" + seed + ": " + p);
            }
        }
    }

    /** What Jackson and SnakeYAML put in their messages for programmers, not for the person who wrote the file. */
    private static final List<String> INTERNALS = List.of("[Source", "REDACTED", "StreamReadFeature", "JsonParser",
            "com.fasterxml", "org.snakeyaml", "Exception");

    @org.junit.jupiter.api.Test
    void aPrettyPrintedDocumentReadLineByLineGetsPlainMessages() {
        for (String line : List.of("{", "{\"checklist\": \"parent\",", "[", "{\"a\": [1, {\"b\":")) {
            TenkenException e = org.junit.jupiter.api.Assertions.assertThrows(TenkenException.class,
                    () -> SelfAssessment.fromJson(line.getBytes(StandardCharsets.UTF_8), "line 1"));
            assertPlain(e, 0);
        }
        TenkenException open = org.junit.jupiter.api.Assertions.assertThrows(TenkenException.class,
                () -> SelfAssessment.fromJson("{\"a\": [1, {\"b\": 2".getBytes(StandardCharsets.UTF_8), "line 1"));
        org.junit.jupiter.api.Assertions.assertEquals("line 1:1:18: syntax error: Unexpected end-of-input: expected close marker"
                + " for Object (start marker at line 1, column 11)", open.problems().get(0).toString());
    }
}
