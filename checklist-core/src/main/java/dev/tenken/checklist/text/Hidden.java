package dev.tenken.checklist.text;

/**
 * The characters no output of Tenken may carry raw from data: ones a reader cannot see or that
 * change how the rest of a line is shown. Each format's escaper decides what to write instead.
 *
 * <ul>
 *   <li>C0 controls, DEL and C1 controls (U+0000–U+001F, U+007F–U+009F: BEL, ESC, CSI U+009B, NEL U+0085 ...)
 *   <li>line and paragraph separators U+2028, U+2029
 *   <li>every bidirectional formatting character: embeddings and overrides U+202A–U+202E, isolates
 *       U+2066–U+2069, and the marks LRM U+200E, RLM U+200F, ALM U+061C. The marks cannot reorder
 *       text on their own, but they can move neutral characters such as ':' and digits around a
 *       file name or an id, and Japanese and English text never needs them, so they are escaped too
 *   <li>invisible characters that make two ids look alike: zero width space U+200B, word joiner U+2060,
 *       zero width no-break space (byte-order mark) U+FEFF. ZWJ and ZWNJ (U+200C, U+200D) are kept:
 *       emoji sequences use them
 *   <li>noncharacters U+FFFE and U+FFFF
 * </ul>
 *
 * Lone surrogates are a separate case (see {@link #isLoneSurrogate}): they cannot be encoded at all.
 */
public final class Hidden {
    private Hidden() {
    }

    /** Whether {@code cp} is a hidden character as listed above. */
    public static boolean is(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)
                || cp == 0x2028 || cp == 0x2029
                || cp == 0x061C || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF
                || cp == 0xFFFE || cp == 0xFFFF;
    }

    /** Whether {@code cp} breaks a line in some reader: LF, CR, NEL, U+2028, U+2029 (and VT, FF). */
    public static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    /**
     * Whether the code point {@code s.codePointAt(i)} is half of a surrogate pair with no other
     * half: such a string cannot be encoded as UTF-8.
     */
    public static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }

    /** {@code s} with each lone surrogate replaced by U+FFFD. */
    public static String replaceLoneSurrogates(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) && isLoneSurrogate(s, i)) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, '\uFFFD');
            } else if (Character.isHighSurrogate(c)) {
                i++; // the pair's low half
            }
        }
        return b == null ? s : b.toString();
    }

    /** Whether {@code s} holds any hidden character or lone surrogate (a fast path for the escapers). */
    public static boolean any(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c >= 0x0600 && (Character.isSurrogate(c) || is(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Appends {@code cp} as a visible escape: {@code \n}, {@code \r}, {@code \t}, else
     * {@code \}{@code uXXXX} in lower-case hex (two for a code point above U+FFFF).
     */
    public static void appendEscape(StringBuilder b, int cp) {
        switch (cp) {
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append("\\t");
            default -> {
                for (char c : Character.toChars(cp)) {
                    b.append("\\u").append(String.format("%04x", (int) c));
                }
            }
        }
    }
}
