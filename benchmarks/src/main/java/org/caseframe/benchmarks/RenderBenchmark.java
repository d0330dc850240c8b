package org.caseframe.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.SentencePlanner;
import org.caseframe.report.render.ReportRenderer;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.SentencePlanView;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A nine-page sentence plan (the longest any fictional case here gives) rendered to tagged PDF/UA, warm: Caseframe on one thread and on two (one shared
 * renderer), and headless Chromium printing the same XHTML to PDF ({@code chromium --headless --print-to-pdf}, one
 * browser process per document, as a command-line conversion is used). Chromium is looked for at {@code
 * /usr/bin/chromium} or {@code -Dcaseframe.chromium=PATH}; {@code benchmarks/run} installs it when missing.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 10, time = 5)
@Measurement(iterations = 5, time = 5)
public class RenderBenchmark {
    private static final Instant DATE = Instant.parse("2026-11-22T00:00:00Z");

    @Param({"benchmarks/cases/long-plan.yaml"})
    public String caseFile;

    private ReportRenderer renderer;
    private SentencePlanView view;
    private Path work;
    private Path html;
    private String chromium;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        LocalDate asOf = LocalDate.of(2026, 9, 2);
        AssessedCase assessed = AssessedCase.of(CaseFiles.read(Path.of(caseFile)), InstrumentCatalogue.bundled(), asOf);
        SentencePlan plan = SentencePlanner.bundled()
                .plan(assessed, Policies.bundled("responsive").orElseThrow());
        renderer = ReportRenderer.bundled();
        view = SentencePlanView.of(plan, assessed.redaction(ReportAudience.COM.audience()));
        work = Files.createTempDirectory("caseframe-render-bench");
        html = work.resolve("sentence-plan.xhtml");
        Files.writeString(html, renderer.html("sentence-plan", view), StandardCharsets.UTF_8);
        try (PDDocument pdf = Loader.loadPDF(caseframe())) {
            System.err.println("[render] " + caseFile + ": sentence plan of " + pdf.getNumberOfPages() + " pages");
        }
        chromium = System.getProperty("caseframe.chromium", "/usr/bin/chromium");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public byte[] caseframe() {
        return renderer.pdf("sentence-plan", view, DATE);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public byte[] caseframeThroughput1Thread() {
        return renderer.pdf("sentence-plan", view, DATE);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public byte[] caseframeThroughput2Threads() {
        return renderer.pdf("sentence-plan", view, DATE);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public long chromium() throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(chromium))) {
            throw new IllegalStateException("no Chromium at " + chromium + "; install the Debian package chromium");
        }
        Path out = work.resolve("chromium.pdf");
        Files.deleteIfExists(out);
        List<String> command = new ArrayList<>(List.of(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-pdf-header-footer",
                "--user-data-dir=" + work.resolve("profile"),
                "--print-to-pdf=" + out,
                html.toUri().toString()));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0 || !Files.isRegularFile(out)) {
            throw new IllegalStateException("Chromium did not print the PDF (exit " + p.exitValue() + ")");
        }
        return Files.size(out);
    }
}
