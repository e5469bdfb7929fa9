package dev.tenken.checklist.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The keys {@link JsonFastPath} reads, as interned Strings found by their bytes: a document
 * repeats the same few hundred keys (item ids, profile keys), and interned keys are the very
 * instances the checklist holds, so the checks' and the evaluator's look-ups end at the identity
 * test that {@code equals} and {@code HashMap} make first, without comparing characters. One small
 * table per thread (so nothing is shared between threads and nothing needs a lock), of bounded
 * size: when its slots near a key's hash are taken, the key is made afresh, not interned, which
 * is slower but an equal String. Slots are never given up, so at most {@value #SLOTS} keys per
 * thread are ever interned: hostile documents with many keys can neither grow it nor change what
 * is read, only fill a thread's table so that later keys on it are made afresh (slower, same result).
 */
final class Keys {
    /** Slots per thread, a power of two; each holds one key of at most {@link #LONGEST} bytes. */
    private static final int SLOTS = 1024;
    private static final int LONGEST = 64;
    /** Slots looked at from a key's own before giving up on caching it. */
    private static final int PROBES = 4;
    private static final ThreadLocal<Keys> PER_THREAD = ThreadLocal.withInitial(Keys::new);

    /** Per slot: the key's bytes, its first eight (fewer: zero above), its length, and the key. */
    private final byte[][] bytes = new byte[SLOTS][];
    private final long[] firsts = new long[SLOTS];
    private final int[] lengths = new int[SLOTS];
    private final String[] keys = new String[SLOTS];

    private Keys() {
    }

    /** The table of the calling thread: look it up once per document. */
    static Keys ofThisThread() {
        return PER_THREAD.get();
    }

    /**
     * The key whose UTF-8 bytes are {@code b[from..to)}; {@code ascii} when they are all below 0x80.
     * Bytes that are not UTF-8 make a String that the caller throws away.
     */
    String key(byte[] b, int from, int to, boolean ascii) {
        int n = to - from;
        if (n == 0 || n > LONGEST || b.length - from < 8) {
            return make(b, from, to, ascii);
        }
        // hashed from the first and last eight bytes and the length: a few multiplications, not a loop
        long first = (long) Utf8.LONGS.get(b, from);
        if (n < 8) {
            first &= -1L >>> (64 - 8 * n);
        }
        long last = n > 8 ? (long) Utf8.LONGS.get(b, to - 8) : 0;
        long h = (first * 0x9E3779B97F4A7C15L ^ last) * 0xC2B2AE3D27D4EB4FL + n;
        int home = (int) (h >>> 40);
        for (int p = 0; p < PROBES; p++) {
            int slot = (home + p) & (SLOTS - 1);
            byte[] known = bytes[slot];
            if (known == null) {
                String k = make(b, from, to, ascii).intern();
                firsts[slot] = first;
                lengths[slot] = n;
                keys[slot] = k;
                bytes[slot] = Arrays.copyOfRange(b, from, to);
                return k;
            }
            if (lengths[slot] == n && firsts[slot] == first && (n <= 8 || Arrays.equals(known, 0, n, b, from, to))) {
                return keys[slot];
            }
        }
        return make(b, from, to, ascii);
    }

    private static String make(byte[] b, int from, int to, boolean ascii) {
        return new String(b, from, to - from, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }
}
