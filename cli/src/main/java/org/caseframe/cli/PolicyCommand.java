package org.caseframe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.caseframe.AtomicWrites;
import org.caseframe.Caseframe;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.validation.Problem;
import org.caseframe.planning.matrix.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code caseframe policy check FILE...}: validates control and interventions policies. */
@Command(
        name = "policy",
        description = "Work with control and interventions policies.",
        subcommands = {PolicyCommand.Check.class, PolicyCommand.ExportDmn.class})
final class PolicyCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Bundled policies: " + String.join(", ", Caseframe.bundledPolicies()));
        out.println("Check a policy file with: caseframe policy check FILE");
        out.println("Export one as a DMN 1.3 model with: caseframe policy export-dmn FILE|ID --out FILE.dmn");
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
                ReadResult<Policy> result = Caseframe.checkPolicy(file);
                if (result.isValid()) {
                    Policy p = result.value().orElseThrow();
                    out.println(file + ": valid (" + p.ref() + ", " + p.rules().size() + " rules, effective from "
                            + p.effectiveFrom() + ")");
                } else {
                    invalid++;
                    out.println(file + ": invalid (" + Problem.count(result.problems()) + ")");
                    result.problems().forEach(err::println);
                }
            }
            return invalid == 0 ? 0 : CaseframeCli.INVALID_INPUT;
        }
    }

    /** {@code caseframe policy export-dmn POLICY --out FILE.dmn}. */
    @Command(
            name = "export-dmn",
            description = {
                "Write a policy as a DMN 1.3 decision model that standard DMN tools open and evaluate: one input per"
                        + " risk-profile factor (levels as strings, UNKNOWN included; months as numbers, null when"
                        + " unknown) and one COLLECT decision table per decided output (nsdManaged, mappaCategory,"
                        + " mappaLevel, mappaReviewMonths, control_TYPE, intervention_TYPE), one row per policy rule.",
                "Exit code 2 if the policy is invalid; nothing is written then."
            })
    static final class ExportDmn implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "POLICY", description = "A policy file, or a bundled policy id.")
        String policy;

        @picocli.CommandLine.Option(
                names = "--out",
                required = true,
                paramLabel = "FILE.dmn",
                description = "Where to write the model.")
        Path out;

        @Override
        public Integer call() throws java.io.IOException {
            OutputPaths.file("--out", out, new PolicyOption.Named(policy).file().orElse(null));
            Policy p = Caseframe.bundled().policy(policy).orThrow(); // invalid: POINTER: message lines, exit 2
            byte[] xml = Caseframe.toDmn(p).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            AtomicWrites.write(out, xml);
            spec.commandLine()
                    .getOut()
                    .println("wrote " + out + " (" + p.ref() + " as DMN 1.3: "
                            + p.rules().size() + " rules, " + xml.length + " bytes)");
            return 0;
        }
    }
}
