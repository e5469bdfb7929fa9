package dev.tenken.checklist.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The eight-bytes-at-a-time helpers the quick reader skips strings with: for every mask of top
 * bits, {@link Utf8#firstMarked} names the lowest marked byte; and over random words (bytes
 * drawn near the ones looked for, and high bytes), the lowest byte the masks of
 * {@link Utf8#bytesEqual} and {@link Utf8#bytesBelow} mark is the first byte that is, or is
 * below, the one asked for, and a mask is zero only when there is none.
 */
class Utf8WordsTest {
    @Test
    void firstMarkedNamesTheLowestMarkedByteOfEveryMask() {
        for (int bits = 1; bits < 256; bits++) {
            long mask = 0;
            for (int k = 0; k < 8; k++) {
                if ((bits & (1 << k)) != 0) {
                    mask |= 0x80L << (8 * k);
                }
            }
            assertEquals(Integer.numberOfTrailingZeros(bits), Utf8.firstMarked(mask), Long.toHexString(mask));
        }
    }

    @Test
    void theMasksMarkTheFirstByteLookedForExactly() {
        long seed = 20261124L;
        Random r = new Random(seed);
        int[] near = {'"', '\\', 0x1F, 0x20, 0x21, 0x00, 0x7F, 0x80, 0x9F, 0xA0, 0xE3, 0xFF, '!', '#', '[', ']', 'a'};
        for (int t = 0; t < 200_000; t++) {
            long w = 0;
            byte[] b = new byte[8];
            for (int k = 0; k < 8; k++) {
                b[k] = (byte) (r.nextInt(3) == 0 ? r.nextInt(256) : near[r.nextInt(near.length)]);
                w |= (b[k] & 0xFFL) << (8 * k);
            }
            String where = "seed " + seed + ", case " + t + ": " + Long.toHexString(w);
            assertEquals(first(b, x -> x == '"'), markedOrMinus(Utf8.bytesEqual(w, '"')), where);
            assertEquals(first(b, x -> x == '\\'), markedOrMinus(Utf8.bytesEqual(w, '\\')), where);
            assertEquals(first(b, x -> x < 0x20), markedOrMinus(Utf8.bytesBelow(w, 0x20)), where);
        }
    }

    private static int markedOrMinus(long mask) {
        return mask == 0 ? -1 : Utf8.firstMarked(mask);
    }

    private static int first(byte[] b, java.util.function.IntPredicate p) {
        for (int k = 0; k < b.length; k++) {
            if (p.test(b[k] & 0xFF)) {
                return k;
            }
        }
        return -1;
    }
}
