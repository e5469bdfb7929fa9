package dev.tenken.checklist.stats;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding them. A line ends at {@code \n}, and a
 * {@code \r} before it is dropped (so CRLF input works); a last line without a line end still
 * counts, while a line end at the very end of the input does not start another, empty line.
 *
 * <p>Memory stays bounded by the limit: a line longer than {@code limit} bytes is not kept; the
 * rest of it is skipped as it is read and {@link #next()} returns an empty array with
 * {@link #tooLong()} set, so the caller can still answer that line by its number.
 *
 * <p>{@code tenken batch} reads its input with it, and {@link BatchStats} reads batch's output.
 *
 * @since 0.2
 */
public final class LineReader implements AutoCloseable {
    private static final byte[] NONE = new byte[0];
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;
    private static final long NEWLINES = ONES * '\n';

    private final InputStream in;
    private final int limit;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int end;
    private byte[] line = new byte[1024];
    private long lineNumber;
    private boolean tooLong;

    /**
     * Reads lines from a stream.
     *
     * @param in    the input; read as needed, closed by {@link #close()}
     * @param limit the longest line kept, in bytes, not counting its line end
     */
    public LineReader(InputStream in, int limit) {
        if (limit < 0 || limit == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("limit " + limit);
        }
        this.in = in;
        this.limit = limit;
    }

    /**
     * The next line.
     *
     * @return its bytes without the line end (empty when it was too long), or null at the end of input
     * @throws IOException when the stream cannot be read
     */
    public byte[] next() throws IOException {
        int length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return null;
                    }
                    break; // a last line without a line end
                }
            }
            any = true;
            int start = pos;
            pos = lineEnd(buffer, pos, end);
            int chunk = pos - start;
            if (!tooLong) {
                // room for one more byte than the limit: a \r that the line end will drop
                if (chunk > limit + 1 - length) {
                    tooLong = true;
                } else {
                    if (length + chunk > line.length) {
                        line = Arrays.copyOf(line, (int) Math.min(limit + 1L, Math.max(line.length * 2L, length + chunk)));
                    }
                    System.arraycopy(buffer, start, line, length, chunk);
                    length += chunk;
                }
            }
            if (pos < end) {
                pos++; // the \n
                break;
            }
        }
        lineNumber++;
        if (tooLong) {
            return NONE;
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (length > limit) {
            tooLong = true;
            return NONE;
        }
        return Arrays.copyOf(line, length);
    }

    /**
     * The number of the line last returned.
     *
     * @return 1 for the first line
     */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * Whether the line last returned was longer than the limit.
     *
     * @return true when it was skipped, not returned
     */
    public boolean tooLong() {
        return tooLong;
    }

    /**
     * The longest line kept.
     *
     * @return the limit in bytes
     */
    public int limit() {
        return limit;
    }

    /**
     * Where the first {@code \n} from {@code from} stands, or {@code end}: eight bytes at a time
     * while eight are left (a batch line is some two thousand bytes; byte by byte this loop was a
     * twentieth of a batch's time).
     */
    static int lineEnd(byte[] b, int from, int end) {
        int i = from;
        while (end - i >= 8) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            // the lowest byte of x that is zero sets its top bit here (higher bytes may be false positives)
            long zero = (x - ONES) & ~x & HIGH;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
            i += 8;
        }
        while (i < end && b[i] != '\n') {
            i++;
        }
        return i;
    }

    /** Closes the stream. */
    @Override
    public void close() throws IOException {
        in.close();
    }
}
