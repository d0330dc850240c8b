package org.caseframe.examples.cli;

import java.io.IOException;
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
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.plan.PlanTemplates;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.SentencePlanner;
import org.caseframe.planning.standards.Standards;
import org.caseframe.report.render.ReportRenderer;
import org.caseframe.report.view.FormulationView;
import org.caseframe.report.view.PlanReports;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.SentencePlanView;
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
        Object view;
        String marking;
        if (kind != Kind.FORMULATION) {
            ReadResult<Policy> p = Policies.resolve(policy);
            if (!p.isValid()) {
                p.problems().forEach(err::println);
                return CaseframeCli.INVALID_INPUT;
            }
            SentencePlan plan = new SentencePlanner(catalogue, PlanTemplates.bundled(), Standards.bundled())
                    .plan(c, p.orThrow(), date);
            view = switch (kind) {
                case RISK_MANAGEMENT -> PlanReports.riskManagement(plan, audience.audience());
                case MAPPA -> PlanReports.mappaSummary(plan, audience.audience());
                default -> SentencePlanView.of(plan, audience.audience());
            };
            // A plan holds decisions, not evidence: nothing is withheld and it is marked OFFICIAL.
            marking = SentencePlanView.of(plan, audience.audience()).marking();
        } else {
            Assessment erg = Assessments.latestFinished(c, "erg22plus").orElse(null);
            if (erg == null) {
                err.println("/assessments: the case has no finished ERG-structured assessment to report on");
                return CaseframeCli.INVALID_INPUT;
            }
            FormulationView formulation =
                    FormulationView.of(c, catalogue.find(erg.instrument()).orElseThrow(), erg, audience.audience());
            view = formulation;
            marking = formulation.marking();
        }
        ReportRenderer renderer = templates == null
                ? ReportRenderer.bundled()
                : ReportRenderer.bundled().withTemplates(templates);
        byte[] bytes = format == OutputFormat.html
                ? renderer.html(kind.template, view).getBytes(StandardCharsets.UTF_8)
                : renderer.pdf(kind.template, view, date.atStartOfDay().toInstant(ZoneOffset.UTC));
        AtomicFiles.write(out, o -> o.write(bytes));
        spec.commandLine()
                .getOut()
                .println("wrote " + out + " (" + kind.template + " for " + audience + ", marked " + marking + ", "
                        + bytes.length + " bytes)");
        return 0;
    }
}
