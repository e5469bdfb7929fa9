package dev.tenken.cli;

/** Whether standard output is an interactive terminal that wants colour. */
final class Terminal {
    private Terminal() {
    }

    /**
     * True when the JVM has a console (stdin and stdout are both terminals) and the
     * <a href="https://no-color.org">NO_COLOR</a> convention is not in force. Piped or
     * redirected output is never coloured.
     */
    static boolean isInteractive() {
        String noColour = System.getenv("NO_COLOR");
        if (noColour != null && !noColour.isEmpty()) {
            return false;
        }
        String term = System.getenv("TERM");
        return System.console() != null && !"dumb".equals(term);
    }
}
