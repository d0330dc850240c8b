package org.caseframe.instruments;

import java.util.List;
import java.util.Objects;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.scoring.Scorer;
import org.caseframe.core.scoring.ScoringResult;

/**
 * The visit plan a home-visit safety check gives, with its reasons (inspection 2023, recommendation 20).
 *
 * @param suggested the plan the hazards set: STANDARD, TWO_PERSON, WITH_POLICE or DO_NOT_VISIT
 * @param plan the plan that stands, which the practitioner may make safer but never less safe
 * @param reasons each hazard present and the minimum plan it sets
 */
public record HomeVisitPlan(String suggested, String plan, List<String> reasons) {
    public HomeVisitPlan {
        Objects.requireNonNull(suggested, "suggested");
        Objects.requireNonNull(plan, "plan");
        reasons = List.copyOf(reasons);
    }

    /**
     * The plan for a safety check made under a definition such as {@code home-visit-safety@1.0}.
     *
     * @throws IllegalArgumentException if the definition has no scoring
     */
    public static HomeVisitPlan of(InstrumentDefinition definition, Assessment assessment) {
        ScoringResult r = Scorer.score(definition, assessment)
                .orElseThrow(() -> new IllegalArgumentException(definition.ref() + " has no scoring"));
        List<String> reasons = r.reasons().isEmpty() ? List.of("No hazards recorded") : r.reasons();
        return new HomeVisitPlan(r.suggested(), r.level(), reasons);
    }
}
