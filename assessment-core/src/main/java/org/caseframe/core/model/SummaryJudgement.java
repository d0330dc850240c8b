package org.caseframe.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An assessor-entered summary judgement, such as the level of intent.
 *
 * @param level the code of a level on the judgement's scale
 * @param rationale why; required where the definition demands it
 * @param evidence ids of the evidence the rationale was written from; when empty, it counts as written from all the
 *     evidence its assessment cites
 * @param marking the marking its author states; never below the evidence it cites
 * @param handling a handling restriction its author adds to those of the evidence it cites
 * @param sanitised a sanitised version for a wider audience, if one was written
 */
public record SummaryJudgement(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String level,

        Optional<
                        @Pattern(regexp = Limits.NOT_BLANK, message = "must not be blank") @Size(max = Limits.LONG_TEXT)
                        String>
                rationale,
        List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> evidence,
        Optional<ProtectiveMarking> marking,
        Optional<HandlingRestriction> handling,
        Optional<@Valid Sanitised> sanitised)
        implements Narrative {

    /** A judgement whose rationale is marked by what its assessment cites. */
    public SummaryJudgement(String level, Optional<String> rationale) {
        this(level, rationale, List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public SummaryJudgement {
        Objects.requireNonNull(level, "level");
        rationale = Optionals.orEmpty(rationale);
        evidence = Optionals.list(evidence);
        marking = Optionals.orEmpty(marking);
        handling = Optionals.orEmpty(handling);
        sanitised = Optionals.orEmpty(sanitised);
    }

    @Override
    public Optional<String> narrative() {
        return rationale;
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
