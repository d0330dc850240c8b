package org.caseframe.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A free-text section of the formulation a psychologist writes, e.g. "pathway into offending".
 *
 * @param id unique within the instrument; assessments key their formulation text by it
 * @param label the section heading
 * @param required whether a complete assessment must write it
 */
public record FormulationSection(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String id,

        @NotBlank @Size(max = Limits.SHORT_TEXT) String label,
        boolean required) {

    public FormulationSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
