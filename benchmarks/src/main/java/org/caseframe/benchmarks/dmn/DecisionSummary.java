package org.caseframe.benchmarks.dmn;

import java.util.HashMap;
import java.util.HashSet;
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

    private static final String CONTROL =
            DmnExport.decisionName(ControlType.of("X")).replaceAll("X$", "");
    private static final String INTERVENTION =
            DmnExport.decisionName(InterventionType.of("X")).replaceAll("X$", "");

    public DecisionSummary {
        controls = Map.copyOf(controls);
        interventions = Set.copyOf(interventions);
    }

    /**
     * The summary of a DMN engine's results for the exported model, given the model's decision names and each
     * decision's value by its name (null when no rule of its table matched).
     */
    public static DecisionSummary ofDmn(
            java.util.Collection<String> decisionNames, java.util.function.Function<String, Object> valueOfDecision) {
        Map<ControlType, Integer> controls = new HashMap<>();
        Set<InterventionType> interventions = new HashSet<>();
        for (String name : decisionNames) {
            if (name.startsWith(CONTROL)) {
                Object v = valueOfDecision.apply(name);
                if (v != null) {
                    controls.put(ControlType.of(name.substring(CONTROL.length())), MatrixEngine.number(v));
                }
            } else if (name.startsWith(INTERVENTION) && valueOfDecision.apply(name) != null) {
                interventions.add(InterventionType.of(name.substring(INTERVENTION.length())));
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
        Map<ControlType, Integer> controls = new HashMap<>();
        d.controls().forEach(c -> controls.put(c.type(), c.perWeek().orElse(0)));
        Set<InterventionType> interventions = new HashSet<>();
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
