package dev.tenken.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (a trailing {@code \r} is dropped) without
 * decoding them. A line longer than the limit is cut at the limit and flagged, and the rest of it
 * is skipped, so one huge line cannot exhaust memory.
 */
final class LineReader implements AutoCloseable {
    private final InputStream in;
    private final int limit;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int end;
    private byte[] line = new byte[1024];
    private int lineNumber;
    private boolean truncated;

    LineReader(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line without its line end, or null at the end of input. */
    byte[] next() throws IOException {
        int length = 0;
        truncated = false;
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
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            int room = limit - length;
            if (chunk > room) {
                truncated = true;
            }
            int copy = Math.min(chunk, Math.max(room, 0));
            if (copy > 0) {
                if (length + copy > line.length) {
                    line = Arrays.copyOf(line, Math.min(limit, Math.max(line.length * 2, length + copy)));
                }
                System.arraycopy(buffer, start, line, length, copy);
                length += copy;
            }
            if (pos < end) {
                pos++; // the \n
                break;
            }
        }
        lineNumber++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return Arrays.copyOf(line, length);
    }

    /** 1-based number of the line last returned. */
    int lineNumber() {
        return lineNumber;
    }

    /** Whether the line last returned was longer than the limit. */
    boolean truncated() {
        return truncated;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
