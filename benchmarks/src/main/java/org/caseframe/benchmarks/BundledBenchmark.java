package org.caseframe.benchmarks;

import java.util.concurrent.TimeUnit;
import org.caseframe.Caseframe;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.plan.PlanTemplates;
import org.caseframe.planning.plan.SentencePlanner;
import org.caseframe.planning.standards.Standards;
import org.caseframe.report.render.ReportRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What each {@code bundled()} factory and building a {@link Caseframe} cost once the JVM has made the first call:
 * the data is read and checked once per JVM, then shared. {@link BundledColdBenchmark} measures the first call.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BundledBenchmark {
    @Benchmark
    public Object instrumentCatalogue() {
        return InstrumentCatalogue.bundled();
    }

    @Benchmark
    public Object policy() {
        return Policies.bundled("responsive");
    }

    @Benchmark
    public Object planTemplates() {
        return PlanTemplates.bundled();
    }

    @Benchmark
    public Object standards() {
        return Standards.bundled();
    }

    @Benchmark
    public Object reportRenderer() {
        return ReportRenderer.bundled();
    }

    @Benchmark
    public Object sentencePlanner() {
        return SentencePlanner.bundled();
    }

    @Benchmark
    public Object caseframe() {
        return Caseframe.bundled();
    }
}
