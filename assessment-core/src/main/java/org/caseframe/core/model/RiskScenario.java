package org.caseframe.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A plausible way harm could come about, written as part of a formulation.
 *
 * @param title a short name, e.g. "Return to online networks after release"
 * @param description who might be harmed, how, when, and what would warn of it
 */
public record RiskScenario(
        @NotBlank @Size(max = Limits.SHORT_TEXT) String title,
        @NotBlank @Size(max = Limits.LONG_TEXT) String description) {
    public RiskScenario {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }
}
