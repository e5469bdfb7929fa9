package dev.tenken.checklist.text;

/**
 * Text made safe for Markdown written by Tenken: every piece of checklist or answers text in a
 * heading, a table cell, a list item or a paragraph goes through {@link #escape}.
 *
 * <ul>
 *   <li>{@code &}, {@code <}, {@code >} become {@code &amp;}, {@code &lt;}, {@code &gt;}: no raw HTML,
 *       no autolink, no entity from data reaches a renderer
 *   <li>{@code \ ` * _ [ ] | ~ #} are backslash-escaped: no emphasis, code span, link, image,
 *       strikethrough, table cell break or heading
 *   <li>a leading {@code -}, {@code +}, {@code =} and the {@code .} or {@code )} after leading digits
 *       (leading spaces aside) are backslash-escaped: no list, setext heading or ordered list inside
 *       a list item or heading
 *   <li>line breaks and tabs fold to spaces, so text never leaves its cell or line
 *   <li>other {@linkplain Hidden hidden characters} become visible escapes such as <code>&#92;u001b</code>
 *       (a backslash before a letter is literal in Markdown)
 *   <li>a lone surrogate becomes U+FFFD, so the page always encodes as UTF-8
 * </ul>
 *
 * Bare URLs that GitHub turns into links are left alone: they are links, not markup.
 */
public final class MarkdownText {
    private MarkdownText() {
    }

    /** {@code s} made safe anywhere in a Markdown line. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        boolean start = true; // nothing but spaces so far
        int digits = -1; // how many digits came right after the start; -1 when something else did
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (Hidden.isLoneSurrogate(s, i)) {
                b.append('\uFFFD');
            } else if (cp == '\t' || Hidden.isLineBreak(cp)) {
                b.append(' ');
                if (cp == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    n = 2;
                }
            } else if (Hidden.is(cp)) {
                Hidden.appendEscape(b, cp);
            } else {
                switch (cp) {
                    case '&' -> b.append("&amp;");
                    case '<' -> b.append("&lt;");
                    case '>' -> b.append("&gt;");
                    case '\\', '`', '*', '_', '[', ']', '|', '~', '#' -> b.append('\\').append((char) cp);
                    case '-', '+', '=' -> b.append(start ? "\\" : "").append((char) cp);
                    case '.', ')' -> b.append(digits > 0 ? "\\" : "").append((char) cp);
                    default -> b.appendCodePoint(cp);
                }
            }
            boolean digit = cp >= '0' && cp <= '9';
            if (start) {
                start = cp == ' ' || cp == '\t' || Hidden.isLineBreak(cp);
                digits = digit ? 1 : -1;
            } else if (digits >= 0) {
                digits = digit ? digits + 1 : -1;
            }
            i += n;
        }
        return b.toString();
    }
}
