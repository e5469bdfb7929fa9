package dev.tenken.checklist;

import java.util.Objects;

/**
 * A document a checklist is based on.
 *
 * @param title   the document's title
 * @param section the part used, possibly empty
 * @since 0.1
 */
public record SourceRef(String title, String section) {
    /**
     * Rejects null.
     *
     * @param title   the document's title
     * @param section the part used, possibly empty but not null
     */
    public SourceRef {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(section, "section");
    }
}
