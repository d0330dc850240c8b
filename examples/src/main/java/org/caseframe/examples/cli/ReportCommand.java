package org.caseframe.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.caseframe.core.io.AtomicFiles;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.model.CaseFile;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.plan.PlanTemplates;
import org.caseframe.planning.plan.SentencePlanner;
import org.caseframe.planning.standards.Standards;
import org.caseframe.report.render.ReportRenderer;
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
            "Report kinds: formulation (the newest finished ERG-structured assessment), sentence-plan, risk-management"
                    + " (OASys layout) and mappa (meeting summary); the last three are built from the plan."
        })
final class ReportCommand implements Callable<Integer> {
    /** The report kinds this version renders, by their command-line and template names. */
    enum Kind {
        FORMULATION("formulation"),
        SENTENCE_PLAN("sentence-plan"),
        RISK_MANAGEMENT("risk-management"),
        MAPPA("mappa");

        final String template;

        Kind(String template) {
            this.template = template;
        }
    }

    /** Accepts the kinds by their command-line names. */
    static final class KindConverter implements picocli.CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            for (Kind k : Kind.values()) {
                if (k.template.equals(value)) {
                    return k;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "expected formulation, sentence-plan, risk-management or mappa, not '" + value + "'");
        }
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

    @Option(
            names = "--kind",
            required = true,
            paramLabel = "KIND",
            description = "formulation, sentence-plan, risk-management or mappa",
            converter = KindConverter.class)
    Kind kind;

    @Option(
            names = "--audience",
            required = true,
            paramLabel = "AUDIENCE",
            description = "COM, POM, NSD_MANAGER, PSYCHOLOGIST, CT_POLICE or MAPPA_PANEL")
    ReportAudience audience;

    @Option(
            names = "--policy",
            paramLabel = "FILE|ID",
            description = "For plan-based reports: a policy file or bundled id (default responsive).")
    String policy = "responsive";

    @Option(names = "--format", paramLabel = "FORMAT", description = "pdf (default) or html")
    OutputFormat format = OutputFormat.pdf;

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates here override bundled ones by name.")
    Path templates;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The report date (default: today).")
    LocalDate asOf;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the report.")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        InstrumentCatalogue catalogue = InstrumentCatalogue.bundled();
        ReadResult<CaseFile> read = CaseReaders.asOf(catalogue, date).check(caseFile);
        if (!read.isValid()) {
            read.problems().forEach(err::println);
            return CaseframeCli.INVALID_INPUT;
        }
        CaseFile c = read.orThrow();
        Policy chosen = null;
        if (kind != Kind.FORMULATION) {
            ReadResult<Policy> p = Policies.resolve(policy);
            if (!p.isValid()) {
                p.problems().forEach(err::println);
                return CaseframeCli.INVALID_INPUT;
            }
            chosen = p.orThrow();
        }
        Policy planPolicy = chosen;
        ReportRenderer renderer = templates == null
                ? ReportRenderer.bundled()
                : ReportRenderer.bundled().withTemplates(templates);
        Optional<ReportRendering.Rendered> rendered = ReportRendering.render(
                kind,
                c,
                catalogue,
                () -> new SentencePlanner(catalogue, PlanTemplates.bundled(), Standards.bundled())
                        .plan(c, planPolicy, date),
                audience,
                renderer,
                format == OutputFormat.html,
                date);
        if (rendered.isEmpty()) {
            err.println(ReportRendering.NO_FORMULATION);
            return CaseframeCli.INVALID_INPUT;
        }
        byte[] bytes = rendered.get().bytes();
        String marking = rendered.get().marking();
        AtomicFiles.write(out, o -> o.write(bytes));
        spec.commandLine()
                .getOut()
                .println("wrote " + out + " (" + kind.template + " for " + audience + ", marked " + marking + ", "
                        + bytes.length + " bytes)");
        return 0;
    }
}
