package org.caseframe.core.model;

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
        List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> evidence) {

    public Check {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(transitionPoint, "transitionPoint");
        Objects.requireNonNull(outcome, "outcome");
        note = Optionals.orEmpty(note);
        evidence = Optionals.list(evidence);
    }
}
