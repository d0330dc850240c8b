package org.caseframe.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An enquiry of another agency, such as the police domestic-abuse check the 2023 inspection found missing in a third
 * of cases.
 *
 * @param kind what was asked
 * @param date when it was asked
 * @param transitionPoint the point in the case it was asked at
 * @param outcome what came back
 * @param note a summary of the answer
 * @param evidence ids of evidence recording the answer
 * @param noteMarking the marking of the note as its author states it; never below the evidence cited
 * @param noteHandling a handling restriction on the note, on top of those of the evidence cited
 * @param sanitisedNote a sanitised version of the note for a wider audience, if one was written
 */
public record Check(
        CheckKind kind,
        LocalDate date,
        TransitionPoint transitionPoint,
        CheckOutcome outcome,
        Optional<
                        @Pattern(regexp = Limits.NOT_BLANK, message = "must not be blank") @Size(max = Limits.LONG_TEXT)
                        String>
                note,
        List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> evidence,
        Optional<ProtectiveMarking> noteMarking,
        Optional<HandlingRestriction> noteHandling,
        Optional<@Valid Sanitised> sanitisedNote)
        implements Narrative {

    /** A check whose note is marked by the evidence it cites alone. */
    public Check(
            CheckKind kind,
            LocalDate date,
            TransitionPoint transitionPoint,
            CheckOutcome outcome,
            Optional<String> note,
            List<String> evidence) {
        this(
                kind,
                date,
                transitionPoint,
                outcome,
                note,
                evidence,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public Check {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(transitionPoint, "transitionPoint");
        Objects.requireNonNull(outcome, "outcome");
        note = Optionals.orEmpty(note);
        evidence = Optionals.list(evidence);
        noteMarking = Optionals.orEmpty(noteMarking);
        noteHandling = Optionals.orEmpty(noteHandling);
        sanitisedNote = Optionals.orEmpty(sanitisedNote);
    }

    @Override
    public Optional<String> narrative() {
        return note;
    }

    @Override
    public List<String> cites() {
        return evidence;
    }

    @Override
    public Optional<ProtectiveMarking> statedMarking() {
        return noteMarking;
    }

    @Override
    public Optional<HandlingRestriction> statedHandling() {
        return noteHandling;
    }

    @Override
    public Optional<Sanitised> sanitised() {
        return sanitisedNote;
    }
}
