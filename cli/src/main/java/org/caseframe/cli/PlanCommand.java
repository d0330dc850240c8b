package org.caseframe.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caseframe.Caseframe;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.plan.SentencePlan;
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
        Caseframe cf = asOf.caseframe();
        // Invalid input throws InvalidInputException, which the command line prints as POINTER: message, exit 2.
        AssessedCase c = cf.assess(cf.read(caseFile));
        SentencePlan plan = cf.plan(c, policy.policy);
        spec.commandLine().getOut().print(Caseframe.toJson(plan));
        return 0;
    }
}
