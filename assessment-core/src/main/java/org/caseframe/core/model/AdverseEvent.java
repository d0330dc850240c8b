package org.caseframe.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something that happened which ends a period of stability, such as a recall, arrest or licence breach. Policies
 * that step management down after a stable period count from the latest of these.
 *
 * @param date when it happened
 * @param kind what kind of event
 * @param summary what happened, in a line
 * @param evidence ids of evidence recording it
 */
public record AdverseEvent(
        LocalDate date,
        EventKind kind,
        @NotBlank @Size(max = Limits.SHORT_TEXT * 5) String summary,
        List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> evidence) {

    public AdverseEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        evidence = Optionals.list(evidence);
    }
}
