package org.caseframe;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Objects;
import org.caseframe.planning.plan.SentencePlan;

/**
 * A sentence plan as one audience receives it, through the same redaction stage as the reports: the marking of what
 * it holds and why, and who it is for. In JSON the plan's own fields follow these three at the top level, so a reader
 * of plain plan JSON reads this too.
 *
 * @param audience who it is for
 * @param marking the highest marking of anything it includes
 * @param markingReason why, naming the item that sets the marking
 * @param plan the plan
 */
@JsonPropertyOrder({"audience", "marking", "markingReason"})
public record PlanForAudience(
        String audience,
        String marking,
        String markingReason,
        @JsonUnwrapped SentencePlan plan) {
    public PlanForAudience {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(marking, "marking");
        Objects.requireNonNull(markingReason, "markingReason");
        Objects.requireNonNull(plan, "plan");
    }
}
