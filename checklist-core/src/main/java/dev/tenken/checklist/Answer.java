package dev.tenken.checklist;

import java.util.Objects;
import java.util.Optional;

/**
 * An answer for one item, with an optional note and evidence.
 *
 * @param status   the answer
 * @param note     free text
 * @param evidence where the evidence is (document, ticket, ...)
 * @since 0.1
 */
public record Answer(AnswerStatus status, Optional<String> note, Optional<String> evidence) {
    /** Rejects null. */
    public Answer {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** An answer with no note or evidence. */
    public static Answer of(AnswerStatus status) {
        return new Answer(status, Optional.empty(), Optional.empty());
    }
}
