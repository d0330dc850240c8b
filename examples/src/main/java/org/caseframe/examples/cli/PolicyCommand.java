package org.caseframe.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.caseframe.core.io.ReadResult;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.matrix.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code caseframe policy check FILE...}: validates control and interventions policies. */
@Command(
        name = "policy",
        description = "Work with control and interventions policies.",
        subcommands = PolicyCommand.Check.class)
final class PolicyCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Bundled policies: " + String.join(", ", Policies.BUNDLED_IDS));
        out.println("Check a policy file with: caseframe policy check FILE");
        return 0;
    }

    /** {@code caseframe policy check FILE...}. */
    @Command(
            name = "check",
            description = {
                "Validate policy files: unknown fields, factors, values and outputs; thresholds; rules that can never"
                        + " fire; rules that contradict each other.",
                "Prints one line per problem as location: message on standard error; exit code 2 if any file is"
                        + " invalid."
            })
    static final class Check implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Policy files (YAML or JSON).")
        List<Path> files;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int invalid = 0;
            for (Path file : files) {
                ReadResult<Policy> result = Policies.check(file);
                if (result.isValid()) {
                    Policy p = result.value().orElseThrow();
                    out.println(file + ": valid (" + p.ref() + ", " + p.rules().size() + " rules, effective from "
                            + p.effectiveFrom() + ")");
                } else {
                    invalid++;
                    out.println(file + ": invalid (" + result.problems().size() + " problems)");
                    result.problems().forEach(err::println);
                }
            }
            return invalid == 0 ? 0 : CaseframeCli.INVALID_INPUT;
        }
    }
}
