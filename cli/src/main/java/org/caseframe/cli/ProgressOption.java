package org.caseframe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --progress WHEN} option shared by long jobs. By default a progress bar is drawn on standard error only
 * when standard error is a terminal, so piped and redirected output stays exactly the results.
 */
final class ProgressOption {
    /** When to draw progress. */
    enum When {
        auto,
        always,
        never
    }

    @Option(
            names = "--progress",
            paramLabel = "WHEN",
            description = "Show a progress bar with counts and rate on standard error: auto (only when it is a"
                    + " terminal, the default), always or never.")
    When when = When.auto;

    /** A progress display for {@code total} items, silent unless wanted. */
    Progress start(PrintWriter err, String label, String unit, int total) {
        boolean show = switch (when) {
            case always -> true;
            case never -> false;
            case auto -> stderrIsTerminal();
        };
        return show ? Progress.drawing(err, label, unit, total, System::nanoTime) : Progress.silent();
    }

    /**
     * Whether standard error is a terminal. Java has no portable test for one stream, so on Linux this reads where file
     * descriptor 2 points; elsewhere it falls back to whether the JVM has a console (standard input and output both
     * terminals), which errs on the side of drawing nothing.
     */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the portable approximation
        }
        return System.console() != null;
    }
}
