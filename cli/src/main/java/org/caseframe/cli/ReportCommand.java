package org.caseframe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.caseframe.AtomicWrites;
import org.caseframe.Caseframe;
import org.caseframe.CheckedCase;
import org.caseframe.Document;
import org.caseframe.DocumentFormat;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.ReportKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code caseframe report CASE}: an accessible PDF (or HTML) report for one audience. */
@Command(
        name = "report",
        description = {
            "Render a report for one audience as a tagged PDF/UA-1 PDF (or HTML). Evidence the audience may not see is"
                    + " left out and counted; the banner shows the highest marking included.",
            "Report kinds: formulation (the newest finished ERG-structured assessment), sentence-plan, risk-management"
                    + " (OASys layout) and mappa (meeting summary); the last three are built from the plan."
        })
final class ReportCommand implements Callable<Integer> {
    /** The problem line when a formulation is asked for but there is nothing to formulate from. */
    static final String NO_FORMULATION =
            "/assessments: the case has no finished ERG-structured assessment to report on";

    /** Accepts the kinds by their command-line (and template) names. */
    static final class KindConverter implements picocli.CommandLine.ITypeConverter<ReportKind> {
        @Override
        public ReportKind convert(String value) {
            return ReportKind.named(value)
                    .orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                            "expected formulation, sentence-plan, risk-management or mappa, not '" + value + "'"));
        }
    }

    /** Output formats. */
    enum OutputFormat {
        pdf,
        html
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "CASE|DIR",
            description = "The case file (JSON or YAML), or a directory of case files for a batch of reports.")
    Path input;

    @Option(
            names = "--kind",
            required = true,
            paramLabel = "KIND",
            description = "formulation, sentence-plan, risk-management or mappa",
            converter = KindConverter.class)
    ReportKind kind;

    @Option(
            names = "--audience",
            required = true,
            paramLabel = "AUDIENCE",
            description = "COM, POM, NSD_MANAGER, PSYCHOLOGIST, CT_POLICE or MAPPA_PANEL")
    ReportAudience audience;

    @Mixin
    PolicyOption policy;

    @Option(names = "--format", paramLabel = "FORMAT", description = "pdf (default) or html")
    OutputFormat format = OutputFormat.pdf;

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates here override bundled ones by name.")
    Path templates;

    @Mixin
    AsOfOption asOf;

    @Mixin
    ContactDayOption contactDay;

    @Mixin
    ProgressOption progress;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE|DIR",
            description = "Where to write the report; for a directory of cases, the directory to write one report per"
                    + " case into (named CASE-KIND-AUDIENCE.pdf).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean batch = Files.isDirectory(input);
        if (batch) {
            OutputPaths.directory("--out", out);
        } else {
            OutputPaths.file("--out", out, input, policy.file().orElse(null));
        }
        Caseframe.Builder builder = contactDay.apply(asOf.builder());
        if (templates != null) {
            builder.templates(templates);
        }
        Caseframe cf = builder.build();
        List<Path> files = CaseBatch.files(input);
        CaseBatch read;
        try (Progress reading = batch ? progress.start(err, "read  ", "files", files.size()) : Progress.silent()) {
            read = CaseBatch.read(files, cf, reading, batch);
        }
        List<Problem> problems = new ArrayList<>(read.problems());
        Policy chosen = null;
        if (kind.fromPlan()) {
            ReadResult<Policy> p = cf.policy(policy.policy);
            problems.addAll(p.problems());
            chosen = p.value().orElse(null);
        }
        Map<Path, Path> targets = batch ? targets(files, problems) : Map.of(input, out);
        targets.forEach((file, target) -> OutputPaths.file("--out", target, file));
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            return CaseframeCli.INVALID_INPUT;
        }
        Policy planPolicy = chosen;
        DocumentFormat as = format == OutputFormat.html ? DocumentFormat.HTML : DocumentFormat.PDF;
        PlanRenderer one = c -> {
            AssessedCase assessed = cf.assess(c);
            return cf.render(kind, assessed, () -> cf.plan(assessed, planPolicy), audience, as);
        };
        return batch ? batch(read, targets, one) : single(read.cases().get(0), one);
    }

    /** Renders one case; how a case becomes a report is the same for one case and for a batch. */
    private interface PlanRenderer {
        Optional<Document> render(CheckedCase c);
    }

    private int single(CheckedCase c, PlanRenderer one) throws IOException {
        Optional<Document> rendered = one.render(c);
        if (rendered.isEmpty()) {
            spec.commandLine().getErr().println(NO_FORMULATION);
            return CaseframeCli.INVALID_INPUT;
        }
        byte[] bytes = rendered.get().bytes();
        AtomicWrites.write(out, bytes);
        spec.commandLine()
                .getOut()
                .println("wrote " + out + " (" + kind.template() + " for " + audience + ", marked "
                        + rendered.get().marking() + ", " + bytes.length + " bytes)");
        return 0;
    }

    // Every report is rendered and staged before any is moved into place: a case that cannot be rendered stops the
    // batch with nothing written.
    private int batch(CaseBatch read, Map<Path, Path> targets, PlanRenderer one) throws IOException {
        List<Path> skipped = new ArrayList<>();
        long bytes = 0;
        try (Progress rendering = progress.start(
                        spec.commandLine().getErr(),
                        "render",
                        "reports",
                        read.files().size());
                AtomicWrites written = new AtomicWrites()) {
            for (int i = 0; i < read.files().size(); i++) {
                Path file = read.files().get(i);
                Optional<Document> rendered = render(one, file, read.cases().get(i));
                if (rendered.isPresent()) {
                    byte[] report = rendered.get().bytes();
                    written.add(targets.get(file), report);
                    bytes += report.length;
                } else {
                    skipped.add(file);
                }
                rendering.advance();
            }
            written.commit();
        }
        PrintWriter o = spec.commandLine().getOut();
        for (Path file : skipped) {
            o.println("skipped " + file + ": no finished ERG-structured assessment to report on");
        }
        o.println("wrote " + (read.files().size() - skipped.size()) + " " + kind.template() + " reports for " + audience
                + " to " + out + " (" + bytes + " bytes)"
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped"));
        return 0;
    }

    // A problem rendering one case of a batch names the case.
    private static Optional<Document> render(PlanRenderer one, Path file, CheckedCase c) {
        try {
            return one.render(c);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(
                    file.toString(),
                    e.problems().stream()
                            .map(p -> CaseBatch.prefixed(file.toString(), p))
                            .toList());
        }
    }

    /** Where each case's report goes; two cases that would write the same file are a problem, not an overwrite. */
    private Map<Path, Path> targets(List<Path> files, List<Problem> problems) {
        Map<Path, Path> targets = new LinkedHashMap<>();
        Map<Path, Path> claimed = new HashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.lastIndexOf('.'));
            Path target = out.resolve(stem + "-" + kind.template() + "-" + audience.name() + "." + format.name());
            Path earlier = claimed.putIfAbsent(target, file);
            if (earlier != null) {
                problems.add(new Problem(
                        "",
                        ProblemCode.DUPLICATE_ID,
                        file + ": would write " + target + ", as " + earlier + " does; rename one of them"));
            }
            targets.put(file, target);
        }
        return targets;
    }
}
