package org.caseframe.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A person acting on the case: an assessor, countersigner, decision maker or contact.
 *
 * @param name their name
 * @param role their role, e.g. "Forensic psychologist", "Senior probation officer"
 */
public record Practitioner(
        @NotBlank @Size(max = Limits.SHORT_TEXT) String name,
        @NotBlank @Size(max = Limits.SHORT_TEXT) String role) {
    public Practitioner {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
