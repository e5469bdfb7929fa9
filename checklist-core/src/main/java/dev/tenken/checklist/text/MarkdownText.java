package dev.tenken.checklist.text;

/** Text made safe for Markdown written by Tenken. */
public final class MarkdownText {
    private MarkdownText() {
    }

    /** Text safe inside a table cell: backslashes and pipes escaped, line breaks folded to spaces. */
    public static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
