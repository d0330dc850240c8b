package org.caseframe.benchmarks.dmn;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseframe.planning.matrix.ControlType;
import org.caseframe.planning.matrix.DmnExport;
import org.caseframe.planning.matrix.InterventionType;
import org.caseframe.planning.profile.RiskProfile;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

/** Apache KIE's DMN engine ({@code kie-dmn-core}) evaluating the exported model: all decisions at once. */
public final class KieEngine implements MatrixEngine {
    private final DMNRuntime runtime;
    private final DMNModel model;

    public KieEngine(String dmnXml) {
        this.runtime = DMNRuntimeBuilder.fromDefaults()
                .buildConfiguration()
                .fromResources(List.of(ResourceFactory.newByteArrayResource(dmnXml.getBytes(StandardCharsets.UTF_8))
                        .setSourcePath("policy.dmn")))
                .getOrElseThrow(e -> new IllegalStateException("KIE cannot compile the DMN model", e));
        this.model = runtime.getModels().get(0);
        if (model.hasErrors()) {
            throw new IllegalStateException("KIE reports errors in the DMN model: " + model.getMessages());
        }
    }

    @Override
    public String name() {
        return "kie";
    }

    /** Every decision of the model for the inputs, as KIE returns them. */
    public DMNResult evaluateAll(Map<String, Object> inputs) {
        DMNContext context = runtime.newContext();
        inputs.forEach(context::set);
        DMNResult result = runtime.evaluateAll(model, context);
        if (result.hasErrors()) {
            throw new IllegalStateException("KIE evaluation failed: " + result.getMessages());
        }
        return result;
    }

    @Override
    public DecisionSummary evaluate(RiskProfile profile) {
        DMNResult result = evaluateAll(MatrixEngine.inputs(profile));
        Map<ControlType, Integer> controls = new EnumMap<>(ControlType.class);
        for (ControlType t : ControlType.values()) {
            Object v = value(result, DmnExport.decisionName(t));
            if (v != null) {
                controls.put(t, MatrixEngine.number(v));
            }
        }
        Set<InterventionType> interventions = EnumSet.noneOf(InterventionType.class);
        for (InterventionType t : InterventionType.values()) {
            if (value(result, DmnExport.decisionName(t)) != null) {
                interventions.add(t);
            }
        }
        return new DecisionSummary(
                MatrixEngine.number(value(result, DmnExport.NSD)) == 1,
                MatrixEngine.number(value(result, DmnExport.MAPPA_CATEGORY)),
                MatrixEngine.number(value(result, DmnExport.MAPPA_LEVEL)),
                MatrixEngine.number(value(result, DmnExport.MAPPA_REVIEW_MONTHS)),
                controls,
                interventions);
    }

    private static Object value(DMNResult result, String decision) {
        return result.getDecisionResultByName(decision).getResult();
    }
}
