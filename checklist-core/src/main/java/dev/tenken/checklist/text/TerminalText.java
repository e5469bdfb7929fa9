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
}
