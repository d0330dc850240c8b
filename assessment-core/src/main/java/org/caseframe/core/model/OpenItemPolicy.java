package org.caseframe.core.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * How many open, case-specific ("+") items an assessment may add, and the scale they are rated on.
 *
 * @param max the most open items allowed
 * @param scale the id of the scale they are rated on
 */
public record OpenItemPolicy(
        @Min(0) @Max(50) int max,

        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String scale) {
    public OpenItemPolicy {
        Objects.requireNonNull(scale, "scale");
    }
}
