package org.caseframe.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.caseframe.Caseframe;
import org.caseframe.report.view.ReportAudience;

/** Test helpers: a copy of the bundled fictional cases in a temporary directory, and a workbench over it. */
final class Cases {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC);

    private Cases() {}

    /** A copy of {@code examples/cases} under {@code root}/cases. */
    static Path copy(Path root) {
        Path cases = root.resolve("cases");
        try {
            Files.createDirectories(cases);
            try (Stream<Path> files = Files.list(Path.of("../examples/cases"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                    Files.copy(f, cases.resolve(f.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    static Workbench start(Path cases, ReportAudience role) {
        Caseframe caseframe = Caseframe.builder().clock(CLOCK).build();
        return Workbench.start(new Workbench.Options(
                cases,
                cases.getParent().resolve("policies"),
                0,
                role,
                "responsive",
                caseframe,
                Optional.of("test-token-0123456789abcdef")));
    }
}
