package dev.tenken.checklist.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text from a checklist made safe for YAML that Tenken writes (answers templates).
 *
 * <ul>
 *   <li>{@link #comment}: folded to one line (CR, LF, NEL, U+2028, U+2029, TAB become spaces, as
 *       YAML 1.1 readers such as SnakeYAML break lines at NEL and the separators too); every other
 *       {@linkplain Hidden hidden character} and lone surrogate becomes a visible escape such as
 *       <code>&#92;u0007</code>, so a comment can neither end early nor hold a character YAML forbids
 *   <li>{@link #quoted}: a double-quoted scalar; {@code "} and {@code \} are escaped, and every hidden
 *       character, lone surrogate and character outside YAML's printable set as {@code \t},
 *       {@code \n}, {@code \r} or {@code \}{@code uXXXX}, so it reads back as the same string
 *   <li>{@link #scalar}: a plain scalar when that reads back as the same string (a letter, then
 *       letters, digits, {@code . _ -}, and not a YAML 1.1 boolean or null word), else {@link #quoted}
 * </ul>
 */
public final class YamlText {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,127}");
    private static final Set<String> WORDS = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

    private YamlText() {
    }

    /** {@code s} as the text of a YAML comment: one line, nothing YAML forbids. */
    public static String comment(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Hidden.isLoneSurrogate(s, i)) {
                Hidden.appendEscape(b, s.charAt(i));
                i++;
                continue;
            }
            if (cp == '\t' || Hidden.isLineBreak(cp)) {
                b.append(' ');
                if (cp == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (Hidden.is(cp)) {
                Hidden.appendEscape(b, cp);
            } else {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** {@code s} as a YAML scalar: plain when that is safe, else double-quoted. */
    public static String scalar(String s) {
        return PLAIN.matcher(s).matches() && !WORDS.contains(s.toLowerCase(Locale.ROOT)) ? s : quoted(s);
    }

    /** {@code s} as a double-quoted YAML scalar on one line. */
    public static String quoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8).append('"');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Hidden.isLoneSurrogate(s, i)) {
                Hidden.appendEscape(b, s.charAt(i));
                i++;
                continue;
            }
            if (cp == '"' || cp == '\\') {
                b.append('\\').append((char) cp);
            } else if (Hidden.is(cp) || !printable(cp)) {
                Hidden.appendEscape(b, cp);
            } else {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.append('"').toString();
    }

    /** YAML 1.1's printable set, which SnakeYAML enforces on input. */
    private static boolean printable(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0x7E) || cp == 0x85
                || (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
