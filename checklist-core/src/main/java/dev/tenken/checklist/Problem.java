package dev.tenken.checklist;

import dev.tenken.checklist.text.TerminalText;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a checklist, a self-assessment or a rule file.
 *
 * @param source  file name or other source description
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param itemId  the item (or key) the problem concerns, if any
 * @param message plain-language message
 * @since 0.1
 */
public record Problem(String source, int line, int column, Optional<String> itemId, String message) {

    /**
     * Rejects null.
     *
     * @param source  file name or other source description
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param itemId  the item (or key) the problem concerns, empty when none
     * @param message plain-language message
     */
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A problem with no item.
     *
     * @param source  file name or other source description
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param message plain-language message
     * @return the problem
     */
    public static Problem at(String source, int line, int column, String message) {
        return new Problem(source, line, column, Optional.empty(), message);
    }

    /**
     * {@code file:line:column: item 'X': message}, leaving out what is not known: always exactly
     * one line. Source, item and message are escaped for a terminal, so a control character,
     * bidi override or line break in a file name, key, id or quoted value is shown as an escape
     * such as {@code \n} or <code>&#92;u001b</code> and cannot split the line or forge another location.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(TerminalText.escape(source));
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        itemId.ifPresent(id -> b.append("item '").append(TerminalText.escape(id)).append("': "));
        return b.append(TerminalText.escape(message)).toString();
    }
}
