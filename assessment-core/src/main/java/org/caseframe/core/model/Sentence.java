package org.caseframe.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * The sentence being served.
 *
 * @param description e.g. "Extended determinate sentence: 6 years custody, 4 years extended licence"
 * @param lengthMonths total custodial term in months, if determinate
 * @param dates the key dates
 */
public record Sentence(
        @NotBlank @Size(max = Limits.SHORT_TEXT * 5) String description,
        Optional<@Min(0) @Max(1200) Integer> lengthMonths,
        @Valid KeyDates dates) {

    public Sentence {
        Objects.requireNonNull(description, "description");
        lengthMonths = Optionals.orEmpty(lengthMonths);
        dates = dates == null ? KeyDates.none() : dates;
    }
}
