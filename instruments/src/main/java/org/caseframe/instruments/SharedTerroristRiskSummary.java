package org.caseframe.instruments;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.Audience;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.Evidence;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.Item;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.model.Level;
import org.caseframe.core.model.ProtectiveMarking;

/**
 * What a terrorist-risk (Pathfinder-style) assessment tells the prison and community offender managers: the presenting
 * risk and why, each behaviour of concern present and how recent, the summary written for them and the evidence they
 * may see. Evidence above their clearance or under a handling restriction is left out and only counted, so the summary
 * can always be shared (inspection 2023, recommendations 7 and 8).
 *
 * @param assessmentId the assessment summarised
 * @param instrument the instrument and version it was made under
 * @param presentingRisk the assessor's level of presenting terrorist risk
 * @param rationale why
 * @param behaviours each behaviour of concern rated present, most recent first
 * @param summary the summary the assessor wrote for offender managers
 * @param recommendations the recommended management and interventions
 * @param evidence the evidence behind the behaviours that this audience may see
 * @param withheldEvidence how many pieces of evidence were left out for this audience
 */
public record SharedTerroristRiskSummary(
        String assessmentId,
        String instrument,
        String presentingRisk,
        String rationale,
        List<Behaviour> behaviours,
        String summary,
        String recommendations,
        List<Evidence> evidence,
        int withheldEvidence) {

    /** Prison and community offender managers: OFFICIAL-SENSITIVE, no handling permissions. */
    public static final Audience OFFENDER_MANAGERS =
            Audience.cleared("Prison and community offender managers", ProtectiveMarking.OFFICIAL_SENSITIVE);

    public SharedTerroristRiskSummary {
        behaviours = List.copyOf(behaviours);
        evidence = List.copyOf(evidence);
    }

    /**
     * A behaviour of concern that is present.
     *
     * @param id the item id
     * @param label what the behaviour is
     * @param recency how recent, as the scale labels it
     */
    public record Behaviour(String id, String label, String recency) {}

    /** The summary for {@link #OFFENDER_MANAGERS}. */
    public static SharedTerroristRiskSummary forOffenderManagers(
            CaseFile caseFile, InstrumentDefinition definition, Assessment assessment) {
        return forAudience(caseFile, definition, assessment, OFFENDER_MANAGERS);
    }

    /** The summary for any audience: only evidence it may see is included. */
    public static SharedTerroristRiskSummary forAudience(
            CaseFile caseFile, InstrumentDefinition definition, Assessment assessment, Audience audience) {
        Objects.requireNonNull(audience, "audience");
        if (!definition.ref().equals(assessment.instrument())) {
            throw new IllegalArgumentException(
                    "assessment " + assessment.id() + " was made under " + assessment.instrument());
        }
        record Present(Item item, Level level) {}
        List<Present> present = new ArrayList<>();
        List<String> evidenceIds = new ArrayList<>();
        for (Item item : definition.items()) {
            Optional<ItemRating> rating = assessment.rating(item.id());
            Optional<Level> level =
                    rating.flatMap(r -> definition.scale(item.scale()).flatMap(s -> s.level(r.level())));
            if (level.isPresent() && level.get().rank() > 0) {
                present.add(new Present(item, level.get()));
                rating.get().evidence().stream()
                        .filter(id -> !evidenceIds.contains(id))
                        .forEach(evidenceIds::add);
            }
        }
        present.sort((a, b) -> Integer.compare(b.level().rank(), a.level().rank()));
        List<Evidence> visible = new ArrayList<>();
        int withheld = 0;
        for (String id : evidenceIds) {
            Optional<Evidence> e = caseFile.evidence(id);
            if (e.isPresent() && audience.maySee(e.get())) {
                visible.add(e.get());
            } else if (e.isPresent()) {
                withheld++;
            }
        }
        String judgement = definition.judgements().isEmpty()
                ? ""
                : definition.judgements().get(0).id();
        return new SharedTerroristRiskSummary(
                assessment.id(),
                assessment.instrument().toString(),
                assessment.judgement(judgement).map(j -> j.level()).orElse("NOT_GIVEN"),
                assessment.judgement(judgement).flatMap(j -> j.rationale()).orElse(""),
                present.stream()
                        .map(p -> new Behaviour(
                                p.item().id(), p.item().label(), p.level().label()))
                        .toList(),
                assessment.formulation().getOrDefault("SHAREABLE_SUMMARY", ""),
                assessment.formulation().getOrDefault("RECOMMENDATIONS", ""),
                visible,
                withheld);
    }
}
