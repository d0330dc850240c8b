package org.caseframe.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.caseframe.core.io.Json;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.model.CaseFile;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.plan.PlanTemplates;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.SentencePlanner;
import org.caseframe.planning.standards.Standards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code caseframe plan CASE}: the sentence plan for a case, as JSON. */
@Command(
        name = "plan",
        description = {
            "Write the sentence plan for a case as JSON: nsd, mappa, controls, interventions (each with reasons and"
                    + " the policy id@version), objectives, checkpoints, contingency, reviews and findings.",
            "Exit code 2 if the case file or policy is invalid (problems on standard error as POINTER: message)."
        })
final class PlanCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case file (JSON or YAML).")
    Path caseFile;

    @Mixin
    PolicyOption policy;

    @Mixin
    AsOfOption asOf;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate date = asOf.date();
        InstrumentCatalogue catalogue = InstrumentCatalogue.bundled();
        ReadResult<CaseFile> read = CaseReaders.asOf(catalogue, date).check(caseFile);
        if (!read.isValid()) {
            read.problems().forEach(err::println);
            return CaseframeCli.INVALID_INPUT;
        }
        ReadResult<Policy> p = policy.resolve();
        if (!p.isValid()) {
            p.problems().forEach(err::println);
            return CaseframeCli.INVALID_INPUT;
        }
        SentencePlan plan = new SentencePlanner(catalogue, PlanTemplates.bundled(), Standards.bundled())
                .plan(read.orThrow(), p.orThrow(), date);
        out.print(Json.pretty(plan));
        return 0;
    }
}
