package org.caseframe.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened which ends a period of stability, such as a recall, arrest or licence breach. Policies
 * that step management down after a stable period count from the latest of these.
 *
 * @param date when it happened
 * @param kind what kind of event
 * @param summary what happened, in a line
 * @param evidence ids of evidence recording it
 * @param marking the marking its author states; never below the evidence it cites
 * @param handling a handling restriction its author adds to those of the evidence it cites
 * @param sanitised a sanitised version for a wider audience, if one was written
 */
public record AdverseEvent(
        LocalDate date,
        EventKind kind,
        @NotBlank @Size(max = Limits.SHORT_TEXT * 5) String summary,
        List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> evidence,
        Optional<ProtectiveMarking> marking,
        Optional<HandlingRestriction> handling,
        Optional<@Valid Sanitised> sanitised)
        implements Narrative {

    /** An event whose summary is marked by the evidence it cites alone. */
    public AdverseEvent(LocalDate date, EventKind kind, String summary, List<String> evidence) {
        this(date, kind, summary, evidence, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public AdverseEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        evidence = Optionals.list(evidence);
        marking = Optionals.orEmpty(marking);
        handling = Optionals.orEmpty(handling);
        sanitised = Optionals.orEmpty(sanitised);
    }

    @Override
    public Optional<String> narrative() {
        return Optional.of(summary);
    }

    @Override
    public List<String> cites() {
        return evidence;
    }

    @Override
    public Optional<ProtectiveMarking> statedMarking() {
        return marking;
    }

    @Override
    public Optional<HandlingRestriction> statedHandling() {
        return handling;
    }
}
