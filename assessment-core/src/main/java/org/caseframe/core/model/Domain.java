package org.caseframe.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of items judged together, e.g. the engagement domain of an extremism instrument.
 *
 * @param id unique within the instrument
 * @param label what a practitioner reads
 * @param description what the domain covers, in our own words
 */
public record Domain(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String id,

        @NotBlank @Size(max = Limits.SHORT_TEXT) String label,
        Optional<
                        @Pattern(regexp = Limits.NOT_BLANK, message = "must not be blank") @Size(max = Limits.LONG_TEXT)
                        String>
                description) {

    public Domain {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        description = Optionals.orEmpty(description);
    }
}
