package org.caseframe.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.plan.PlanTemplates;
import org.caseframe.planning.standards.Standards;
import org.caseframe.planning.whatif.CohortGenerator;
import org.caseframe.planning.whatif.WhatIf;
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
 * The cohort what-if a policy team runs: a generated cohort (100,000 cases by default) compared under
 * {@code current-practice} and {@code responsive}, every changed decision with its reasons on both sides, counts and
 * workload. One operation is the whole cohort; cases a second is the cohort size divided by the time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class WhatIfBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    @Param({"100000"})
    public int cases;

    private List<AssessedCase> cohort;
    private WhatIf whatIf;
    private Policy baseline;
    private Policy candidate;

    @Setup(Level.Trial)
    public void setUp() {
        InstrumentCatalogue catalogue = InstrumentCatalogue.bundled();
        cohort = new CohortGenerator(catalogue, AS_OF)
                .generate(cases, 1).stream()
                        .map(c -> AssessedCase.of(c, catalogue, AS_OF))
                        .toList();
        whatIf = new WhatIf(Standards.bundled(), PlanTemplates.bundled().reviewMonths());
        baseline = Policies.bundled("current-practice").orElseThrow();
        candidate = Policies.bundled("responsive").orElseThrow();
        prepare();
    }

    @Benchmark
    public WhatIf.Report compare() {
        return whatIf.compare(cohort, baseline, candidate, AS_OF);
    }

    /**
     * A policy team's edit: the cohort prepared once against {@code responsive} (profiles, baseline decisions and
     * hours), then re-evaluated after a change of the step-down threshold, through the fast path with reasons only for
     * the cases that change. Cases a second is the cohort size divided by the time.
     */
    @Benchmark
    public WhatIf.Report reEvaluateAfterThresholdEdit() {
        return prepared.compare(edits[next++ & 3]);
    }

    private WhatIf.Prepared prepared;
    private Policy[] edits;
    private int next;

    private void prepare() {
        Policy responsive = Policies.bundled("responsive").orElseThrow();
        prepared = whatIf.prepare(cohort, responsive, AS_OF);
        int[] months = {12, 24, 9, 18};
        edits = new Policy[months.length];
        for (int i = 0; i < months.length; i++) {
            java.util.Map<String, Integer> t = new java.util.LinkedHashMap<>(responsive.thresholds());
            t.put("stableMonthsForStepDown", months[i]);
            edits[i] = new Policy(
                    responsive.id(),
                    responsive.version() + "-edit" + i,
                    responsive.title(),
                    responsive.effectiveFrom(),
                    responsive.sources(),
                    t,
                    responsive.rules(),
                    responsive.vocabulary());
        }
    }
}
