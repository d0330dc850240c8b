package org.caseframe.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.SentencePlanner;
import org.caseframe.report.render.ReportRenderer;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.SentencePlanView;

/**
 * Renders the benchmark sentence plan many times (5,000 by default) on two threads sharing one renderer, and prints
 * the heap in use after a full collection at every tenth of the run, as CSV, then the peak heap in use. Run it
 * with {@code -Xmx256m}: it must finish, and the heap after collection must stay flat (no growth per render).
 *
 * <pre>java -Xmx256m -cp ... org.caseframe.benchmarks.RenderSoak [RENDERS] [CASE]</pre>
 */
public final class RenderSoak {
    private RenderSoak() {}

    public static void main(String[] args) throws Exception {
        int renders = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        Path caseFile = Path.of(args.length > 1 ? args[1] : "benchmarks/cases/long-plan.yaml");
        AssessedCase assessed =
                AssessedCase.of(CaseFiles.read(caseFile), InstrumentCatalogue.bundled(), LocalDate.of(2026, 9, 2));
        SentencePlan plan = SentencePlanner.bundled()
                .plan(assessed, Policies.bundled("responsive").orElseThrow());
        ReportRenderer renderer = ReportRenderer.bundled();
        SentencePlanView view = SentencePlanView.of(plan, assessed.redaction(ReportAudience.COM.audience()));
        Instant date = Instant.parse("2026-11-22T00:00:00Z");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long maxHeap = memory.getHeapMemoryUsage().getMax();
        System.out.println("renders,heapAfterGcMiB,elapsedSeconds  (max heap " + maxHeap / (1 << 20) + " MiB)");
        AtomicInteger done = new AtomicInteger();
        // The heap in use, sampled every 10 ms: its maximum is the peak the run reached between collections.
        java.util.concurrent.atomic.AtomicLong peakUsed = new java.util.concurrent.atomic.AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int step = Math.max(1, renders / 10);
        for (int from = 0; from < renders; from += step) {
            int batch = Math.min(step, renders - from);
            Future<?>[] futures = new Future<?>[2];
            for (int t = 0; t < 2; t++) {
                int share = batch / 2 + (t == 0 ? batch % 2 : 0);
                futures[t] = pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        renderer.pdf("sentence-plan", view, date);
                        done.incrementAndGet();
                    }
                });
            }
            for (Future<?> f : futures) {
                f.get();
            }
            System.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            System.out.printf("%d,%.1f,%.0f%n", done.get(), used / 1048576.0, (System.nanoTime() - start) / 1e9);
        }
        pool.shutdown();
        sampler.interrupt();
        System.out.printf(
                "peak heap in use (sampled every 10 ms): %.1f MiB of %d MiB%n",
                peakUsed.get() / 1048576.0, maxHeap >> 20);
    }
}
