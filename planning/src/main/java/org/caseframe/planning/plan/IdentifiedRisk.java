package org.caseframe.planning.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * A risk or need the assessments identified, which the plan must cover with an objective or control
 * (recommendation 13).
 *
 * @param kind the kind, naming its objective template (e.g. {@code ERG_INTENT}, {@code OASYS_NEED})
 * @param description what it is and where it came from, e.g. "erg22plus@1.0 F16 Dehumanisation of the enemy"
 * @param oasysSection for a need from an OASys-style section, its number
 */
public record IdentifiedRisk(String kind, String description, Optional<Integer> oasysSection) {
    public IdentifiedRisk {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        oasysSection = oasysSection == null ? Optional.empty() : oasysSection;
    }

    /** A risk that is not an OASys-style section. */
    public IdentifiedRisk(String kind, String description) {
        this(kind, description, Optional.empty());
    }
}
