package dev.tenken.checklist.text;

/**
 * One CSV field (RFC 4180) made safe for spreadsheets: a field starting with {@code = + - @},
 * a TAB, a CR or an LF (OWASP's CSV injection list, plus LF) is prefixed with {@code '} so no
 * spreadsheet reads it as a formula; a field holding a comma, a quote, a CR or an LF is quoted
 * with quotes doubled; a lone surrogate becomes U+FFFD so the file always encodes as UTF-8.
 * Other text is kept as it is: CSV is the machine-readable format.
 */
public final class CsvText {
    private static final String FORMULA_STARTS = "=+-@\t\r\n";

    private CsvText() {
    }

    /** {@code s} as one CSV field. */
    public static String field(String s) {
        String v = Hidden.replaceLoneSurrogates(s);
        if (!v.isEmpty() && FORMULA_STARTS.indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
