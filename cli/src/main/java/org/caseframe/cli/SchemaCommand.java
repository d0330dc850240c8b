package org.caseframe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.caseframe.core.io.CaseFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code caseframe schema}: prints the JSON Schema of the case-file format shipped in the jar. */
@Command(name = "schema", description = "Print the JSON Schema of the case-file format (the one the reader enforces).")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (InputStream in = CaseFiles.schema()) {
            spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        return 0;
    }
}
