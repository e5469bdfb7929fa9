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

    /** Appends text, escaped for element content. */
    Html text(Object value) {
        sb.append(escape(String.valueOf(value)));
        return this;
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
