package dev.tenken.web;

/**
 * Builds HTML in which every text is escaped: {@link #text} and {@link #attr} are the only ways to
 * put a value into a page; markup is written with {@link #raw} from constants in this module only.
 */
final class Html {
    private final StringBuilder sb = new StringBuilder(8192);

    /** Appends markup written in this module (never a value from a request or the database). */
    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    /**
     * Appends text, escaped for element content. Bidirectional controls and other control
     * characters are shown as backslash-u escapes, as the library's reports show them: a right-to-left
     * override in an organisation name would otherwise reorder what follows it on the page (a name
     * in the history list could pass for another).
     */
    Html text(Object value) {
        sb.append(escape(visible(String.valueOf(value))));
        return this;
    }

    /** {@code s} with bidirectional and control characters (tab and line ends kept) written as escapes. */
    static String visible(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean hide = (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || (ch >= 0x7F && ch <= 0x9F)
                    || ch == 0x061C || ch == 0x200E || ch == 0x200F || (ch >= 0x202A && ch <= 0x202E)
                    || (ch >= 0x2066 && ch <= 0x2069);
            if (hide && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (hide) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch));
            } else if (out != null) {
                out.append(ch);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Appends {@code  name="value"} with the value escaped for a quoted attribute. */
    Html attr(String name, Object value) {
        sb.append(' ').append(name).append("=\"").append(escape(String.valueOf(value))).append('"');
        return this;
    }

    /** Appends {@code  name} when {@code on}. */
    Html flag(String name, boolean on) {
        if (on) {
            sb.append(' ').append(name);
        }
        return this;
    }

    /** Escapes {@code & < > " '}. */
    static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            String rep = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(rep);
            } else if (out != null) {
                out.append(ch);
            }
        }
        return out == null ? s : out.toString();
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
