package dev.tenken.checklist.diff;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the waiver on one item changed between two reports: a waiver never moves the score, but it
 * decides whether a finding fails the gate, so a reader of progress needs to see these.
 *
 * @param item    item id
 * @param title   the item's title in the later report (the earlier one's if it was removed)
 * @param kind    what changed
 * @param expires the expiry of the waiver the change is about (the later one's, or the earlier one's when removed)
 * @since 0.2
 */
public record WaiverChange(String item, String title, Kind kind, Optional<LocalDate> expires) {
    /**
     * Rejects nulls.
     *
     * @param item    item id
     * @param title   the item's title in the later report (the earlier one's if it was removed)
     * @param kind    what changed
     * @param expires the expiry of the waiver the change is about (the later one's, or the earlier one's when removed)
     */
    public WaiverChange {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(expires, "expires");
    }

    /** The kinds of waiver change. */
    public enum Kind {
        /** A waiver in force now that was not there, or had expired, before. */
        ADDED,
        /** In force before, expired now: the finding counts again. */
        EXPIRED,
        /** There before, gone now. */
        REMOVED;

        /**
         * The lower-case key used in JSON.
         *
         * @return {@code added}, {@code expired} or {@code removed}
         */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
