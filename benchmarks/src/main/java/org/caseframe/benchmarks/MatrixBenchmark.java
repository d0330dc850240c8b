package org.caseframe.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.caseframe.benchmarks.dmn.CamundaEngine;
import org.caseframe.benchmarks.dmn.KieEngine;
import org.caseframe.benchmarks.dmn.MatrixEngine;
import org.caseframe.benchmarks.dmn.RandomProfiles;
import org.caseframe.planning.internal.FastMatrix;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.matrix.DmnExport;
import org.caseframe.planning.matrix.Matrix;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.profile.RiskProfile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One control and interventions policy evaluated on the same random profiles by Caseframe and, exported as DMN 1.3, by
 * Apache KIE and Camunda 7 (default Scala FEEL and legacy Java FEEL). Each engine gets its inputs prepared beforehand
 * (Caseframe the encoded profile, the engines the variable map) and returns every decision of the policy in its own
 * form. {@code caseframeWithReasons} is the full evaluation the planner uses, with each decision's reasons.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MatrixBenchmark {
    private static final int PROFILES = 4096;

    @Param({"responsive"})
    public String policy;

    private Matrix matrix;
    private FastMatrix fast;
    private KieEngine kie;
    private CamundaEngine camundaScalaFeel;
    private CamundaEngine camundaLegacyFeel;
    private RiskProfile[] profiles;
    private int[][] codes;
    private Map<String, Object>[] inputs;
    private int next;

    @Setup(Level.Trial)
    @SuppressWarnings("unchecked")
    public void setUp() {
        Policy p = Policies.resolve(policy).orThrow();
        String dmn = DmnExport.toXml(p);
        matrix = Matrix.compile(p);
        fast = FastMatrix.compile(p);
        kie = new KieEngine(dmn);
        camundaScalaFeel = new CamundaEngine(dmn, false);
        camundaLegacyFeel = new CamundaEngine(dmn, true);
        profiles = RandomProfiles.generate(PROFILES, 42);
        codes = new int[PROFILES][];
        inputs = new Map[PROFILES];
        for (int i = 0; i < PROFILES; i++) {
            codes[i] = profiles[i].encode();
            inputs[i] = MatrixEngine.inputs(profiles[i]);
        }
    }

    private int nextIndex() {
        next = (next + 1) & (PROFILES - 1);
        return next;
    }

    @Benchmark
    public FastMatrix.Verdict caseframe() {
        return fast.decide(codes[nextIndex()]);
    }

    @Benchmark
    public Decisions caseframeWithReasons() {
        return matrix.evaluate(profiles[nextIndex()]);
    }

    @Benchmark
    public Object kie() {
        return kie.evaluateAll(inputs[nextIndex()]);
    }

    @Benchmark
    public Object camundaLegacyFeel() {
        return camundaLegacyFeel.evaluateAll(inputs[nextIndex()]);
    }

    @Benchmark
    public Object camundaScalaFeel() {
        return camundaScalaFeel.evaluateAll(inputs[nextIndex()]);
    }
}
