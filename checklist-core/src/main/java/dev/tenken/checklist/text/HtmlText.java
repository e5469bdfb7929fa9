package dev.tenken.checklist.text;

/**
 * Text made safe for HTML element content and double- or single-quoted attributes:
 * {@code & < > " '} become entities; TAB, CR and LF are kept (whitespace in HTML); every other
 * {@linkplain Hidden hidden character} (controls, bidi overrides and isolates) becomes a visible
 * escape such as <code>&#92;u202e</code>; a lone surrogate becomes U+FFFD, so the page always encodes as UTF-8.
 */
public final class HtmlText {
    private HtmlText() {
    }

    /** {@code s} escaped for HTML. */
    public static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            String rep = switch (cp) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\t', '\n', '\r' -> null;
                default -> Hidden.isLoneSurrogate(s, i) ? "\uFFFD" : Hidden.is(cp) ? visible(cp) : null;
            };
            if (rep != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (rep != null) {
                    out.append(rep);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += n;
        }
        return out == null ? s : out.toString();
    }

    private static String visible(int cp) {
        StringBuilder b = new StringBuilder(6);
        Hidden.appendEscape(b, cp);
        return b.toString();
    }
}
