package dev.tenken.checklist.report;

import dev.tenken.checklist.Waiver;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A waiver as a report shows it: as given, and whether it had expired on the assessment date.
 *
 * @param reason     why the risk is accepted
 * @param approvedBy who accepted it, if named
 * @param expires    the last day it holds
 * @param expired    whether {@code expires} is before the assessment date
 * @since 0.2
 */
public record WaiverResult(String reason, Optional<String> approvedBy, LocalDate expires, boolean expired) {
    /**
     * The waiver as it stands on {@code day}.
     *
     * @param w   the waiver as given
     * @param day the assessment date
     * @return the waiver, expired when {@code day} is after its last day
     */
    public static WaiverResult of(Waiver w, LocalDate day) {
        return new WaiverResult(w.reason(), w.approvedBy(), w.expires(), !w.validOn(day));
    }
}
