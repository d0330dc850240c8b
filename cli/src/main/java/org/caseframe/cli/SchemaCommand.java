package org.caseframe.cli;

import java.util.concurrent.Callable;
import org.caseframe.Caseframe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code caseframe schema}: prints the JSON Schema of the case-file format shipped in the jar. */
@Command(name = "schema", description = "Print the JSON Schema of the case-file format (the one the reader enforces).")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(Caseframe.caseFileSchema());
        return 0;
    }
}
