package org.caseframe.core.model;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who countersigned an assessment, and when.
 *
 * @param by the countersigner
 * @param date the date of countersignature
 */
public record Countersignature(@Valid Practitioner by, LocalDate date) {
    public Countersignature {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(date, "date");
    }
}
