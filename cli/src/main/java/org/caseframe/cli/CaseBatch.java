package org.caseframe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.caseframe.Caseframe;
import org.caseframe.CheckedCase;
import org.caseframe.core.io.Format;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.validation.Problem;

/**
 * Many case files read together, for commands that work over a directory: every file is checked before anything is
 * done with any of them, so one bad file stops the batch with every problem listed and nothing written.
 *
 * @param files the files read, in name order
 * @param cases the valid cases, in the same order (all of them when {@code problems} is empty)
 * @param problems every problem in every file, each message prefixed with its file
 */
record CaseBatch(List<Path> files, List<CheckedCase> cases, List<Problem> problems) {
    /** The case files in a directory (JSON and YAML, in name order), or the one file named. */
    static List<Path> files(Path directoryOrFile) throws IOException {
        if (!Files.isDirectory(directoryOrFile)) {
            return List.of(directoryOrFile);
        }
        try (Stream<Path> listing = Files.list(directoryOrFile)) {
            return listing.filter(p -> Format.ofFileName(p).isPresent())
                    .sorted()
                    .toList();
        }
    }

    /**
     * Reads and checks every file, advancing {@code progress} once per file.
     *
     * @param nameFiles whether each problem's message starts with its file (needed when there can be several)
     */
    static CaseBatch read(List<Path> files, Caseframe reader, Progress progress, boolean nameFiles) {
        List<CheckedCase> cases = new ArrayList<>(files.size());
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            ReadResult<CheckedCase> r = reader.check(file);
            r.problems().forEach(p -> problems.add(nameFiles ? prefixed(file.toString(), p) : p));
            r.value().ifPresent(cases::add);
            progress.advance();
        }
        return new CaseBatch(files, cases, problems);
    }

    /** The problem with {@code source} named at the start of its message. */
    static Problem prefixed(String source, Problem p) {
        return new Problem(p.pointer(), p.code(), source + ": " + p.message());
    }
}
