package dev.tenken.checklist;

import java.util.Objects;
import java.util.Optional;

/**
 * An answer for one item, with what the organisation wrote beside it.
 *
 * @param status   the answer
 * @param note     free text; for {@code not_applicable}, the reason (SPEC section 3: without one
 *                 the item stays applicable and unanswered)
 * @param evidence where the evidence is (document, ticket, ...)
 * @param waiver   an accepted risk, if any
 * @since 0.1
 */
public record Answer(AnswerStatus status, Optional<String> note, Optional<String> evidence, Optional<Waiver> waiver) {
    /** Rejects null. */
    public Answer {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(waiver, "waiver");
    }

    /** An answer with a note and evidence but no waiver. */
    public Answer(AnswerStatus status, Optional<String> note, Optional<String> evidence) {
        this(status, note, evidence, Optional.empty());
    }

    /** An answer with no note, evidence or waiver. */
    public static Answer of(AnswerStatus status) {
        return new Answer(status, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether the note gives a reason: not empty and not blank. */
    public boolean hasReason() {
        return note.filter(n -> !n.isBlank()).isPresent();
    }
}
