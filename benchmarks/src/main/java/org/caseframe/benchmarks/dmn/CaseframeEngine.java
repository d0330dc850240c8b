package org.caseframe.benchmarks.dmn;

import org.caseframe.planning.matrix.Matrix;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.profile.RiskProfile;

/** Caseframe's own compiled matrix. */
public final class CaseframeEngine implements MatrixEngine {
    private final Matrix matrix;

    public CaseframeEngine(Policy policy) {
        this.matrix = Matrix.compile(policy);
    }

    @Override
    public String name() {
        return "caseframe";
    }

    @Override
    public DecisionSummary evaluate(RiskProfile profile) {
        return DecisionSummary.of(matrix.evaluate(profile));
    }
}
