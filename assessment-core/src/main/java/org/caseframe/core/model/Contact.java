package org.caseframe.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One supervision contact, as counted against the national standards.
 *
 * @param date the day it took place
 * @param kind how it took place
 * @param purpose why, in a line
 * @param by who made it
 */
public record Contact(
        LocalDate date,
        ContactKind kind,
        @NotBlank @Size(max = Limits.SHORT_TEXT * 5) String purpose,
        @Valid Practitioner by) {

    public Contact {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(by, "by");
    }
}
