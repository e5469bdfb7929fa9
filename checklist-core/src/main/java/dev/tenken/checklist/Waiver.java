package dev.tenken.checklist;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An accepted risk on one item (SPEC section 3): the organisation knows the item falls short and
 * has decided to live with it until {@code expires}. A waiver never changes status, credit,
 * score or grade; it marks the finding as waived while it is valid (up to and including
 * {@code expires}, compared with the assessment date), so that it no longer fails a gate.
 *
 * @param reason     why the risk is accepted (required, not blank)
 * @param approvedBy who accepted it, if named
 * @param expires    the last day the waiver holds
 * @since 0.2
 */
public record Waiver(String reason, Optional<String> approvedBy, LocalDate expires) {
    /**
     * Rejects a blank reason and nulls.
     *
     * @param reason     why the risk is accepted; not blank
     * @param approvedBy who accepted it, empty when not named
     * @param expires    the last day the waiver holds
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public Waiver {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a waiver needs a reason");
        }
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(expires, "expires");
    }

    /**
     * Whether the waiver still holds on {@code day}.
     *
     * @param day the day to test, usually the assessment date
     * @return true up to and including {@link #expires()}
     */
    public boolean validOn(LocalDate day) {
        return !day.isAfter(expires);
    }
}
