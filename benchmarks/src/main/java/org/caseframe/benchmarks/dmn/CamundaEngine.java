package org.caseframe.benchmarks.dmn;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.caseframe.planning.profile.RiskProfile;

/**
 * Camunda 7's DMN engine ({@code camunda-engine-dmn}, the last community release) evaluating the exported model: each
 * decision table in turn, as Camunda evaluates a decision at a time.
 */
public final class CamundaEngine implements MatrixEngine {
    private final DmnEngine engine;
    private final Map<String, DmnDecision> decisions = new HashMap<>();

    public CamundaEngine(String dmnXml) {
        this(dmnXml, false);
    }

    /**
     * @param legacyFeel use Camunda's older Java FEEL implementation for simple unary tests (faster, and enough for
     *     the exported tables) instead of the default Scala FEEL engine
     */
    public CamundaEngine(String dmnXml, boolean legacyFeel) {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.enableFeelLegacyBehavior(legacyFeel);
        this.engine = configuration.buildEngine();
        List<DmnDecision> parsed =
                engine.parseDecisions(new ByteArrayInputStream(dmnXml.getBytes(StandardCharsets.UTF_8)));
        parsed.forEach(d -> decisions.put(d.getName(), d));
    }

    @Override
    public String name() {
        return "camunda";
    }

    /** Every decision of the model for the inputs, one table at a time, as Camunda returns them (null: no rule). */
    public Object[] evaluateAll(Map<String, Object> inputs) {
        VariableMap variables = Variables.fromMap(inputs);
        Object[] out = new Object[decisions.size()];
        int i = 0;
        for (DmnDecision d : decisions.values()) {
            out[i++] = engine.evaluateDecisionTable(d, variables).getSingleEntry();
        }
        return out;
    }

    @Override
    public DecisionSummary evaluate(RiskProfile profile) {
        VariableMap variables = Variables.fromMap(MatrixEngine.inputs(profile));
        return DecisionSummary.ofDmn(decisions.keySet(), decision -> value(decision, variables));
    }

    private Object value(String decision, VariableMap variables) {
        DmnDecision d = decisions.get(decision);
        if (d == null) {
            throw new IllegalStateException("the DMN model has no decision " + decision);
        }
        // A COLLECT table with an aggregation gives one value, or no result when no rule matched.
        return engine.evaluateDecisionTable(d, variables).getSingleEntry();
    }
}
