package org.caseframe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.caseframe.Caseframe;
import org.caseframe.CheckedCase;
import org.caseframe.core.model.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code caseframe generate}: a seeded, fictional cohort of valid case files. */
@Command(
        name = "generate",
        description = "Write a seeded cohort of fictional, valid case files (one JSON file per case) for what-if"
                + " comparisons and benchmarks. The same seed gives the same cohort.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many cases.")
    int count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The seed (default 1).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The directory to write into.")
    Path out;

    @Mixin
    AsOfOption asOf;

    @Mixin
    ProgressOption progress;

    @Override
    public Integer call() throws IOException {
        if (count < 1 || count > 1_000_000) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--count must be 1 to 1,000,000");
        }
        OutputPaths.directory("--out", out);
        List<CaseFile> cohort = asOf.caseframe().generateCohort(count, seed).stream()
                .map(CheckedCase::caseFile)
                .toList();
        for (CaseFile c : cohort) {
            OutputPaths.file("--out", out.resolve(c.subject().id() + ".json"));
        }
        try (Progress writing = progress.start(spec.commandLine().getErr(), "write", "files", cohort.size())) {
            for (CaseFile c : cohort) {
                Caseframe.write(c, out.resolve(c.subject().id() + ".json"));
                writing.advance();
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("wrote " + cohort.size() + " case files to " + out + " (seed " + seed + ")");
        return 0;
    }
}
