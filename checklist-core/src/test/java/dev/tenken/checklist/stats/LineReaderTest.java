package dev.tenken.checklist.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The batch's line splitter (moved here from the command line with the batch itself). */
class LineReaderTest {
    @Test
    void lineReaderSkipsAHugeLineWithoutHoldingIt() throws Exception {
        long huge = 64L * 1024 * 1024;
        InputStream stream = new InputStream() {
            private long left = huge;
            private int tail;
            private final byte[] rest = "\nshort\r\nlast".getBytes(StandardCharsets.US_ASCII);

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left > 0) {
                    int n = (int) Math.min(len, left);
                    java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                    left -= n;
                    return n;
                }
                if (tail == rest.length) {
                    return -1;
                }
                int n = Math.min(len, rest.length - tail);
                System.arraycopy(rest, tail, b, off, n);
                tail += n;
                return n;
            }
        };
        try (LineReader r = new LineReader(stream, 1000)) {
            assertEquals(0, r.next().length);
            assertTrue(r.tooLong());
            assertEquals(1, r.lineNumber());
            assertEquals("short", new String(r.next(), StandardCharsets.US_ASCII));
            assertFalse(r.tooLong());
            assertEquals("last", new String(r.next(), StandardCharsets.US_ASCII));
            assertEquals(3, r.lineNumber());
            assertNull(r.next());
        }
    }

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 300).map(i -> 20261124L * 11 + i);
    }

    /**
     * Over seeded streams (lines of every length around the eight-byte steps, CR LF and LF, bytes
     * that differ from a line feed by one bit, reads of any size), the reader gives the lines a
     * plain split at each line feed gives, without the CR before it, and refuses exactly those
     * longer than the limit.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.MethodSource("seeds")
    void linesAreWhatASplitAtEachLineFeedGives(long seed) throws Exception {
        java.util.Random r = new java.util.Random(seed);
        byte[] near = {'\n' ^ 1, '\n' ^ 2, (byte) ('\n' ^ 0x80), (byte) 0x8A, 0x0B, 0x09, '\r', 'x', (byte) 0xE3, 0};
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        java.util.List<byte[]> want = new java.util.ArrayList<>();
        int limit = 5 + r.nextInt(60);
        int lines = r.nextInt(30);
        for (int n = 0; n < lines; n++) {
            byte[] line = new byte[r.nextInt(3) == 0 ? r.nextInt(80) : r.nextInt(20)];
            for (int i = 0; i < line.length; i++) {
                line[i] = near[r.nextInt(near.length)];
            }
            boolean last = n == lines - 1 && r.nextBoolean(); // the last line may have no line end
            boolean crlf = !last && r.nextBoolean();
            all.writeBytes(line);
            all.writeBytes(last ? new byte[0] : crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
            if (last && line.length == 0) {
                break; // nothing after the last line end: no line
            }
            // what stands before the line feed, less one CR at its end (the reader cannot tell whose it is)
            byte[] raw = crlf ? java.util.Arrays.copyOf(line, line.length + 1) : line;
            if (crlf) {
                raw[line.length] = '\r';
            }
            want.add(raw.length > 0 && raw[raw.length - 1] == '\r' ? java.util.Arrays.copyOf(raw, raw.length - 1) : raw);
        }
        byte[] bytes = all.toByteArray();
        InputStream stream = new InputStream() {
            private int at;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at == bytes.length) {
                    return -1;
                }
                int k = Math.min(Math.min(len, 1 + r.nextInt(40)), bytes.length - at);
                System.arraycopy(bytes, at, b, off, k);
                at += k;
                return k;
            }
        };
        String context = "seed " + seed + ": " + java.util.HexFormat.of().formatHex(bytes);
        try (LineReader reader = new LineReader(stream, limit)) {
            for (int n = 0; n < want.size(); n++) {
                byte[] got = reader.next();
                if (want.get(n).length > limit) {
                    assertTrue(reader.tooLong(), "line " + (n + 1) + " too long, " + context);
                    assertEquals(0, got.length, context);
                } else {
                    assertFalse(reader.tooLong(), "line " + (n + 1) + ", " + context);
                    assertEquals(java.util.HexFormat.of().formatHex(want.get(n)), java.util.HexFormat.of().formatHex(got),
                            "line " + (n + 1) + ", " + context);
                }
                assertEquals(n + 1, reader.lineNumber(), context);
            }
            assertNull(reader.next(), context);
        }
    }

    @Test
    void theLineFeedIsFoundAtEveryPlaceOfAnEightByteStep() {
        for (int length = 0; length < 40; length++) {
            for (int at = 0; at <= length; at++) {
                byte[] b = new byte[length];
                java.util.Arrays.fill(b, (byte) ('\n' ^ 0x80));
                if (at < length) {
                    b[at] = '\n';
                }
                for (int from = 0; from <= Math.min(at, length); from++) {
                    assertEquals(at, LineReader.lineEnd(b, from, length), "length " + length + ", at " + at + ", from " + from);
                }
            }
        }
    }
}
