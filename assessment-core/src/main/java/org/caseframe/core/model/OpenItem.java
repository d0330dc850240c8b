package org.caseframe.core.model;

import jakarta.validation.Valid;
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
 * @param marking the marking its author states for its label and rationale; never below the evidence it cites
 * @param handling a handling restriction its author adds to those of the evidence it cites
 * @param sanitised a sanitised version of the rationale for a wider audience, if one was written
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
                rationale,
        Optional<ProtectiveMarking> marking,
        Optional<HandlingRestriction> handling,
        Optional<@Valid Sanitised> sanitised)
        implements Narrative {

    /** An open item marked by the evidence it cites alone. */
    public OpenItem(String id, String label, String level, List<String> evidence, Optional<String> rationale) {
        this(id, label, level, evidence, rationale, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public OpenItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(level, "level");
        evidence = Optionals.list(evidence);
        rationale = Optionals.orEmpty(rationale);
        marking = Optionals.orEmpty(marking);
        handling = Optionals.orEmpty(handling);
        sanitised = Optionals.orEmpty(sanitised);
    }

    /** The label and the rationale: both were written from the evidence. */
    @Override
    public Optional<String> narrative() {
        return Optional.of(rationale.map(r -> label + ": " + r).orElse(label));
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
