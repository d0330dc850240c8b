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
import org.caseframe.core.model.Narratives;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.core.redaction.Redaction;

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
 * @param marking the highest marking of anything included
 * @param withheld what was withheld, by kind and marking (evidence and narrative written from material this audience
 *     may not see)
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
        int withheldEvidence,
        ProtectiveMarking marking,
        List<String> withheld) {

    /** Prison and community offender managers: OFFICIAL-SENSITIVE, no handling permissions. */
    public static final Audience OFFENDER_MANAGERS =
            Audience.cleared("Prison and community offender managers", ProtectiveMarking.OFFICIAL_SENSITIVE);

    public SharedTerroristRiskSummary {
        behaviours = List.copyOf(behaviours);
        evidence = List.copyOf(evidence);
        withheld = List.copyOf(withheld);
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

    /**
     * The summary for any audience, through the one redaction stage: only evidence and narrative it may see are
     * included (or a sanitised version of the narrative); the rest is counted by kind and marking.
     */
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
        Redaction redaction = Redaction.forAudience(audience, caseFile::evidence);
        Narratives narratives = Narratives.of(caseFile);
        List<Evidence> visible = new ArrayList<>();
        int withheld = 0;
        for (String id : evidenceIds) {
            Optional<Evidence> e = caseFile.evidence(id);
            if (e.isPresent()) {
                Optional<Evidence> shown = redaction.evidence(id);
                if (shown.isPresent()) {
                    visible.add(shown.get());
                } else {
                    withheld++;
                }
            }
        }
        String judgement = definition.judgements().isEmpty()
                ? ""
                : definition.judgements().get(0).id();
        String rationale =
                redaction.text(narratives.judgement(assessment, judgement)).orElse("");
        String summary = redaction
                .text(narratives.formulation(assessment, "SHAREABLE_SUMMARY"))
                .orElse("");
        String recommendations = redaction
                .text(narratives.formulation(assessment, "RECOMMENDATIONS"))
                .orElse("");
        List<Behaviour> behaviours = present.isEmpty()
                        || redaction.includeIfCleared(
                                ProtectiveMarking.OFFICIAL_SENSITIVE,
                                "the behaviours of concern an assessment found",
                                "list of behaviours of concern")
                ? present.stream()
                        .map(p -> new Behaviour(
                                p.item().id(), p.item().label(), p.level().label()))
                        .toList()
                : List.of();
        Redaction.Summary done = redaction.summary();
        return new SharedTerroristRiskSummary(
                assessment.id(),
                assessment.instrument().toString(),
                assessment.judgement(judgement).map(j -> j.level()).orElse("NOT_GIVEN"),
                rationale,
                behaviours,
                summary,
                recommendations,
                visible,
                withheld,
                done.marking(),
                done.withheld());
    }
}
