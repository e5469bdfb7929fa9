package dev.tenken.checklist.load;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are well-formed UTF-8 exactly as the JDK's strict decoder judges them:
 * no overlong forms, no encoded surrogates, nothing above U+10FFFF, no cut-off sequence.
 */
public final class Utf8 {
    /** Reads eight bytes of an array as one long, to look at them at once. */
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The top bit of each byte of a long. */
    static final long HIGH = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;

    private Utf8() {
    }

    /** Whether any of the eight bytes in {@code w} is {@code b} (exact, with no false positives). */
    static boolean hasByte(long w, int b) {
        long x = w ^ (ONES * b);
        return ((x - ONES) & ~x & HIGH) != 0;
    }

    /**
     * Where the first malformed sequence starts, counted from {@code offset}, which is the
     * position the JDK's decoder (with {@code CodingErrorAction.REPORT}) stops at; -1 when all
     * {@code length} bytes are well formed.
     *
     * @param bytes  the bytes
     * @param offset where to start
     * @param length how many bytes to check
     * @return the 0-based index of the first bad byte from {@code offset}, or -1
     */
    public static int firstInvalid(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (end - i >= 8 && ((long) LONGS.get(bytes, i) & HIGH) == 0) {
                i += 8; // eight ASCII bytes
                continue;
            }
            int lead = bytes[i];
            if (lead >= 0) {
                i++; // ASCII among other characters
                continue;
            }
            // most Japanese: a lead byte E1..EC, EE or EF (no overlong or surrogate bounds) and two continuation bytes
            if (end - i >= 3 && lead >= (byte) 0xE1 && lead <= (byte) 0xEF && lead != (byte) 0xED
                    && (bytes[i + 1] & 0xC0) == 0x80 && (bytes[i + 2] & 0xC0) == 0x80) {
                i += 3;
                continue;
            }
            int n = sequence(bytes, i, end);
            if (n < 0) {
                return i - offset;
            }
            i += n;
        }
        return -1;
    }

    /**
     * The length (1 to 4) of the well-formed character that starts at {@code i}, before
     * {@code end}; -1 when the bytes there are malformed.
     */
    static int sequence(byte[] bytes, int i, int end) {
        int b = bytes[i];
        if (b >= 0) {
            return 1;
        }
        int need;
        int min2 = 0x80;
        int max2 = 0xBF;
        if (b >= (byte) 0xC2 && b <= (byte) 0xDF) {
            need = 1;
        } else if (b >= (byte) 0xE0 && b <= (byte) 0xEF) {
            need = 2;
            if (b == (byte) 0xE0) {
                min2 = 0xA0; // overlong below U+0800
            } else if (b == (byte) 0xED) {
                max2 = 0x9F; // surrogates U+D800..U+DFFF
            }
        } else if (b >= (byte) 0xF0 && b <= (byte) 0xF4) {
            need = 3;
            if (b == (byte) 0xF0) {
                min2 = 0x90; // overlong below U+10000
            } else if (b == (byte) 0xF4) {
                max2 = 0x8F; // above U+10FFFF
            }
        } else {
            return -1; // a continuation byte alone, C0, C1 or F5..FF
        }
        if (i + need >= end) {
            return -1; // cut off by the end
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < min2 || second > max2) {
            return -1;
        }
        for (int k = 2; k <= need; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return need + 1;
    }
}
