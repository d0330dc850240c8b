package org.caseframe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.caseframe.Caseframe;
import org.caseframe.LogCheck;
import org.caseframe.core.log.Decision;
import org.caseframe.core.model.DecisionRecord;
import org.caseframe.core.model.DecisionType;
import org.caseframe.core.model.HandlingRestriction;
import org.caseframe.core.model.Practitioner;
import org.caseframe.core.model.ProtectiveMarking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code caseframe log verify|append CASE}: checks or adds to a case file's decision log. */
@Command(
        name = "log",
        description = "Work with a case file's decision log.",
        subcommands = {LogCommand.Verify.class, LogCommand.Append.class})
final class LogCommand {
    /** The organisation's log key: {@code --key-file}, else the environment variable CASEFRAME_LOG_KEY. */
    static final class KeyOption {
        @Option(
                names = "--key-file",
                paramLabel = "FILE",
                description = "The organisation's log key (at least 32 bytes); default: the environment variable"
                        + " CASEFRAME_LOG_KEY, if set. Records are sealed with it (HMAC-SHA-256) and checked against"
                        + " it.")
        Path keyFile;

        Caseframe caseframe() {
            Caseframe.Builder b = Caseframe.builder();
            Caseframe.logKey(Optional.ofNullable(keyFile)).ifPresent(b::logKey);
            return b.build();
        }
    }

    /** {@code caseframe log verify CASE [--head HASH] [--key-file FILE]}. */
    @Command(
            name = "verify",
            description = {
                "Check the decision log: that no record was edited, removed, inserted or reordered and none is dated"
                        + " before the one above it; with the organisation's key, that every record is sealed with"
                        + " it (which catches a log rewritten by whoever holds the file); with --head, that none was"
                        + " cut from the end (the head hash kept elsewhere).",
                "Exit code 0 when intact; 2 with POINTER: message on standard error when broken."
            })
    static final class Verify implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE", description = "The case file (JSON or YAML).")
        Path caseFile;

        @Option(names = "--head", paramLabel = "HASH", description = "The head hash recorded elsewhere.")
        String head;

        @Mixin
        KeyOption key;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            // Structure only (a broken chain is this command's finding, not a reason to refuse the file); a file
            // not in the case-file format throws InvalidInputException: POINTER: message lines, exit 2.
            LogCheck log = key.caseframe().checkLog(caseFile, Optional.ofNullable(head));
            if (log.broken().isPresent()) {
                err.println("/decisionLog/" + log.broken().get().index() + ": "
                        + log.broken().get().detail());
                return CaseframeCli.INVALID_INPUT;
            }
            out.println(caseFile + ": decision log intact (" + log.records() + " records, head " + log.head() + "; "
                    + protection(log) + ")");
            return 0;
        }

        private static String protection(LogCheck log) {
            return switch (log.protection()) {
                case "KEYED_AND_CHECKED" -> "sealed with key " + log.keyId().orElseThrow() + ", every seal checked";
                case "KEYED_NOT_CHECKED" ->
                    "sealed with key " + log.keyId().orElseThrow()
                            + ", seals not checked without the key: give --key-file";
                case "UNKEYED" -> "unkeyed: detects accidental change only, not a rewrite by whoever holds the file";
                default -> "empty";
            };
        }
    }

    /** {@code caseframe log append CASE --decision TEXT --rationale TEXT --by NAME --role ROLE --marking M}. */
    @Command(
            name = "append",
            description = {
                "Append a decision to a case file's decision log and write the file back atomically, sealed with the"
                        + " organisation's key when one is given (a log already sealed can only be appended to with"
                        + " its key). The case must be valid first, except for evidence re-marked since the log last"
                        + " recorded it: the record records the marking of every evidence item that is new or"
                        + " re-marked, so a change of marking is a logged decision.",
                "Exit code 0 when appended; 2 with POINTER: message on standard error otherwise (nothing written)."
            })
    static final class Append implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE", description = "The case file (JSON or YAML).")
        Path caseFile;

        @Option(
                names = {"--decision", "--summary"},
                required = true,
                paramLabel = "TEXT",
                description = "What was decided.")
        String decision;

        @Option(names = "--rationale", required = true, paramLabel = "TEXT", description = "Why.")
        String rationale;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who decided.")
        String by;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "Their role.")
        String role;

        @Option(
                names = "--marking",
                required = true,
                paramLabel = "MARKING",
                description = "OFFICIAL, OFFICIAL_SENSITIVE, SECRET or TOP_SECRET.")
        ProtectiveMarking marking;

        @Option(names = "--handling", paramLabel = "RESTRICTION", description = "A handling restriction, if any.")
        HandlingRestriction handling;

        @Option(
                names = "--sealed-reference",
                paramLabel = "HANDLE",
                description = "A handle of sealed material the decision rests on (repeatable); never its content.")
        List<String> sealedReferences = List.of();

        @Option(
                names = "--type",
                paramLabel = "TYPE",
                description = "What kind of decision it is, when the planner reads it: ${COMPLETION-CANDIDATES}.")
        DecisionType type;

        @Option(
                names = "--mappa-level",
                paramLabel = "LEVEL",
                description = "The MAPPA level (1 to 3) a MAPPA_REVIEW decided.")
        Integer mappaLevel;

        @Option(
                names = "--at",
                paramLabel = "INSTANT",
                description = "When it was decided (e.g. 2026-11-30T10:15:00Z). Default: now.")
        Instant at;

        @Mixin
        KeyOption key;

        @Override
        public Integer call() throws IOException {
            DecisionRecord r = key.caseframe()
                    .appendDecision(
                            caseFile,
                            new Decision(
                                    new Practitioner(by, role),
                                    decision,
                                    rationale,
                                    marking,
                                    Optional.ofNullable(handling),
                                    sealedReferences,
                                    Optional.ofNullable(type),
                                    Optional.ofNullable(mappaLevel)),
                            at == null ? Instant.now() : at);
            spec.commandLine()
                    .getOut()
                    .println("appended record " + r.sequence() + " to " + caseFile + " ("
                            + r.keyId().map(k -> "sealed with key " + k).orElse("unkeyed") + "; head " + r.hash()
                            + ")");
            if (!r.markings().isEmpty()) {
                spec.commandLine()
                        .getOut()
                        .println("it records the marking of "
                                + r.markings().stream()
                                        .map(m -> m.evidence() + " (" + m.describe() + ")")
                                        .collect(java.util.stream.Collectors.joining(", ")));
            }
            return 0;
        }
    }
}
