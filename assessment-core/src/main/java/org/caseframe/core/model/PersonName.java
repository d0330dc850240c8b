package org.caseframe.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * A name as written, in any script.
 *
 * @param value the name exactly as written, e.g. in Arabic or Urdu script
 * @param use primary, alias or previous
 * @param lang the BCP 47 language tag of the writing (e.g. {@code ar}, {@code ur}), so reports can set direction
 */
public record PersonName(
        @NotBlank @Size(max = Limits.SHORT_TEXT) String value,
        NameUse use,
        Optional<@Pattern(regexp = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$") String> lang) {

    public PersonName {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(use, "use");
        lang = Optionals.orEmpty(lang);
    }
}
