package org.caseframe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.caseframe.Caseframe;
import org.caseframe.CheckedCase;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code caseframe validate FILE...}: checks case files in full and lists every problem. */
@Command(
        name = "validate",
        description = {
            "Check case files (JSON or YAML) against the format, the definitions of the instruments their"
                    + " assessments were made under, and the decision-log chain.",
            "Prints one line per valid file on standard output and one line per problem as POINTER: message on"
                    + " standard error. Exit code 0 when every file is valid, 2 otherwise."
        })
final class ValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Case files to check.")
    List<Path> files;

    @Option(
            names = "--instruments",
            paramLabel = "DIR",
            description = "A directory of extra instrument definition files (repeatable).")
    List<Path> instrumentDirectories = List.of();

    @Option(
            names = "--today",
            paramLabel = "DATE",
            description = "The date to treat as today (YYYY-MM-DD); nothing may be dated after it. Default: the"
                    + " system date.")
    LocalDate today;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Caseframe cf;
        try {
            Caseframe.Builder builder = Caseframe.builder();
            instrumentDirectories.forEach(builder::instruments);
            if (today != null) {
                builder.asOf(today);
            }
            cf = builder.build();
        } catch (InvalidInputException e) {
            List<Problem> problems = Problem.atMostReported(e.problems());
            out.println(e.source() + ": invalid instrument definitions (" + Problem.count(problems) + ")");
            problems.forEach(err::println);
            return CaseframeCli.INVALID_INPUT;
        }
        int invalid = 0;
        for (Path file : files) {
            ReadResult<CheckedCase> result = cf.check(file);
            if (result.isValid()) {
                CaseFile c = result.value().orElseThrow().caseFile();
                out.println(file + ": valid (" + c.assessments().size() + " assessments, "
                        + c.evidence().size() + " evidence, " + c.decisionLog().size() + " decisions; chain intact)");
            } else {
                invalid++;
                List<Problem> problems = result.problems();
                out.println(file + ": invalid (" + Problem.count(problems) + ")");
                problems.forEach(err::println);
            }
        }
        err.flush();
        return invalid == 0 ? 0 : CaseframeCli.INVALID_INPUT;
    }
}
