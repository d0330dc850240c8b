package org.caseframe.benchmarks.dmn;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
    private final java.util.List<String> decisionNames;

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
        this.decisionNames = model.getDecisions().stream()
                .map(org.kie.dmn.api.core.ast.DecisionNode::getName)
                .toList();
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
        return DecisionSummary.ofDmn(decisionNames, decision -> value(result, decision));
    }

    private static Object value(DMNResult result, String decision) {
        return result.getDecisionResultByName(decision).getResult();
    }
}
