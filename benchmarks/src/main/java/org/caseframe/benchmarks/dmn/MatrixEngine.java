package org.caseframe.benchmarks.dmn;

import java.util.HashMap;
import java.util.Map;
import org.caseframe.planning.profile.Factor;
import org.caseframe.planning.profile.RiskProfile;

/** Something that evaluates a control and interventions policy on a risk profile. */
public interface MatrixEngine {
    /** A short name for reports, e.g. {@code caseframe}, {@code kie}, {@code camunda}. */
    String name();

    /** The decisions for one profile. */
    DecisionSummary evaluate(RiskProfile profile);

    /**
     * The DMN input variables for a profile: every factor by its policy key; levels as strings ({@code UNKNOWN}
     * included), months as numbers, unknown months as null.
     */
    static Map<String, Object> inputs(RiskProfile profile) {
        Map<String, Object> in = new HashMap<>();
        for (Factor f : Factor.values()) {
            in.put(f.key(), f.numeric() ? profile.months(f).orElse(null) : profile.level(f));
        }
        return in;
    }

    /** A DMN number result as an int: 0 when null. */
    static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
