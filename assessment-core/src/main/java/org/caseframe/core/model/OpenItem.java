package org.caseframe.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case-specific ("+") item the assessor adds because the fixed items miss something that matters in this case.
 *
 * @param id unique within the assessment, e.g. {@code P1}
 * @param label what the factor is
 * @param level the code of a level on the instrument's open-item scale
 * @param evidence ids of the evidence it rests on
 * @param rationale why it matters in this case
 */
public record OpenItem(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String id,

        @NotBlank @Size(max = Limits.SHORT_TEXT) String label,

        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String level,

        List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> evidence,
        Optional<
                        @Pattern(regexp = Limits.NOT_BLANK, message = "must not be blank") @Size(max = Limits.LONG_TEXT)
                        String>
                rationale) {

    public OpenItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(level, "level");
        evidence = Optionals.list(evidence);
        rationale = Optionals.orEmpty(rationale);
    }
}
