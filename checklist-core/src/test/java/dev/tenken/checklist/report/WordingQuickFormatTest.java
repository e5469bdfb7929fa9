package dev.tenken.checklist.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tenken.checklist.Language;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Wording#format}'s quick substitution gives exactly what {@code String.format(Locale.ROOT, ...)}
 * gives, for every wording in both languages and for generated templates; what it does not handle
 * it leaves to {@code String.format}. A failure names its seed.
 */
class WordingQuickFormatTest {
    private static final String[] PIECES = {"%s", "%d", "%1$s", "%2$s", "%3$d", "%1$d", "%%", "%", "%n", "%5s", "%-3d", "%x",
        "%,d", "%$s", "80%以上", "必須", "a", " ", "$", "1$s", "\n", "'%s'", "😀"};
    private static final Object[] ARGS = {"x", "", "TA-01", "%s", "必須", 0, -7, 42, Long.MAX_VALUE, Integer.MIN_VALUE, 1.5, null,
        java.time.LocalDate.of(2026, 1, 2), true};

    static Stream<Long> seeds() {
        return IntStream.range(0, 2000).mapToObj(i -> 40_000L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void quickFormatEqualsStringFormatOrDeclines(long seed) {
        Random r = new Random(seed);
        StringBuilder t = new StringBuilder();
        for (int i = r.nextInt(6); i >= 0; i--) {
            t.append(PIECES[r.nextInt(PIECES.length)]);
        }
        Object[] args = new Object[r.nextInt(4)];
        for (int i = 0; i < args.length; i++) {
            args[i] = ARGS[r.nextInt(ARGS.length)];
        }
        String template = t.toString();
        String quick = Wording.quickFormat(template, args);
        String slow;
        try {
            slow = String.format(Locale.ROOT, template, args);
        } catch (RuntimeException e) {
            assertNull(quick, "seed " + seed + ": '" + template + "' fails in String.format (" + e + ")");
            return;
        }
        if (quick != null) {
            assertEquals(slow, quick, "seed " + seed + ": '" + template + "' " + java.util.Arrays.toString(args));
        }
    }

    @Test
    void everyWordingFormatsAsBefore() {
        Object[] args = {"TA-01", "必須", 3, "x", 7};
        int quick = 0;
        for (Wording w : Wording.values()) {
            for (Language l : Language.values()) {
                String expected;
                try {
                    expected = String.format(Locale.ROOT, w.in(l), args);
                } catch (RuntimeException e) {
                    continue;
                }
                assertEquals(expected, w.format(l, args), w + " " + l);
                quick += Wording.quickFormat(w.in(l), args) != null ? 1 : 0;
            }
        }
        assertNotNull(Wording.quickFormat("%1$s: %2$s (%3$d)", args));
        assertEquals("TA-01: 必須 (3)", Wording.quickFormat("%1$s: %2$s (%3$d)", args));
        assertEquals(true, quick > 100, "quick path taken " + quick + " times");
    }
}
