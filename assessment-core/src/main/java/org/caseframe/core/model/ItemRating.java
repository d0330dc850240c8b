package org.caseframe.core.model;

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
        Optional<HandlingRestriction> rationaleHandling) {

    /** A rating whose rationale is marked by the evidence it cites alone. */
    public ItemRating(String level, Optional<String> relevance, List<String> evidence, Optional<String> rationale) {
        this(level, relevance, evidence, rationale, Optional.empty(), Optional.empty());
    }

    public ItemRating {
        Objects.requireNonNull(level, "level");
        relevance = Optionals.orEmpty(relevance);
        evidence = Optionals.list(evidence);
        rationale = Optionals.orEmpty(rationale);
        rationaleMarking = Optionals.orEmpty(rationaleMarking);
        rationaleHandling = Optionals.orEmpty(rationaleHandling);
    }
}
