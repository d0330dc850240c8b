package org.caseframe.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plausible way harm could come about, written as part of a formulation.
 *
 * @param title a short name, e.g. "Return to online networks after release"
 * @param description who might be harmed, how, when, and what would warn of it
 * @param evidence ids of the evidence it was written from; when empty, it counts as written from all the evidence
 *     its assessment cites
 * @param marking the marking its author states; never below the evidence it cites
 * @param handling a handling restriction its author adds to those of the evidence it cites
 * @param sanitised a sanitised version for a wider audience, if one was written
 */
public record RiskScenario(
        @NotBlank @Size(max = Limits.SHORT_TEXT) String title,
        @NotBlank @Size(max = Limits.LONG_TEXT) String description,
        List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> evidence,
        Optional<ProtectiveMarking> marking,
        Optional<HandlingRestriction> handling,
        Optional<@Valid Sanitised> sanitised)
        implements Narrative {

    /** A scenario marked by what its assessment cites. */
    public RiskScenario(String title, String description) {
        this(title, description, List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public RiskScenario {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        evidence = Optionals.list(evidence);
        marking = Optionals.orEmpty(marking);
        handling = Optionals.orEmpty(handling);
        sanitised = Optionals.orEmpty(sanitised);
    }

    /** The title and the description: both were written from the evidence. */
    @Override
    public Optional<String> narrative() {
        return Optional.of(title + ": " + description);
    }

    @Override
    public List<String> cites() {
        return evidence;
    }

    @Override
    public Optional<ProtectiveMarking> statedMarking() {
        return marking;
    }

    @Override
    public Optional<HandlingRestriction> statedHandling() {
        return handling;
    }
}
