package org.caseframe.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A judgement the assessor enters (never computes), e.g. the level of engagement.
 *
 * @param id unique within the instrument
 * @param label what a practitioner reads
 * @param scale the id of the scale it is given on
 * @param rationaleRequired whether every judgement must carry a written rationale
 */
public record SummaryJudgementDefinition(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String id,

        @NotBlank @Size(max = Limits.SHORT_TEXT) String label,

        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String scale,

        boolean rationaleRequired) {

    public SummaryJudgementDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scale, "scale");
    }
}
