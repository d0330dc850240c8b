package org.caseframe.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.caseframe.Caseframe;
import org.caseframe.CheckedCase;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.whatif.WhatIf;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.workbench.Workbench;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the workbench needs (issue 16): the what-if over 10,000 cases recomputed after a threshold edit (the cohort
 * prepared once, as the policy workbench keeps it between edits) against the whole comparison it would otherwise run,
 * and the cases page for 1,000 case files over HTTP from a running workbench (warm: each file read once, then kept
 * until it changes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class WorkbenchBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    private static final int WHAT_IF_CASES = 10_000;
    private static final int LISTED_CASES = 1_000;

    private Caseframe caseframe;
    private List<AssessedCase> cohort;
    private Policy baseline;
    private Policy[] edits;
    private WhatIf.Prepared prepared;
    private int next;
    private Path directory;
    private Workbench workbench;
    private HttpClient http;
    private HttpRequest casesPage;

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        caseframe = Caseframe.builder().asOf(AS_OF).build();
        cohort = caseframe.generateCohort(WHAT_IF_CASES, 7).stream()
                .map(caseframe::assess)
                .toList();
        baseline = caseframe.policy("responsive").orThrow();
        int[] months = {12, 24, 9, 18};
        edits = new Policy[months.length];
        for (int i = 0; i < months.length; i++) {
            Map<String, Integer> t = new LinkedHashMap<>(baseline.thresholds());
            t.put("stableMonthsForStepDown", months[i]);
            edits[i] = new Policy(
                    baseline.id(),
                    baseline.version() + "-edit" + i,
                    baseline.title(),
                    baseline.effectiveFrom(),
                    baseline.sources(),
                    t,
                    baseline.rules(),
                    baseline.vocabulary());
        }
        prepared = caseframe.prepareWhatIf(cohort, baseline);

        directory = Files.createTempDirectory("caseframe-workbench-bench");
        Path cases = Files.createDirectories(directory.resolve("cases"));
        for (CheckedCase c : caseframe.generateCohort(LISTED_CASES, 11)) {
            Caseframe.write(c.caseFile(), cases.resolve(c.caseFile().subject().id() + ".yaml"));
        }
        workbench = Workbench.start(new Workbench.Options(
                cases,
                directory.resolve("policies"),
                0,
                ReportAudience.PSYCHOLOGIST,
                "responsive",
                caseframe,
                Optional.of("benchmark-token-0123456789abcdef")));
        http = HttpClient.newHttpClient();
        casesPage = HttpRequest.newBuilder(URI.create(workbench.base() + "/"))
                .header("Cookie", "caseframe_token=" + workbench.token())
                .build();
        if (http.send(casesPage, HttpResponse.BodyHandlers.ofString()).statusCode() != 200) {
            throw new IllegalStateException("the cases page did not answer 200");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        workbench.close();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    /** The policy workbench after a threshold edit: 10,000 prepared cases re-evaluated, reasons for those that change. */
    @Benchmark
    public WhatIf.Report whatIfAfterThresholdEdit() {
        return prepared.compare(edits[next++ & 3]);
    }

    /** The same comparison without preparing: profiles, both sides' decisions and reasons for every case. */
    @Benchmark
    public WhatIf.Report wholeComparison() {
        return caseframe.whatIf(cohort, baseline, edits[next++ & 3], n -> {});
    }

    /** The cases page for 1,000 case files, from a running workbench over HTTP. */
    @Benchmark
    public int casesPage1000() throws IOException, InterruptedException {
        return http.send(casesPage, HttpResponse.BodyHandlers.ofString()).body().length();
    }
}
