package org.caseframe.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * One rated item (a factor, question or section) of an instrument.
 *
 * @param id unique within the instrument, e.g. {@code F14}; assessments key their ratings by it
 * @param domain the id of the domain it belongs to
 * @param label its name
 * @param description what it covers, in our own words (never copied from a restricted manual)
 * @param scale the id of the rating scale it is rated on
 * @param required whether a complete assessment must rate it (default {@code true})
 */
public record Item(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String id,

        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String domain,

        @NotBlank @Size(max = Limits.SHORT_TEXT) String label,
        @NotBlank @Size(max = Limits.LONG_TEXT) String description,

        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String scale,

        Boolean required) {

    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(scale, "scale");
        required = required == null ? Boolean.TRUE : required;
    }
}
