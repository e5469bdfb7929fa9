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

}
