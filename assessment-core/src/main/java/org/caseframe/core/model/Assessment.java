package org.caseframe.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One completed or draft assessment made with a particular instrument version.
 *
 * @param id unique within the case file
 * @param instrument the instrument and version it was made under
 * @param assessor who made it
 * @param started when it was started
 * @param completed when it was completed; required once it is finished
 * @param status draft, complete or countersigned
 * @param countersignature who countersigned it; required when countersigned
 * @param ratings item ratings keyed by item id, in the order written
 * @param openItems case-specific ("+") items
 * @param judgements summary judgements keyed by judgement id
 * @param formulation formulation text keyed by section id, each with what it was written from and its marking
 * @param scenarios risk scenarios
 */
public record Assessment(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String id,

        InstrumentRef instrument,
        @Valid Practitioner assessor,
        LocalDate started,
        Optional<LocalDate> completed,
        AssessmentStatus status,
        Optional<@Valid Countersignature> countersignature,
        Map<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String, @Valid ItemRating> ratings,
        @Size(max = 50) List<@Valid OpenItem> openItems,
        Map<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String, @Valid SummaryJudgement> judgements,
        Map<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String, @Valid FormulationText> formulation,
        @Size(max = 50) List<@Valid RiskScenario> scenarios) {

    public Assessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(assessor, "assessor");
        Objects.requireNonNull(started, "started");
        completed = Optionals.orEmpty(completed);
        Objects.requireNonNull(status, "status");
        countersignature = Optionals.orEmpty(countersignature);
        ratings = Optionals.orderedMap(ratings);
        openItems = Optionals.list(openItems);
        judgements = Optionals.orderedMap(judgements);
        formulation = Optionals.orderedMap(formulation);
        scenarios = Optionals.list(scenarios);
    }

    /** The rating of an item, if it has been rated. */
    public Optional<ItemRating> rating(String itemId) {
        return Optional.ofNullable(ratings.get(itemId));
    }

    /** The summary judgement with this id, if it has been given. */
    public Optional<SummaryJudgement> judgement(String judgementId) {
        return Optional.ofNullable(judgements.get(judgementId));
    }
}
