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
    /**
     * Rejects null; an absent note, evidence or waiver is an empty {@link Optional}.
     *
     * @param status   the answer
     * @param note     free text, empty when none was written
     * @param evidence where the evidence is, empty when none was named
     * @param waiver   an accepted risk, empty when there is none
     */
    public Answer {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(waiver, "waiver");
    }

    /**
     * An answer with a note and evidence but no waiver.
     *
     * @param status   the answer
     * @param note     free text, empty when none was written
     * @param evidence where the evidence is, empty when none was named
     */
    public Answer(AnswerStatus status, Optional<String> note, Optional<String> evidence) {
        this(status, note, evidence, Optional.empty());
    }

    /**
     * An answer with no note, evidence or waiver.
     *
     * @param status the answer
     * @return the bare answer
     */
    public static Answer of(AnswerStatus status) {
        return new Answer(status, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Whether the note gives a reason: not empty and not blank.
     *
     * @return true when the note has non-blank text
     */
    public boolean hasReason() {
        return note.isPresent() && !note.get().isBlank(); // asked for every answer of every evaluation
    }
}
