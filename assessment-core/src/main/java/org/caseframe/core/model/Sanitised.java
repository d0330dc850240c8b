package org.caseframe.core.model;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * A sanitised version of restricted narrative: a separate text, written so that a wider audience may read it, with
 * its own marking, the way counter-terrorism policing writes a sanitised summary of intelligence. It may be marked
 * below the material the original was written from only because a person decided so, and that decision is a
 * decision-log record naming who sanitised it and when.
 *
 * @param text the sanitised text
 * @param marking its protective marking
 * @param handling a handling restriction on it, if any
 * @param decision the sequence number of the decision-log record of the sanitisation
 */
public record Sanitised(
        @NotBlank @Size(max = Limits.LONG_TEXT) String text,
        ProtectiveMarking marking,
        Optional<HandlingRestriction> handling,
        @Min(1) int decision) {

    public Sanitised {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(marking, "marking");
        handling = Optionals.orEmpty(handling);
    }
}
