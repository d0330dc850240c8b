package org.caseframe.planning.matrix;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a policy decided for one risk profile. Every decision carries its reasons: which rule of which policy version
 * fired, and the profile values that satisfied it.
 *
 * @param policy the policy as {@code id@version}
 * @param nsd NSD management
 * @param mappa MAPPA management, if any rule calls for it
 * @param controls the controls, in the order of {@link ControlType}
 * @param interventions the interventions, in the order of {@link InterventionType}
 */
public record Decisions(
        String policy,
        NsdDecision nsd,
        Optional<MappaDecision> mappa,
        List<ControlDecision> controls,
        List<InterventionDecision> interventions) {

    public Decisions {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(nsd, "nsd");
        Objects.requireNonNull(mappa, "mappa");
        controls = List.copyOf(controls);
        interventions = List.copyOf(interventions);
    }

    /**
     * Why a decision was made.
     *
     * @param rule the rule id, or {@code default} when no rule applied
     * @param policy the policy as {@code id@version}
     * @param description the rule's description
     * @param matched the profile values that satisfied the rule's conditions, by factor key
     */
    public record Reason(String rule, String policy, String description, Map<String, String> matched) {
        public Reason {
            matched = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(matched));
        }
    }

    /**
     * NSD management.
     *
     * @param managed whether the case is NSD-managed
     * @param adds what NSD management adds, from the rules that placed it there
     * @param reasons why
     */
    public record NsdDecision(boolean managed, List<String> adds, List<Reason> reasons) {
        public NsdDecision {
            adds = List.copyOf(adds);
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * MAPPA management: the highest category and level any rule calls for, and the soonest review.
     *
     * @param category 1 to 4
     * @param level 1 to 3
     * @param reviewMonths months to the next review
     * @param reasons why
     */
    public record MappaDecision(int category, int level, int reviewMonths, List<Reason> reasons) {
        public MappaDecision {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * A control.
     *
     * @param type the control
     * @param policy the policy that decided it, as {@code id@version}
     * @param perWeek the most frequent contact any rule calls for, for contact frequency
     * @param details each rule's detail
     * @param reasons why
     */
    public record ControlDecision(
            ControlType type, String policy, Optional<Integer> perWeek, List<String> details, List<Reason> reasons) {
        public ControlDecision {
            details = List.copyOf(details);
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * An intervention.
     *
     * @param type the intervention
     * @param policy the policy that decided it, as {@code id@version}
     * @param reasons why
     */
    public record InterventionDecision(InterventionType type, String policy, List<Reason> reasons) {
        public InterventionDecision {
            reasons = List.copyOf(reasons);
        }
    }
}
