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
 * The longest sentence plan any fictional case here gives, rendered to tagged PDF/UA, warm: Caseframe on one thread
 * and on two (one shared renderer); against it, the same XHTML printed by headless Chromium kept running as services
 * that convert at volume keep it (one browser for the whole run, navigate then {@code Page.printToPDF} over the
 * DevTools protocol, through Selenium's ChromeDriver), untagged and tagged ({@code generateTaggedPDF}); Chromium as a
 * command-line conversion (one browser process per document); and plain openhtmltopdf on the same XHTML with none of
 * Caseframe's steps (no PDF/UA, fonts or determinism), to show what they cost. Chromium and its driver are looked for
 * at {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (or {@code -Dcaseframe.chromium=PATH}, {@code
 * -Dcaseframe.chromedriver=PATH}); {@code benchmarks/run} installs them when missing. The per-document comparisons
 * time every call (sample mode), so the summary can compare medians as well as means.
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
    public void setUp(org.openjdk.jmh.infra.BenchmarkParams params) throws IOException {
        LocalDate asOf = LocalDate.of(2026, 9, 2);
        AssessedCase assessed = AssessedCase.of(CaseFiles.read(Path.of(caseFile)), InstrumentCatalogue.bundled(), asOf);
        SentencePlan plan = SentencePlanner.bundled()
                .plan(assessed, Policies.bundled("responsive").orElseThrow());
        renderer = ReportRenderer.bundled();
        view = SentencePlanView.of(plan, assessed.redaction(ReportAudience.COM.audience()));
        work = Files.createTempDirectory("caseframe-render-bench");
        html = work.resolve("sentence-plan.xhtml");
        xhtml = renderer.html("sentence-plan", view);
        Files.writeString(html, xhtml, StandardCharsets.UTF_8);
        try (PDDocument pdf = Loader.loadPDF(caseframe())) {
            System.err.println("[render] " + caseFile + ": sentence plan of " + pdf.getNumberOfPages() + " pages");
        }
        chromium = System.getProperty("caseframe.chromium", "/usr/bin/chromium");
        // The same document each way: say how many pages each engine makes of it.
        String name = params.getBenchmark();
        byte[] other = name.endsWith("chromiumWarm")
                ? printWarm(false)
                : name.endsWith("chromiumWarmTagged")
                        ? printWarm(true)
                        : name.endsWith("openhtmltopdfPlain") ? openhtmltopdfPlain() : null;
        if (other != null) {
            try (PDDocument pdf = Loader.loadPDF(other)) {
                System.err.println("[render] " + name.substring(name.lastIndexOf('.') + 1) + " makes "
                        + pdf.getNumberOfPages() + " pages of the same XHTML");
            }
        }
    }

    private org.openqa.selenium.chrome.ChromeDriver warm;
    private String xhtml;

    /** One Chromium for the whole run, as a conversion service keeps it; started only when the benchmark needs it. */
    private org.openqa.selenium.chrome.ChromeDriver warmChromium() {
        if (warm == null) {
            String driver = System.getProperty("caseframe.chromedriver", "/usr/bin/chromedriver");
            if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(driver))) {
                throw new IllegalStateException("no Chromium at " + chromium + " or no driver at " + driver
                        + "; install the Debian packages chromium and chromium-driver");
            }
            org.openqa.selenium.chrome.ChromeOptions options = new org.openqa.selenium.chrome.ChromeOptions();
            options.setBinary(chromium);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu");
            warm = new org.openqa.selenium.chrome.ChromeDriver(
                    new org.openqa.selenium.chrome.ChromeDriverService.Builder()
                            .usingDriverExecutable(new java.io.File(driver))
                            .build(),
                    options);
        }
        return warm;
    }

    private byte[] printWarm(boolean tagged) {
        org.openqa.selenium.chrome.ChromeDriver browser = warmChromium();
        browser.get(html.toUri().toString());
        java.util.Map<String, Object> result = browser.executeCdpCommand(
                "Page.printToPDF",
                java.util.Map.of(
                        "printBackground", true,
                        "preferCSSPageSize", true,
                        "displayHeaderFooter", false,
                        "generateTaggedPDF", tagged));
        return java.util.Base64.getDecoder().decode((String) result.get("data"));
    }

    /** Warm Chromium, untagged: one browser for the run, navigate then Page.printToPDF. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public byte[] chromiumWarm() {
        return printWarm(false);
    }

    /** Warm Chromium, tagged (generateTaggedPDF): the fair comparison with Caseframe's tagged PDF/UA. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public byte[] chromiumWarmTagged() {
        return printWarm(true);
    }

    /** Plain openhtmltopdf on the same XHTML: none of Caseframe's steps (tagging, embedded fonts, determinism). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public byte[] openhtmltopdfPlain() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new com.openhtmltopdf.pdfboxout.PdfRendererBuilder()
                .useFastMode()
                .withHtmlContent(xhtml, html.getParent().toUri().toString())
                .toStream(out)
                .run();
        return out.toByteArray();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (warm != null) {
            warm.quit();
            warm = null;
        }
        try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
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
    @BenchmarkMode(Mode.SampleTime)
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
