package dev.tenken.checklist.text;

/**
 * Text from a checklist, an answers file, a report or a command line made safe for a terminal
 * (the text report, {@code diff}'s text, {@code show}, and every problem message): each
 * {@linkplain Hidden hidden character} is written as a visible escape ({@code \n}, {@code \t},
 * <code>&#92;u001b</code>, <code>&#92;u202e</code>), and so is a lone surrogate (<code>&#92;ud800</code>). The result is
 * always one line with no control character, so data can neither move the cursor, recolour
 * the screen, reorder what follows, nor forge a line of its own. Backslashes are kept as they
 * are (Windows paths stay readable): the escapes are for reading, not for decoding back.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** {@code s} with every hidden character and lone surrogate visibly escaped. */
    public static String escape(String s) {
        if (!Hidden.any(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Hidden.isLoneSurrogate(s, i) || Hidden.is(cp)) {
                Hidden.appendEscape(b, cp);
            } else {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /**
     * Ranges of code points a terminal draws two columns wide (East Asian Wide and Fullwidth: kana,
     * kanji, Hangul, fullwidth forms, most emoji), as pairs of first and last, in order.
     */
    private static final int[] WIDE = {
        0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3,
        0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1,
        0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA,
        0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B,
        0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
        0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x2E80, 0x303E,
        0x3041, 0x33FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xA000, 0xA4CF, 0xA960, 0xA97F, 0xAC00, 0xD7A3,
        0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6F, 0xFF00, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x16FE4,
        0x17000, 0x18AFF, 0x1B000, 0x1B2FF, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E,
        0x1F191, 0x1F19A, 0x1F200, 0x1F251, 0x1F300, 0x1F64F, 0x1F680, 0x1F6FF, 0x1F900, 0x1F9FF,
        0x1FA70, 0x1FAFF, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD,
    };

    /**
     * How many columns a terminal gives {@code s}, so that tables of Japanese text line up: two
     * for each wide character (see {@link #WIDE}), none for combining marks and format characters,
     * one for the rest. Characters whose width terminals disagree on (East Asian Ambiguous, such
     * as ○ or ①) count one, as terminals set for Japanese usually do not.
     */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += columns(cp);
        }
        return w;
    }

    private static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0; // drawn on the character before it, or not at all (even in a wide block: the kana voicing marks)
        }
        if (cp < 0x1100) {
            return 1;
        }
        int lo = 0;
        int hi = WIDE.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < WIDE[2 * mid]) {
                hi = mid - 1;
            } else if (cp > WIDE[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return 2;
            }
        }
        return 1;
    }

    /** {@code s} followed by spaces up to {@code columns} columns (as {@link #width} counts them); as it is when wider. */
    public static String padEnd(String s, int columns) {
        int w = width(s);
        return w >= columns ? s : s + " ".repeat(columns - w);
    }

    /** {@code s} after spaces up to {@code columns} columns; as it is when wider. */
    public static String padStart(String s, int columns) {
        int w = width(s);
        return w >= columns ? s : " ".repeat(columns - w) + s;
    }
}
