package org.caseframe.core.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.model.Level;
import org.caseframe.core.model.RatingScale;
import org.caseframe.core.model.Scoring;
import org.caseframe.core.model.SummaryJudgement;

/**
 * Applies an instrument's {@link Scoring} to an assessment: counts, bands, triggers, and how the assessor's judgement
 * relates to the suggestion. Assumes the assessment is valid against the definition (see {@code AssessmentValidator}).
 */
public final class Scorer {
    private Scorer() {}

    /** The scoring result, or empty if the instrument has no scoring. */
    public static Optional<ScoringResult> score(InstrumentDefinition definition, Assessment assessment) {
        if (definition.scoring().isEmpty()) {
            return Optional.empty();
        }
        Scoring scoring = definition.scoring().get();
        RatingScale scale = definition
                .judgement(scoring.judgement())
                .flatMap(j -> definition.scale(j.scale()))
                .orElseThrow(() -> new IllegalArgumentException(
                        definition.ref() + " scores judgement " + scoring.judgement() + ", which it does not define"));
        List<String> reasons = new ArrayList<>();
        Level suggested = scale.levels().get(0);
        Optional<Integer> count = Optional.empty();
        if (scoring.count().isPresent()) {
            Scoring.Count c = scoring.count().get();
            int n = (int) assessment.ratings().values().stream()
                    .map(ItemRating::level)
                    .filter(c.level()::equals)
                    .count();
            count = Optional.of(n);
            Scoring.CountBand band = c.bands().stream()
                    .filter(b -> b.max().map(max -> n <= max).orElse(true))
                    .findFirst()
                    .orElseThrow();
            suggested = level(scale, band.level());
            reasons.add(
                    n + " of " + definition.items().size() + " items answered " + c.level() + ": " + suggested.label());
        }
        for (Scoring.Trigger t : scoring.triggers()) {
            boolean fired = assessment
                    .rating(t.item())
                    .map(r -> r.level().equals(t.level()))
                    .orElse(false);
            if (fired) {
                Level floor = level(scale, t.atLeast());
                reasons.add(t.reason() + ": at least " + floor.label());
                if (floor.rank() > suggested.rank()) {
                    suggested = floor;
                }
            }
        }
        Optional<String> decided = assessment.judgement(scoring.judgement()).map(SummaryJudgement::level);
        int suggestedRank = suggested.rank();
        boolean raised =
                decided.flatMap(scale::level).map(l -> l.rank() > suggestedRank).orElse(false);
        return Optional.of(new ScoringResult(scoring.judgement(), count, suggested.code(), decided, reasons, raised));
    }

    private static Level level(RatingScale scale, String code) {
        return scale.level(code)
                .orElseThrow(() -> new IllegalArgumentException("level " + code + " is not on scale " + scale.id()));
    }
}
