package org.caseframe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.caseframe.AtomicWrites;
import org.caseframe.Caseframe;
import org.caseframe.CheckedCase;
import org.caseframe.Document;
import org.caseframe.DocumentFormat;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.validation.Problem;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.ReportKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code caseframe run CASE}: the whole pipeline on one case: validate, score, plan, check, and render the formulation
 * and the sentence plan for one audience.
 */
@Command(
        name = "run",
        description = {
            "Run the whole pipeline on one case: validate it, score its scored instruments, plan under a policy, check"
                    + " the plan for gaps, and render the formulation report (when there is a finished ERG-structured"
                    + " assessment) and the sentence plan as PDF/UA for one audience. Prints one line per step and"
                    + " where the files are.",
            "Exit code 2 if the case file or policy is invalid (problems on standard error as POINTER: message);"
                    + " nothing is written then."
        })
final class RunCommand implements Callable<Integer> {
    private static final List<ReportKind> KINDS = List.of(ReportKind.FORMULATION, ReportKind.SENTENCE_PLAN);

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case file (JSON or YAML).")
    Path caseFile;

    @Option(
            names = "--audience",
            paramLabel = "AUDIENCE",
            description = "COM, POM, NSD_MANAGER, PSYCHOLOGIST, CT_POLICE or MAPPA_PANEL. Default: POM.")
    ReportAudience audience = ReportAudience.POM;

    @Mixin
    PolicyOption policy;

    @Option(
            names = "--out-dir",
            paramLabel = "DIR",
            description = "Where to write the reports (created if missing). Default: target/caseframe.")
    Path outDir = Path.of("target", "caseframe");

    @Mixin
    AsOfOption asOf;

    @Mixin
    ContactDayOption contactDay;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OutputPaths.directory("--out-dir", outDir);
        for (ReportKind kind : KINDS) {
            OutputPaths.file("--out-dir", target(kind), caseFile, policy.file().orElse(null));
        }
        Caseframe cf = contactDay.apply(asOf.builder()).build();

        ReadResult<CheckedCase> read = cf.check(caseFile);
        if (!read.isValid()) {
            out.println("validate  " + caseFile + ": invalid (" + Problem.count(read.problems()) + ")");
            read.problems().forEach(err::println);
            return CaseframeCli.INVALID_INPUT;
        }
        Policy chosen = cf.policy(policy.policy).orThrow(); // invalid: POINTER: message lines, exit 2
        AssessedCase c = cf.assess(read.orThrow());
        out.println("validate  " + caseFile + ": valid (" + c.assessments().size() + " assessments, "
                + c.evidence().size() + " evidence, " + c.decisionLog().size() + " decisions; chain intact)");

        for (String line : scores(c)) {
            out.println("score     " + line);
        }

        SentencePlan plan = cf.plan(c, chosen);
        out.println("plan      " + summary(plan));

        java.util.function.ToLongFunction<SentencePlan.Severity> count =
                s -> plan.findings().stream().filter(f -> f.severity() == s).count();
        long notes = count.applyAsLong(SentencePlan.Severity.NOTE);
        out.println("check     " + plan.findings().size() + " findings ("
                + count.applyAsLong(SentencePlan.Severity.ERROR) + " errors, "
                + count.applyAsLong(SentencePlan.Severity.WARNING) + " warnings"
                + (notes == 0 ? "" : ", " + notes + " notes") + ")");
        // In words, as the reports show them; the plan JSON keeps the codes.
        org.caseframe.planning.plan.Vocabulary words = org.caseframe.planning.plan.Vocabulary.bundled();
        for (SentencePlan.Finding f : plan.findings()) {
            out.println("          " + words.label("severity", f.severity()) + ": " + words.label("finding", f.code())
                    + ". " + Character.toUpperCase(f.message().charAt(0))
                    + f.message().substring(1));
        }

        // Both documents are rendered before either is written: a failure leaves neither.
        List<String> lines = new ArrayList<>();
        try (AtomicWrites written = new AtomicWrites()) {
            for (ReportKind kind : KINDS) {
                Optional<Document> rendered = cf.render(kind, c, plan, audience, DocumentFormat.PDF);
                if (rendered.isEmpty()) {
                    lines.add("render    " + kind.template() + ": skipped, no finished ERG-structured assessment");
                    continue;
                }
                byte[] bytes = rendered.get().bytes();
                written.add(target(kind), bytes);
                lines.add("render    " + target(kind) + " (" + kind.template() + " for " + audience + ", marked "
                        + rendered.get().marking() + ", " + bytes.length + " bytes)");
            }
            written.commit();
        }
        lines.forEach(out::println);
        return 0;
    }

    private Path target(ReportKind kind) {
        return outDir.resolve(kind.template() + "-" + audience.name() + ".pdf");
    }

    private static List<String> scores(AssessedCase c) {
        List<String> lines = new ArrayList<>();
        for (AssessedCase.Score s : c.scores()) {
            var r = s.result();
            lines.add(s.assessment().instrument() + " " + r.judgement() + ": "
                    + r.count().map(n -> n + " counted, ").orElse("")
                    + "suggests " + r.suggested()
                    + r.decided().map(d -> ", assessor decided " + d).orElse("")
                    + (r.raisedByJudgement() ? " (raised by professional judgement)" : ""));
        }
        if (lines.isEmpty()) {
            lines.add("no scored instruments in this case (structured judgements are not summed)");
        }
        return lines;
    }

    private static String summary(SentencePlan plan) {
        return "policy " + plan.policy() + ": "
                + (plan.nsd().managed() ? "NSD-managed" : "not NSD-managed")
                + plan.mappa()
                        .map(m -> ", MAPPA category " + m.category() + " level " + m.level())
                        .orElse(", no MAPPA")
                + ", " + plan.controls().size() + " controls, "
                + plan.interventions().size() + " interventions, "
                + plan.objectives().size() + " objectives, "
                + String.format(Locale.ROOT, "%.1f", plan.workloadHoursPerMonth()) + " hours a month";
    }
}
