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

    /**
     * The top bit set in each byte of {@code w} that is {@code b}, and maybe in bytes above the
     * first such byte: the lowest bit set marks the first exactly, and 0 means there is none.
     */
    static long bytesEqual(long w, int b) {
        long x = w ^ (ONES * b);
        return (x - ONES) & ~x & HIGH;
    }

    /**
     * The index (0 to 7, from the lowest) of the lowest byte whose top bit {@code marked} sets,
     * for a non-zero mask of top bits as {@link #bytesEqual} gives: the lowest bit isolated, then
     * a multiplication that carries its byte's index to the top byte (C1, unlike C2, compiles
     * {@code Long.numberOfTrailingZeros} as a call).
     */
    static int firstMarked(long marked) {
        long lowest = marked & -marked;
        return (int) (((lowest >>> 7) * 0x0001020304050607L) >>> 56);
    }

    /** As {@link #bytesEqual}, for the bytes below {@code n} (at most 0x80). */
    static long bytesBelow(long w, int n) {
        return (w - ONES * n) & ~w & HIGH;
    }

    /**
     * How many bytes more than UTF-16 characters {@code bytes[from..to)} hold (one for a
     * two-byte sequence, two for a three- or four-byte one, which is two characters), when they
     * are well-formed UTF-8 as {@link #firstInvalid} judges; -1 when they are not.
     *
     * @param bytes the bytes
     * @param from  the first
     * @param to    one past the last
     * @return bytes minus characters, or -1
     */
    static int surplus(byte[] bytes, int from, int to) {
        int r = walk(bytes, from, to);
        return r >= 0 ? r : -1;
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
        int r = walk(bytes, offset, offset + length);
        return r >= 0 ? -1 : -1 - r - offset;
    }

    /**
     * Walks {@code bytes[from..to)}: bytes minus UTF-16 characters when all are well formed,
     * else {@code -1 - i} for the index {@code i} of the first malformed sequence.
     */
    private static int walk(byte[] bytes, int from, int to) {
        int more = 0;
        int i = from;
        while (i < to) {
            if (to - i >= 8 && ((long) LONGS.get(bytes, i) & HIGH) == 0) {
                i += 8; // eight ASCII bytes
                continue;
            }
            int lead = bytes[i];
            if (lead >= 0) {
                i++; // ASCII among other characters
                continue;
            }
            // most Japanese: a lead byte E1..EC, EE or EF (no overlong or surrogate bounds) and two continuation bytes
            if (to - i >= 3 && lead >= (byte) 0xE1 && lead <= (byte) 0xEF && lead != (byte) 0xED
                    && (bytes[i + 1] & 0xC0) == 0x80 && (bytes[i + 2] & 0xC0) == 0x80) {
                i += 3;
                more += 2;
                continue;
            }
            int n = sequence(bytes, i, to);
            if (n < 0) {
                return -1 - i;
            }
            i += n;
            more += n == 2 ? 1 : 2;
        }
        return more;
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
