package org.caseframe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.io.DocumentReader;
import org.caseframe.core.io.ReadLimits;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.log.ChainBreak;
import org.caseframe.core.log.DecisionLog;
import org.caseframe.core.model.CaseFile;
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
            // Structure only: a broken chain is this command's finding, not a reason to refuse the file.
            ReadResult<CaseFile> read;
            try (java.io.InputStream schema = CaseFiles.schema()) {
                read = DocumentReader.of(CaseFile.class, schema, c -> List.of(), ReadLimits.DEFAULT)
                        .check(caseFile);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (!read.isValid()) {
                read.problems().forEach(err::println);
                return CaseframeCli.INVALID_INPUT;
            }
            DecisionLog log = DecisionLog.of(read.orThrow());
            Optional<ChainBreak> broken = head == null ? log.verify() : log.verify(head);
            if (broken.isPresent()) {
                err.println("/decisionLog/" + broken.get().index() + ": "
                        + broken.get().detail());
                return CaseframeCli.INVALID_INPUT;
            }
            out.println(caseFile + ": decision log intact (" + log.records().size() + " records, head "
                    + log.head().orElse(DecisionLog.GENESIS) + ")");
            return 0;
        }
    }
}
