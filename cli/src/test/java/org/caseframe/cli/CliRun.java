package org.caseframe.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Runs the command line in-process with given standard input and captures its output. */
record CliRun(int exit, String out, List<String> outLines, List<String> errLines) {
    static CliRun run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static CliRun run(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CaseframeCli.run(
                args, new ByteArrayInputStream(stdin), new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(exit, out.toString(), lines(out.toString()), lines(err.toString()));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).toList();
    }
}
