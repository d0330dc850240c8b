package org.caseframe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.caseframe.Caseframe;
import org.caseframe.LogCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code caseframe log verify CASE}: checks a case file's decision-log chain. */
@Command(name = "log", description = "Work with a case file's decision log.", subcommands = LogCommand.Verify.class)
final class LogCommand {
    /** {@code caseframe log verify CASE [--head HASH]}. */
    @Command(
            name = "verify",
            description = {
                "Check that no record of the decision log was edited, removed, inserted or reordered. With --head, also"
                        + " check that none was cut from the end (the head hash kept elsewhere).",
                "Exit code 0 when intact; 2 with POINTER: message on standard error when broken."
            })
    static final class Verify implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE", description = "The case file (JSON or YAML).")
        Path caseFile;

        @Option(names = "--head", paramLabel = "HASH", description = "The head hash recorded elsewhere.")
        String head;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            // Structure only (a broken chain is this command's finding, not a reason to refuse the file); a file
            // not in the case-file format throws InvalidInputException: POINTER: message lines, exit 2.
            LogCheck log = Caseframe.bundled().checkLog(caseFile, Optional.ofNullable(head));
            if (log.broken().isPresent()) {
                err.println("/decisionLog/" + log.broken().get().index() + ": "
                        + log.broken().get().detail());
                return CaseframeCli.INVALID_INPUT;
            }
            out.println(caseFile + ": decision log intact (" + log.records() + " records, head " + log.head() + ")");
            return 0;
        }
    }
}
