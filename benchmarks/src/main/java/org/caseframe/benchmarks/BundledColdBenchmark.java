package org.caseframe.benchmarks;

import java.util.concurrent.TimeUnit;
import org.caseframe.Caseframe;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first call of a {@code bundled()} factory in a fresh JVM, which reads and checks the data files (class loading
 * included): one shot per fork, ten forks.
 */
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BundledColdBenchmark {
    @Benchmark
    public Object instrumentCatalogueFirstCall() {
        return InstrumentCatalogue.bundled();
    }

    @Benchmark
    public Object policyFirstCall() {
        return Policies.bundled("responsive");
    }

    @Benchmark
    public Object caseframeFirstBuild() {
        return Caseframe.bundled();
    }
}
