package org.caseframe.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caseframe.Caseframe;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.report.view.ReportAudience;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code caseframe plan CASE}: the sentence plan for a case, as JSON. */
@Command(
        name = "plan",
        description = {
            "Write the sentence plan for a case as JSON for one audience: its marking and why, then nsd, mappa,"
                    + " controls, interventions (each with reasons and the policy id@version), objectives, checkpoints,"
                    + " contingency, reviews and findings.",
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

    @Mixin
    ContactDayOption contactDay;

    @Option(
            names = "--audience",
            paramLabel = "AUDIENCE",
            description = "Who the plan is for: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, the widest"
                    + " clearance). The JSON says who it is for, its marking and why, through the same redaction"
                    + " stage as the reports.")
    ReportAudience audience = ReportAudience.NSD_MANAGER;

    @Override
    public Integer call() {
        Caseframe cf = contactDay.apply(asOf.builder()).build();
        // Invalid input throws InvalidInputException, which the command line prints as POINTER: message, exit 2.
        AssessedCase c = cf.assess(cf.read(caseFile));
        SentencePlan plan = cf.plan(c, policy.policy);
        spec.commandLine().getOut().print(Caseframe.toJson(cf.planFor(plan, c, audience)));
        return 0;
    }
}
