package org.caseframe.core.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an instrument's scoring suggests and what the assessor decided.
 *
 * @param judgement the id of the judgement scored
 * @param count how many items were answered at the counted level, if the instrument counts
 * @param suggested the level the count and triggers suggest
 * @param decided the level the assessor entered, if any
 * @param reasons why the suggested level is what it is: the count's band and each trigger that fired
 * @param raisedByJudgement whether the assessor raised the level above the suggestion
 */
public record ScoringResult(
        String judgement,
        Optional<Integer> count,
        String suggested,
        Optional<String> decided,
        List<String> reasons,
        boolean raisedByJudgement) {

    public ScoringResult {
        Objects.requireNonNull(judgement, "judgement");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(suggested, "suggested");
        Objects.requireNonNull(decided, "decided");
        reasons = List.copyOf(reasons);
    }

    /** The level that stands: the assessor's where entered, else the suggestion. */
    public String level() {
        return decided.orElse(suggested);
    }
}
