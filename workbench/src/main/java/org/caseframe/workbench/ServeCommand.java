package org.caseframe.workbench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.caseframe.Caseframe;
import org.caseframe.report.view.ReportAudience;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code caseframe serve [DIR] [--port N] [--role AUDIENCE]}: starts the workbench on 127.0.0.1 and prints the address
 * to open, with its access token; runs until stopped (Ctrl-C). The command line adds it when the workbench is on the
 * class path.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Start the workbench, a local web application over a directory of case files, on 127.0.0.1 only.",
            "Open the address it prints (it carries a random access token). Every page is redacted for --role.",
            "Exit code 2 if the directory is not a directory or an option is wrong."
        })
public final class ServeCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "DIR",
            description = "The case files (default: examples/cases).")
    Path directory = Path.of("examples", "cases");

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "The port on 127.0.0.1 (default: 8686; 0 for any free port).")
    int port = 8686;

    @Option(
            names = "--role",
            paramLabel = "AUDIENCE",
            description = "Who the pages are for: ${COMPLETION-CANDIDATES} (default: PSYCHOLOGIST).")
    ReportAudience role = ReportAudience.PSYCHOLOGIST;

    @Option(
            names = "--policy",
            paramLabel = "FILE|ID",
            description = "The policy plans are made under (default: responsive).")
    String policy = "responsive";

    @Option(
            names = "--policies",
            paramLabel = "DIR",
            description = "Where new policy versions are saved (default: policies beside DIR).")
    Path policies;

    @Option(
            names = "--key-file",
            paramLabel = "FILE",
            description = "The organisation's decision-log key (at least 32 bytes), so that finishing and"
                    + " countersigning append keyed records; else CASEFRAME_LOG_KEY, if set.")
    Path keyFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Caseframe caseframe() {
        Caseframe.Builder b = Caseframe.builder();
        Caseframe.logKey(java.util.Optional.ofNullable(keyFile)).ifPresent(b::logKey);
        return b.build();
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(directory)) {
            err.println("caseframe serve: " + directory + " is not a directory of case files");
            return 2;
        }
        if (port < 0 || port > 65_535) {
            err.println("caseframe serve: --port " + port + " is not 0 to 65535");
            return 2;
        }
        Workbench.Options defaults = Workbench.Options.of(directory);
        Workbench.Options options = new Workbench.Options(
                directory,
                policies == null ? defaults.policies() : policies,
                port,
                role,
                policy,
                caseframe(),
                java.util.Optional.empty());
        Workbench workbench = Workbench.start(options);
        out.println("Caseframe workbench for " + directory + ", as "
                + role.audience().name() + ":");
        out.println("  " + workbench.url());
        out.println("Open that address in a browser on this computer. Stop with Ctrl-C.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            workbench.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
