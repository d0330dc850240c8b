package org.caseframe.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * One step on a rating scale.
 *
 * @param code the stable code stored in assessments, e.g. {@code PARTLY_PRESENT}
 * @param label what a practitioner reads, e.g. "Partly present"
 * @param rank position on the scale; ranks rise strictly from the lowest level to the highest
 * @param rationaleRequired whether a rating at this level must carry a written rationale
 */
public record Level(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String code,

        @NotBlank @Size(max = Limits.SHORT_TEXT) String label,
        int rank,
        boolean rationaleRequired) {

    public Level {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
