package dev.tenken.checklist.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The quick reader's table of keys gives the very String the bytes spell, whether or not it has
 * room for it; a key it keeps is the interned String, the same instance each time, so that the
 * checks find item ids by reference; and many distinct keys (as a hostile document has) neither
 * grow it nor change a key.
 */
class KeysTest {
    @Test
    void everyKeyIsTheStringItsBytesSpellAndKeptOnesAreInterned() throws Throwable {
        onAFreshThread(this::manyKeys);
    }

    @Test
    void theSameBytesInAnotherArrayGiveTheSameKey() throws Throwable {
        onAFreshThread(this::sameBytes);
    }

    @Test
    void keysAlikeAtBothEndsAreToldApart() throws Throwable {
        onAFreshThread(() -> {
            Keys keys = Keys.ofThisThread();
            for (int round = 0; round < 2; round++) {
                for (char middle = 'a'; middle <= 'z'; middle++) {
                    String want = "profile." + middle + "-methods"; // same first and last eight bytes, same length
                    byte[] b = ("\"" + want + "\":1}").getBytes(StandardCharsets.UTF_8);
                    assertEquals(want, keys.key(b, 1, 1 + want.length(), true));
                }
            }
        });
    }

    /** Each thread has a table of its own: a fresh thread's is empty, whatever tests ran before on this one. */
    private static void onAFreshThread(Runnable test) throws Throwable {
        Throwable[] failed = new Throwable[1];
        Thread t = new Thread(() -> {
            try {
                test.run();
            } catch (Throwable e) {
                failed[0] = e;
            }
        });
        t.start();
        t.join();
        if (failed[0] != null) {
            throw failed[0];
        }
    }

    private void manyKeys() {
        Keys keys = Keys.ofThisThread();
        int interned = 0;
        for (int n = 0; n < 20_000; n++) {
            String want = n % 3 == 0 ? "TA-" + n : n % 3 == 1 ? "項目-" + n : "x".repeat(60 + n % 10) + n;
            byte[] b = ("\"" + want + "\"").getBytes(StandardCharsets.UTF_8);
            boolean ascii = want.chars().allMatch(c -> c < 0x80);
            String first = keys.key(b, 1, b.length - 1, ascii);
            String again = keys.key(b, 1, b.length - 1, ascii);
            assertEquals(want, first);
            assertEquals(want, again);
            if (first == want.intern()) {
                interned++;
                assertSame(first, again, want);
            }
        }
        // the table keeps some keys (at most its slots), and makes the rest afresh
        assertTrue(interned > 100 && interned <= 1024, "interned " + interned);
    }

    private void sameBytes() {
        Keys keys = Keys.ofThisThread();
        byte[] a = "{\"TA-01\":1}".getBytes(StandardCharsets.UTF_8);
        byte[] b = "[\"TA-01\", true]".getBytes(StandardCharsets.UTF_8);
        String x = keys.key(a, 2, 7, true);
        assertEquals("TA-01", x);
        assertSame(x, keys.key(b, 2, 7, true));
        assertSame("TA-01".intern(), x);
        // fewer than eight bytes from the key to the end of the array: made afresh, the same text
        byte[] tight = "[\"TA-01\"]".getBytes(StandardCharsets.UTF_8);
        assertEquals("TA-01", keys.key(tight, 2, 7, true));
        byte[] eight = "\"TA-0123\"".getBytes(StandardCharsets.UTF_8);
        assertEquals("TA-0123", keys.key(eight, 1, 8, true));
    }
}
