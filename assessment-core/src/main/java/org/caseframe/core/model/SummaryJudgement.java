package org.caseframe.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * An assessor-entered summary judgement, such as the level of intent.
 *
 * @param level the code of a level on the judgement's scale
 * @param rationale why; required where the definition demands it
 */
public record SummaryJudgement(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String level,

        Optional<
                        @Pattern(regexp = Limits.NOT_BLANK, message = "must not be blank") @Size(max = Limits.LONG_TEXT)
                        String>
                rationale) {

    public SummaryJudgement {
        Objects.requireNonNull(level, "level");
        rationale = Optionals.orEmpty(rationale);
    }
}
