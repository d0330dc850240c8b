package org.caseframe.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rating of one item.
 *
 * @param level the code of a level on the item's scale
 * @param relevance the code of a level on the instrument's relevance scale, if it rates relevance
 * @param evidence ids of the evidence the rating rests on
 * @param rationale why this level; required where the level demands it
 * @param rationaleMarking the rationale's protective marking as its author states it; never below the highest
 *     marking of the evidence cited (see {@link NarrativeMarking#ofRationale})
 * @param rationaleHandling a handling restriction the author puts on the rationale, on top of those of the evidence
 *     cited
 * @param sanitisedRationale a sanitised version of the rationale for a wider audience, if one was written
 */
public record ItemRating(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String level,

        Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> relevance,
        List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> evidence,
        Optional<
                        @Pattern(regexp = Limits.NOT_BLANK, message = "must not be blank") @Size(max = Limits.LONG_TEXT)
                        String>
                rationale,
        Optional<ProtectiveMarking> rationaleMarking,
        Optional<HandlingRestriction> rationaleHandling,
        Optional<@Valid Sanitised> sanitisedRationale)
        implements Narrative {

    /** A rating whose rationale is marked by the evidence it cites alone. */
    public ItemRating(String level, Optional<String> relevance, List<String> evidence, Optional<String> rationale) {
        this(level, relevance, evidence, rationale, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A rating whose rationale has no sanitised version. */
    public ItemRating(
            String level,
            Optional<String> relevance,
            List<String> evidence,
            Optional<String> rationale,
            Optional<ProtectiveMarking> rationaleMarking,
            Optional<HandlingRestriction> rationaleHandling) {
        this(level, relevance, evidence, rationale, rationaleMarking, rationaleHandling, Optional.empty());
    }

    public ItemRating {
        Objects.requireNonNull(level, "level");
        relevance = Optionals.orEmpty(relevance);
        evidence = Optionals.list(evidence);
        rationale = Optionals.orEmpty(rationale);
        rationaleMarking = Optionals.orEmpty(rationaleMarking);
        rationaleHandling = Optionals.orEmpty(rationaleHandling);
        sanitisedRationale = Optionals.orEmpty(sanitisedRationale);
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
        return rationaleMarking;
    }

    @Override
    public Optional<HandlingRestriction> statedHandling() {
        return rationaleHandling;
    }

    @Override
    public Optional<Sanitised> sanitised() {
        return sanitisedRationale;
    }
}
