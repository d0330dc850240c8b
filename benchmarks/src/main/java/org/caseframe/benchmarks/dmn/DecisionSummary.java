package org.caseframe.benchmarks.dmn;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.caseframe.planning.matrix.ControlType;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.matrix.DmnExport;
import org.caseframe.planning.matrix.InterventionType;

/**
 * The decisions of the control and interventions matrix without their reasons: what Caseframe and a DMN engine
 * evaluating the exported model must agree on.
 *
 * @param nsdManaged whether the case is NSD-managed
 * @param mappaCategory the MAPPA category (0 when not MAPPA-managed)
 * @param mappaLevel the MAPPA level (0 when not MAPPA-managed)
 * @param mappaReviewMonths months to review (0 when not MAPPA-managed)
 * @param controls each control that applies, with its contacts a week (0 when it names none)
 * @param interventions the interventions recommended
 */
public record DecisionSummary(
        boolean nsdManaged,
        int mappaCategory,
        int mappaLevel,
        int mappaReviewMonths,
        Map<ControlType, Integer> controls,
        Set<InterventionType> interventions) {

    public DecisionSummary {
        controls = controls.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(controls));
        interventions = interventions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(interventions));
    }

    /**
     * The summary of a DMN engine's results for the exported model, given each decision's value by its name (null when
     * no rule of its table matched).
     */
    public static DecisionSummary ofDmn(java.util.function.Function<String, Object> valueOfDecision) {
        Map<ControlType, Integer> controls = new EnumMap<>(ControlType.class);
        for (ControlType t : ControlType.values()) {
            Object v = valueOfDecision.apply(DmnExport.decisionName(t));
            if (v != null) {
                controls.put(t, MatrixEngine.number(v));
            }
        }
        Set<InterventionType> interventions = EnumSet.noneOf(InterventionType.class);
        for (InterventionType t : InterventionType.values()) {
            if (valueOfDecision.apply(DmnExport.decisionName(t)) != null) {
                interventions.add(t);
            }
        }
        return new DecisionSummary(
                MatrixEngine.number(valueOfDecision.apply(DmnExport.NSD)) == 1,
                MatrixEngine.number(valueOfDecision.apply(DmnExport.MAPPA_CATEGORY)),
                MatrixEngine.number(valueOfDecision.apply(DmnExport.MAPPA_LEVEL)),
                MatrixEngine.number(valueOfDecision.apply(DmnExport.MAPPA_REVIEW_MONTHS)),
                controls,
                interventions);
    }

    /** The summary of Caseframe's own decisions. */
    public static DecisionSummary of(Decisions d) {
        Map<ControlType, Integer> controls = new EnumMap<>(ControlType.class);
        d.controls().forEach(c -> controls.put(c.type(), c.perWeek().orElse(0)));
        Set<InterventionType> interventions = EnumSet.noneOf(InterventionType.class);
        d.interventions().forEach(i -> interventions.add(i.type()));
        return new DecisionSummary(
                d.nsd().managed(),
                d.mappa().map(Decisions.MappaDecision::category).orElse(0),
                d.mappa().map(Decisions.MappaDecision::level).orElse(0),
                d.mappa().map(Decisions.MappaDecision::reviewMonths).orElse(0),
                controls,
                interventions);
    }
}
