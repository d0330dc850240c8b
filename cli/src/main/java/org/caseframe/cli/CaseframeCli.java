package org.caseframe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code caseframe} command line. Exit codes: 0 success, 2 invalid input (each problem printed to standard error
 * as {@code POINTER: message}), 1 an internal error.
 */
@Command(
        name = "caseframe",
        mixinStandardHelpOptions = true,
        // Every command and subcommand takes --help and -h (and --version), so 'caseframe plan --help' works.
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = CaseframeCli.Version.class,
        description = "Structured risk assessment and sentence planning for terrorist, terrorist-connected and"
                + " terrorist-risk cases.",
        subcommands = {
            ValidateCommand.class,
            InstrumentsCommand.class,
            PredictCommand.class,
            PolicyCommand.class,
            PlanCommand.class,
            WhatIfCommand.class,
            GenerateCommand.class,
            ReportCommand.class,
            RunCommand.class,
            SchemaCommand.class,
            LogCommand.class,
            CommandLine.HelpCommand.class
        })
public final class CaseframeCli implements Runnable {
    /** Exit code for invalid input. */
    public static final int INVALID_INPUT = 2;

    // Hibernate Validator announces itself through java.util.logging; keep the console for results.
    private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(
            names = "--debug",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an unexpected error.")
    boolean debug;

    /** Standard input, replaceable in tests. */
    InputStream stdin = System.in;

    public static void main(String[] args) {
        System.exit(run(
                args,
                System.in,
                new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8)),
                new PrintWriter(
                        new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true)));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        HIBERNATE.setLevel(Level.WARNING);
        CaseframeCli root = new CaseframeCli();
        root.stdin = in;
        CommandLine cli = new CommandLine(root).setOut(out).setErr(err);
        workbench().ifPresent(serve -> cli.addSubcommand("serve", serve));
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InvalidInputException invalid) {
                // Invalid input a command did not report itself: the same POINTER: message lines and exit code.
                Problem.atMostReported(invalid.problems()).forEach(commandLine.getErr()::println);
                return INVALID_INPUT;
            }
            if (e instanceof OutputPaths.Refused refused) {
                commandLine.getErr().println(refused.getMessage());
                return INVALID_INPUT;
            }
            commandLine.getErr().println("caseframe: " + e);
            if (debug) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'caseframe validate FILE'");
    }

    /** The workbench's {@code serve} command, when the workbench is on the class path (it is in the built jar). */
    private static java.util.Optional<Object> workbench() {
        try {
            return java.util.Optional.of(Class.forName("org.caseframe.workbench.ServeCommand")
                    .getDeclaredConstructor()
                    .newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            return java.util.Optional.empty();
        }
    }

    /** Reads the version stamped into the jar at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = CaseframeCli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"caseframe " + p.getProperty("version", "unknown")};
        }
    }
}
