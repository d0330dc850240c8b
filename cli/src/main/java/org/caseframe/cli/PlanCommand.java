package org.caseframe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.caseframe.core.io.Json;
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
        LocalDate date = asOf.date();
        InstrumentCatalogue catalogue = InstrumentCatalogue.bundled();
        // Invalid input throws InvalidInputException, which the command line prints as POINTER: message, exit 2.
        CaseFile c = CaseReaders.asOf(catalogue, date).check(caseFile).orThrow();
        Policy chosen = policy.resolve().orThrow();
        SentencePlan plan =
                new SentencePlanner(catalogue, PlanTemplates.bundled(), Standards.bundled()).plan(c, chosen, date);
        out.print(Json.pretty(plan));
        return 0;
    }
}
