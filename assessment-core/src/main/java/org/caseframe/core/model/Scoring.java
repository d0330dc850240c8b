package org.caseframe.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a checklist-style instrument suggests the level of one of its summary judgements: by counting items answered at a
 * level into bands, and/or by trigger items that set a minimum. The assessor's judgement may raise the suggested level
 * (with a rationale) and, when {@code mayOnlyRaise} is set, never lower it. Structured professional judgement
 * instruments have no scoring: their ratings are never summed.
 *
 * @param judgement the id of the summary judgement this scoring informs
 * @param mayOnlyRaise whether the assessor may only raise, never lower, the suggested level
 * @param count counting of items into bands, if the instrument counts
 * @param triggers items that, at a level, set a minimum for the judgement
 */
public record Scoring(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String judgement,

        boolean mayOnlyRaise,
        Optional<@Valid Count> count,
        List<@Valid Trigger> triggers) {

    public Scoring {
        Objects.requireNonNull(judgement, "judgement");
        count = Optionals.orEmpty(count);
        triggers = Optionals.list(triggers);
    }

    /**
     * Count the items rated at {@code level} and place the count in a band.
     *
     * @param level the level code counted, e.g. {@code YES}
     * @param bands bands in rising order; each applies up to its {@code max}, the last may have none
     */
    public record Count(
            @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            String level,

            List<@Valid CountBand> bands) {
        public Count {
            Objects.requireNonNull(level, "level");
            bands = Optionals.list(bands);
        }
    }

    /**
     * A band of counts.
     *
     * @param max the highest count in this band; absent for the top band
     * @param level the judgement level the band suggests
     */
    public record CountBand(Optional<Integer> max, @NotBlank String level) {
        public CountBand {
            max = Optionals.orEmpty(max);
            Objects.requireNonNull(level, "level");
        }
    }

    /**
     * An item that, rated at {@code level}, sets the judgement to at least {@code atLeast}.
     *
     * @param item the item id
     * @param level the level that triggers
     * @param atLeast the minimum judgement level it sets
     * @param reason why, in words a practitioner reads in the result
     */
    public record Trigger(
            @NotBlank String item,
            @NotBlank String level,
            @NotBlank String atLeast,
            @NotBlank String reason) {
        public Trigger {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(atLeast, "atLeast");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
