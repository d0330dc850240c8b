package org.caseframe.planning.plan;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.profile.Factor;

/**
 * The marking of what a sentence plan holds, and the item that sets it. A plan holds decisions, dates and references,
 * never evidence or narrative; but one that lists what assessments found (factor ratings, risk levels, needs) or
 * decides from them says something about the person that is OFFICIAL-SENSITIVE.
 *
 * @param marking the marking
 * @param reason what sets it, naming the first such item, e.g. "assessment results (objective OBJ-1 addresses
 *     erg22plus@1.0 F1 ...)"
 */
public record PlanMarking(ProtectiveMarking marking, String reason) {
    public PlanMarking {
        Objects.requireNonNull(marking, "marking");
        Objects.requireNonNull(reason, "reason");
    }

    /** The marking of {@code plan}'s content. */
    public static PlanMarking of(SentencePlan plan) {
        for (SentencePlan.Objective o : plan.objectives()) {
            if (!o.addresses().isEmpty()) {
                return new PlanMarking(
                        ProtectiveMarking.OFFICIAL_SENSITIVE,
                        "assessment results (objective " + o.id() + " addresses "
                                + o.addresses().get(0) + ")");
            }
        }
        Optional<String> decidedFrom = reasons(plan)
                .flatMap(r -> r.matched().entrySet().stream()
                        .filter(PlanMarking::assessmentResult)
                        .map(m -> "rule " + r.rule() + " matched " + m.getKey() + " " + m.getValue()))
                .findFirst();
        return decidedFrom
                .map(d -> new PlanMarking(
                        ProtectiveMarking.OFFICIAL_SENSITIVE, "decisions made from assessment results (" + d + ")"))
                .orElseGet(() ->
                        new PlanMarking(ProtectiveMarking.OFFICIAL, "no assessment results, evidence or narrative"));
    }

    private static boolean assessmentResult(Map.Entry<String, String> matched) {
        return Factor.ofKey(matched.getKey())
                .map(f -> f.kind() == Factor.Kind.RISK)
                .orElse(false);
    }

    private static Stream<Decisions.Reason> reasons(SentencePlan plan) {
        return Stream.of(
                        plan.nsd().reasons().stream(),
                        plan.mappa().map(m -> m.reasons().stream()).orElse(Stream.empty()),
                        plan.controls().stream().flatMap(c -> c.reasons().stream()),
                        plan.interventions().stream().flatMap(i -> i.reasons().stream()))
                .flatMap(s -> s);
    }
}
