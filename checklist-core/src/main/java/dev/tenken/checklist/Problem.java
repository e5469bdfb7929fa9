package dev.tenken.checklist;

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

    /** Rejects null. */
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(message, "message");
    }

    /** A problem with no item. */
    public static Problem at(String source, int line, int column, String message) {
        return new Problem(source, line, column, Optional.empty(), message);
    }

    /**
     * {@code file:line:column: item 'X': message}, leaving out what is not known.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        itemId.ifPresent(id -> b.append("item '").append(id).append("': "));
        return b.append(message).toString();
    }
}
