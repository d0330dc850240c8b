package org.caseframe.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.caseframe.core.io.AtomicFiles;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.CaseFile;
import org.caseframe.instruments.Assessments;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.report.render.ReportRenderer;
import org.caseframe.report.view.FormulationView;
import org.caseframe.report.view.ReportAudience;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code caseframe report CASE}: an accessible PDF (or HTML) report for one audience. */
@Command(
        name = "report",
        description = {
            "Render a report for one audience as a tagged PDF/UA-1 PDF (or HTML). Evidence the audience may not see is"
                    + " left out and counted; the banner shows the highest marking included.",
            "Report kinds available: formulation (the newest finished ERG-structured assessment)."
        })
final class ReportCommand implements Callable<Integer> {
    /** The report kinds this version renders. */
    enum Kind {
        formulation
    }

    /** Output formats. */
    enum OutputFormat {
        pdf,
        html
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case file (JSON or YAML).")
    Path caseFile;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "formulation")
    Kind kind;

    @Option(
            names = "--audience",
            required = true,
            paramLabel = "AUDIENCE",
            description = "COM, POM, NSD_MANAGER, PSYCHOLOGIST, CT_POLICE or MAPPA_PANEL")
    ReportAudience audience;

    @Option(names = "--format", paramLabel = "FORMAT", description = "pdf (default) or html")
    OutputFormat format = OutputFormat.pdf;

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates here override bundled ones by name.")
    Path templates;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The report date (default: today).")
    LocalDate asOf;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the report.")
    Path out;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        ZoneId zone = ZoneId.systemDefault();
        InstrumentCatalogue catalogue = InstrumentCatalogue.bundled();
        ReadResult<CaseFile> read = CaseFiles.reader()
                .withDefinitions(catalogue)
                .withClock(Clock.fixed(date.atTime(23, 59, 59).atZone(zone).toInstant(), zone))
                .check(caseFile);
        if (!read.isValid()) {
            read.problems().forEach(err::println);
            return CaseframeCli.INVALID_INPUT;
        }
        CaseFile c = read.orThrow();
        Assessment erg = Assessments.latestFinished(c, "erg22plus").orElse(null);
        if (erg == null) {
            err.println("/assessments: the case has no finished ERG-structured assessment to report on");
            return CaseframeCli.INVALID_INPUT;
        }
        FormulationView view =
                FormulationView.of(c, catalogue.find(erg.instrument()).orElseThrow(), erg, audience.audience());
        ReportRenderer renderer = templates == null
                ? ReportRenderer.bundled()
                : ReportRenderer.bundled().withTemplates(templates);
        byte[] bytes = format == OutputFormat.html
                ? renderer.html(kind.name(), view).getBytes(StandardCharsets.UTF_8)
                : renderer.pdf(kind.name(), view, date.atStartOfDay().toInstant(ZoneOffset.UTC));
        AtomicFiles.write(out, o -> o.write(bytes));
        spec.commandLine()
                .getOut()
                .println("wrote " + out + " (" + kind + " for " + audience + ", marked " + view.marking() + ", "
                        + bytes.length + " bytes)");
        return 0;
    }
}
