package dev.tenken.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --output} never destroys an input or leaves half a file; batch output line N always answers input line N. */
class BatchAndOutputSafetyTest {
    static final String GOOD = "{\"checklist\":\"telework-admin\",\"answers\":{\"TA-01\":\"met\"}}";
    private static final Pattern ERROR_LINE = Pattern.compile("^\\{\"line\":(\\d+),\"error\":\"(.*)\"}$");

    /** {@link CliTest#run}, which also refuses stack traces, and no exception class names either. */
    static CliTest.Run run(String... args) {
        CliTest.Run r = CliTest.run(args);
        assertFalse(r.err().contains("Exception"), "no exception class names:\n" + r.err());
        return r;
    }

    /** A refusal is one plain line on standard error and exit 2. */
    static void assertRefused(CliTest.Run r, String expected) {
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().startsWith("tenken: ") && r.err().contains(expected), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    static Path threeLines(Path dir) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, GOOD + "\n" + GOOD + "\n" + GOOD + "\n");
        return in;
    }

    static List<Path> debris(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().contains(".tenken-")).toList();
        }
    }

    // --- output never destroys input ---

    @Test
    void batchRefusesToWriteOverItsInputDirectlyOrThroughLinks(@TempDir Path dir) throws Exception {
        Path in = threeLines(dir);
        byte[] before = Files.readAllBytes(in);
        assertRefused(run("batch", in.toString(), "--output", in.toString()), "it is the same file as the input");
        assertRefused(run("batch", in.toString(), "--output", dir.resolve(".").resolve("in.jsonl").toString()), "it is the same file as the input");
        Path symlink = Files.createSymbolicLink(dir.resolve("link.jsonl"), in);
        assertRefused(run("batch", in.toString(), "--output", symlink.toString()), "it is the same file as the input");
        assertRefused(run("batch", symlink.toString(), "--output", in.toString()), "it is the same file as the input");
        Path hardLink = Files.createLink(dir.resolve("hard.jsonl"), in);
        assertRefused(run("batch", in.toString(), "--output", hardLink.toString()), "it is the same file as the input");
        assertArrayEquals(before, Files.readAllBytes(in), "input intact");
        assertTrue(Files.isSymbolicLink(symlink));
        assertEquals(List.of(), debris(dir));
    }

    @Test
    void outputOverloadRefusesAnInputThroughASymlink(@TempDir Path dir) throws Exception {
        Path in = threeLines(dir);
        byte[] before = Files.readAllBytes(in);
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), in);
        Main.UsageException e = assertThrows(Main.UsageException.class,
                () -> Output.write("report", link, new PrintWriter(new StringWriter()), in));
        assertTrue(e.getMessage().contains("it is the same file as the input"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(in));
        // another file is fine, and a symlinked target keeps its link
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "old");
        Path otherLink = Files.createSymbolicLink(dir.resolve("other-link.txt"), other);
        Output.write("new", otherLink, new PrintWriter(new StringWriter()), in);
        assertEquals("new", Files.readString(other));
        assertTrue(Files.isSymbolicLink(otherLink));
    }

    @Test
    void batchFromStandardInputRefusesTheFileStandardInputIs(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/self/fd/0")), "needs /proc");
        Path in = threeLines(dir);
        byte[] before = Files.readAllBytes(in);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "batch", "-", "--output", in.toString())
                .redirectInput(in.toFile())
                .redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(Main.BAD_INPUT, p.exitValue(), text);
        assertTrue(text.startsWith("tenken: refusing to write") && text.contains("it is the same file as standard input"), text);
        assertArrayEquals(before, Files.readAllBytes(in), "input intact");
    }

    @Test
    void outputThatIsADirectoryIsRefusedPlainly(@TempDir Path dir) throws Exception {
        Path in = threeLines(dir);
        Path sub = Files.createDirectory(dir.resolve("reports"));
        assertRefused(run("batch", in.toString(), "--output", sub.toString()), "it is a directory");
        assertRefused(run("assess", CliTest.SAMPLE.toString(), "--output", sub.toString()), "it is a directory");
        try (Stream<Path> s = Files.list(sub)) {
            assertEquals(0, s.count(), "nothing written into it");
        }
    }

    @Test
    void outputUnderARegularFileFailsCleanly(@TempDir Path dir) throws Exception {
        Path in = threeLines(dir);
        Path file = dir.resolve("plain.txt");
        Files.writeString(file, "keep");
        CliTest.Run r = run("batch", in.toString(), "--output", file.resolve("out.jsonl").toString());
        assertRefused(r, "cannot write " + file.resolve("out.jsonl"));
        CliTest.Run a = run("assess", CliTest.SAMPLE.toString(), "--output", file.resolve("r.txt").toString());
        assertRefused(a, "cannot write");
        assertEquals("keep", Files.readString(file));
        assertEquals(List.of(), debris(dir));
    }

    @Test
    void aReadFailurePartWayLeavesThePreviousOutputAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "previous good output\n");
        byte[] lines = (GOOD + "\n" + GOOD + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            private final InputStream head = new ByteArrayInputStream(lines);

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = head.read(b, off, len);
                if (n < 0) {
                    throw new IOException("device went away");
                }
                return n;
            }
        };
        InputStream saved = System.in;
        CliTest.Run r;
        try {
            System.setIn(failing);
            r = run("batch", "-", "--output", out.toString(), "--threads", "2");
        } finally {
            System.setIn(saved);
        }
        assertRefused(r, "cannot read standard input: device went away");
        assertEquals("previous good output\n", Files.readString(out), "the previous file is untouched");
        assertEquals(List.of(), debris(dir), "no temporary file left");
    }

    @Test
    void aWriteFailureIsOnePlainLine() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "needs /dev/full");
        CliTest.Run r = run("assess", CliTest.SAMPLE.toString(), "--output", full.toString());
        assertRefused(r, "cannot write /dev/full: ");
        assertTrue(r.err().toLowerCase().contains("no space"), r.err());
    }

    @Test
    void anUncommittedOutputLeavesTheTargetAsItWas(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.txt");
        Files.writeString(out, "old");
        try (AtomicOutput o = AtomicOutput.open(out, List.of())) {
            o.stream().write(new byte[200_000]);
            o.stream().flush();
            assertEquals(1, debris(dir).size(), "the bytes go to a temporary file beside the target");
            assertEquals("old", Files.readString(out));
        }
        assertEquals("old", Files.readString(out));
        assertEquals(List.of(), debris(dir));
        try (AtomicOutput o = AtomicOutput.open(out, List.of())) {
            o.stream().write("new".getBytes(StandardCharsets.UTF_8));
            o.commit();
        }
        assertEquals("new", Files.readString(out));
        assertEquals(List.of(), debris(dir));
    }

    @Test
    void batchOutputAppearsOnlyWhenComplete(@TempDir Path dir) throws Exception {
        Path in = threeLines(dir);
        Path out = dir.resolve("new/out.jsonl");
        CliTest.Run r = run("batch", in.toString(), "--output", out.toString());
        assertEquals(Main.SHORTFALL, r.code(), r.err());
        assertEquals(3, Files.readAllLines(out).size());
        assertEquals(List.of(), debris(out.getParent()));
    }

    // --- alignment ---

    @Test
    void blankInvalidUtf8AndOverLongLinesKeepTheirPlace(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] good = GOOD.getBytes(StandardCharsets.UTF_8);
        b.write(good);                                       // 1
        b.write('\n');
        b.write('\n');                                       // 2 blank
        b.write("  \t\r\n".getBytes(StandardCharsets.UTF_8)); // 3 blank, CRLF
        b.write(good);                                       // 4 CRLF
        b.write("\r\n".getBytes(StandardCharsets.UTF_8));
        b.write(new byte[] {'{', '"', (byte) 0xC3, 0x28, '"', '}', '\n'}); // 5 invalid UTF-8 at byte 3
        b.write(good);                                       // 6 valid JSON padded to exactly the limit, CRLF
        b.write(" ".repeat(BatchCommand.MAX_LINE_BYTES - good.length).getBytes(StandardCharsets.US_ASCII));
        b.write("\r\n".getBytes(StandardCharsets.UTF_8));
        b.write(good);                                       // 7 one byte over the limit
        b.write(" ".repeat(BatchCommand.MAX_LINE_BYTES - good.length + 1).getBytes(StandardCharsets.US_ASCII));
        b.write('\n');
        b.write("{\"a\":\"\u0001\u001b[31m\u007f\u0085\"".getBytes(StandardCharsets.UTF_8)); // 8 bad JSON with controls
        b.write('\n');
        b.write(good);                                       // 9, no line end
        Path in = dir.resolve("in.jsonl");
        Files.write(in, b.toByteArray());
        Path out = dir.resolve("out.jsonl");
        CliTest.Run r = run("batch", in.toString(), "--output", out.toString(), "--threads", "3");
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        byte[] bytes = Files.readAllBytes(out);
        assertNoRawControls(bytes);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        assertEquals(9, lines.size(), "one output line per input line");
        for (int ok : new int[] {1, 4, 6, 9}) {
            assertNull(errorOf(lines.get(ok - 1), ok), "line " + ok + " assessed: " + abbreviate(lines.get(ok - 1)));
        }
        assertTrue(errorOf(lines.get(1), 2).startsWith("blank line"), lines.get(1));
        assertTrue(errorOf(lines.get(2), 3).startsWith("blank line"), lines.get(2));
        assertEquals("invalid UTF-8 at byte 3 of the line", errorOf(lines.get(4), 5));
        assertEquals("line is longer than " + BatchCommand.MAX_LINE_BYTES + " bytes; skipped", errorOf(lines.get(6), 7));
        // where: the input file, its line and the column in it, as a compiler names a place
        assertTrue(errorOf(lines.get(7), 8).startsWith(in + ":8:"), lines.get(7));
    }

    @Test
    void lineEndsAtTheEndOfInput(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), batchLines(dir, ""));
        assertEquals(1, batchLines(dir, GOOD).size());
        assertEquals(1, batchLines(dir, GOOD + "\n").size());
        assertEquals(1, batchLines(dir, GOOD + "\r\n").size());
        List<String> two = batchLines(dir, GOOD + "\n\n");
        assertEquals(2, two.size());
        assertTrue(errorOf(two.get(1), 2).startsWith("blank line"), two.get(1));
        List<String> blank = batchLines(dir, "\n");
        assertEquals(1, blank.size());
        assertTrue(errorOf(blank.get(0), 1).startsWith("blank line"), blank.get(0));
    }

    // --- property: random mixes keep one output line per input line ---

    static LongStream seeds() {
        long base = Long.getLong("tenken.seed", 20240607L);
        return LongStream.range(0, 12).map(i -> base + i * 7919);
    }

    enum Kind { GOOD, BLANK, BAD_JSON, BAD_UTF8 }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyInputLineGetsExactlyItsOwnOutputLine(long seed, @TempDir Path dir) throws Exception {
        Random random = new Random(seed);
        int count = random.nextInt(40);
        List<Kind> kinds = new ArrayList<>();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            Kind k = Kind.values()[random.nextInt(Kind.values().length)];
            kinds.add(k);
            byte[] text = switch (k) {
                case GOOD -> GOOD.getBytes(StandardCharsets.UTF_8);
                case BLANK -> new String[] {"", " ", "\t", "  \r"}[random.nextInt(4)].getBytes(StandardCharsets.UTF_8);
                case BAD_JSON -> badJson(random);
                case BAD_UTF8 -> badUtf8(random);
            };
            b.write(text);
            boolean last = i == count - 1;
            // a last line may go without a line end, unless it is empty: then it would be no line at all
            if (!last || text.length == 0 || random.nextBoolean()) {
                b.write(random.nextBoolean() ? "\r\n".getBytes(StandardCharsets.US_ASCII) : new byte[] {'\n'});
            }
        }
        String context = "seed=" + seed + " (rerun with -Dtenken.seed=" + seed + " and the first case) kinds=" + kinds;
        Path in = dir.resolve("in.jsonl");
        Files.write(in, b.toByteArray());
        Path out = dir.resolve("out.jsonl");
        CliTest.Run r = run("batch", in.toString(), "--output", out.toString(), "--threads", String.valueOf(1 + random.nextInt(4)));
        byte[] bytes = Files.readAllBytes(out);
        assertNoRawControls(bytes);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        assertEquals(kinds.size(), lines.size(), context);
        boolean anyBad = false;
        for (int i = 0; i < kinds.size(); i++) {
            String error = errorOf(lines.get(i), i + 1);
            String where = context + " line " + (i + 1) + ": " + abbreviate(lines.get(i));
            switch (kinds.get(i)) {
                case GOOD -> assertNull(error, where);
                case BLANK -> assertTrue(error != null && error.startsWith("blank line"), where);
                case BAD_UTF8 -> assertTrue(error != null && error.startsWith("invalid UTF-8"), where);
                case BAD_JSON -> assertTrue(error != null && error.startsWith(in + ":" + (i + 1) + ":"), where);
            }
            anyBad |= kinds.get(i) != Kind.GOOD;
        }
        assertEquals(anyBad ? Main.BAD_INPUT : kinds.isEmpty() ? Main.OK : Main.SHORTFALL, r.code(), context + "\n" + r.err());
    }

    /** Starts with '{' and has no '}', so never valid JSON; may carry controls and non-ASCII text. */
    static byte[] badJson(Random random) {
        StringBuilder s = new StringBuilder("{");
        String alphabet = "\"abc:,[] 0\u0001\u0007\u001b\u007f\u0085\u2028点検\t\r";
        int n = random.nextInt(30);
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Random bytes with no line feed and at least one 0xFF, which UTF-8 never uses. */
    static byte[] badUtf8(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(20)];
        for (int i = 0; i < bytes.length; i++) {
            byte x;
            do {
                x = (byte) random.nextInt(256);
            } while (x == '\n');
            bytes[i] = x;
        }
        bytes[random.nextInt(bytes.length)] = (byte) 0xFF;
        return bytes;
    }

    // --- helpers ---

    private static List<String> batchLines(Path dir, String input) throws IOException {
        Path in = Files.writeString(dir.resolve("in.jsonl"), input);
        Path out = dir.resolve("out.jsonl");
        CliTest.Run r = run("batch", in.toString(), "--output", out.toString());
        assertTrue(Files.exists(out), r.err());
        return Files.readString(out).lines().toList();
    }

    /** The error message of an error line, null for a report; fails when an error names another line. */
    private static String errorOf(String line, int number) {
        Matcher m = ERROR_LINE.matcher(line);
        if (!m.matches()) {
            assertTrue(line.startsWith("{\"checklist\""), "a report or an error: " + abbreviate(line));
            return null;
        }
        assertEquals(number, Integer.parseInt(m.group(1)), "error names its own line: " + abbreviate(line));
        assertFalse(m.group(2).contains("Exception"), line);
        return m.group(2);
    }

    /** No C0 control but the line feed, no DEL, no C1 control (UTF-8 C2 80..C2 9F), no U+2028/2029. */
    private static void assertNoRawControls(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            assertFalse(c < 0x20 && c != '\n' || c == 0x7f, "raw control 0x" + Integer.toHexString(c) + " at byte " + i);
            if (c == 0xC2 && i + 1 < bytes.length) {
                int d = bytes[i + 1] & 0xff;
                assertFalse(d >= 0x80 && d <= 0x9f, "raw C1 control at byte " + i);
            }
            if (c == 0xE2 && i + 2 < bytes.length && (bytes[i + 1] & 0xff) == 0x80) {
                int d = bytes[i + 2] & 0xff;
                assertFalse(d == 0xA8 || d == 0xA9, "raw line separator at byte " + i);
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
