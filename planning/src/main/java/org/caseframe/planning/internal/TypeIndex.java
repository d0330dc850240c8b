package org.caseframe.planning.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseframe.planning.matrix.ControlType;
import org.caseframe.planning.matrix.InterventionType;
import org.caseframe.planning.matrix.Policy;

/**
 * A position for each control and intervention one policy may decide on (the bundled vocabulary's, then the policy's
 * own), so decisions can be bits in a {@code long}, and for each control some rule gives a number a week, so the
 * numbers can be four bits each. {@code Policies} keeps a policy within the limits. Not API. Immutable.
 */
public final class TypeIndex {
    private final List<ControlType> controls;
    private final List<InterventionType> interventions;
    private final Map<ControlType, Integer> controlAt = new HashMap<>();
    private final Map<InterventionType, Integer> interventionAt = new HashMap<>();
    private final Map<ControlType, Integer> numberedAt = new HashMap<>();

    private TypeIndex(Policy policy) {
        this.controls = policy.controlTypes();
        this.interventions = policy.interventionTypes();
        for (int i = 0; i < controls.size(); i++) {
            controlAt.put(controls.get(i), i);
        }
        for (int i = 0; i < interventions.size(); i++) {
            interventionAt.put(interventions.get(i), i);
        }
        Set<ControlType> numbered = new LinkedHashSet<>();
        policy.rules()
                .forEach(r -> r.then().controls().stream()
                        .filter(c -> c.perWeek().isPresent())
                        .forEach(c -> numbered.add(c.type())));
        numbered.forEach(c -> numberedAt.put(c, numberedAt.size()));
        if (controls.size() > 64 || interventions.size() > 64 || numberedAt.size() > 16) {
            throw new IllegalArgumentException("policy " + policy.ref() + " decides on more controls or interventions"
                    + " than a policy may; Policies reports this when it is read");
        }
    }

    /** The positions for a policy that {@code Policies} has checked. */
    public static TypeIndex of(Policy policy) {
        return new TypeIndex(policy);
    }

    /** The controls, in position order. */
    public List<ControlType> controls() {
        return controls;
    }

    /** The interventions, in position order. */
    public List<InterventionType> interventions() {
        return interventions;
    }

    /** The control's position, or -1 when the policy cannot decide on it. */
    public int control(ControlType type) {
        return controlAt.getOrDefault(type, -1);
    }

    /** The intervention's position, or -1 when the policy cannot recommend it. */
    public int intervention(InterventionType type) {
        return interventionAt.getOrDefault(type, -1);
    }

    /** The position of a control's number a week, or -1 when no rule numbers it. */
    public int numbered(ControlType type) {
        return numberedAt.getOrDefault(type, -1);
    }

    /** Whether positions mean the same controls, interventions and numbers in both, so bits can be compared. */
    public boolean sameAs(TypeIndex other) {
        return this == other
                || (controls.equals(other.controls)
                        && interventions.equals(other.interventions)
                        && numberedAt.equals(other.numberedAt));
    }

    int requireControl(ControlType type, String rule) {
        int at = control(type);
        if (at < 0) {
            throw new IllegalArgumentException("rule " + rule + ": no control is called " + type.code());
        }
        return at;
    }

    int requireIntervention(InterventionType type, String rule) {
        int at = intervention(type);
        if (at < 0) {
            throw new IllegalArgumentException("rule " + rule + ": no intervention is called " + type.code());
        }
        return at;
    }
}
