package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caseframe report DIR}: one report per case, all checked before any is written. */
class BatchReportTest {
    @TempDir
    Path dir;

    private CliRun report(Path cases, String kind, Path out, String... extra) {
        String[] base = {
            "report",
            cases.toString(),
            "--kind",
            kind,
            "--audience",
            "POM",
            "--as-of",
            "2026-11-22",
            "--out",
            out.toString()
        };
        return CliRun.run("", Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
    }

    @Test
    void oneFormulationPerCaseWithAFinishedErgAssessmentAndTheRestListedAsSkipped() throws Exception {
        Path out = dir.resolve("reports");

        CliRun run = report(Path.of("../examples/cases"), "formulation", out);

        assertThat(run.exit()).as(run.errLines().toString()).isZero();
        assertThat(run.errLines())
                .as("no progress bar when standard error is not a terminal")
                .isEmpty();
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "connected-licence-summaries-formulation-POM.pdf",
                            "connected-sexual-offence-history-formulation-POM.pdf",
                            "tact-licence-approved-premises-formulation-POM.pdf",
                            "tact-prerelease-domestic-abuse-formulation-POM.pdf",
                            "tact-sentence-end-handover-formulation-POM.pdf",
                            "terrorist-licence-formulation-POM.pdf");
        }
        assertThat(run.outLines())
                .contains(
                        "skipped ../examples/cases/risk-adopted-as-risk-rises.yaml: no finished ERG-structured assessment"
                                + " to report on",
                        "skipped ../examples/cases/risk-complex-not-ct.yaml: no finished ERG-structured assessment to"
                                + " report on");
        assertThat(run.outLines().get(run.outLines().size() - 1))
                .startsWith("wrote 6 formulation reports for POM to " + out)
                .endsWith(", 2 skipped");
        assertThat(Files.readAllBytes(out.resolve("terrorist-licence-formulation-POM.pdf")))
                .as("the same bytes as a single report")
                .isEqualTo(singleReport("formulation"));
    }

    @Test
    void aPlanBasedKindCoversEveryCase() throws Exception {
        Path out = dir.resolve("plans");

        CliRun run = report(Path.of("../examples/cases"), "mappa", out, "--policy", "current-practice");

        assertThat(run.exit()).as(run.errLines().toString()).isZero();
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written).hasSize(8);
        }
    }

    @Test
    void oneBadFileStopsTheBatchWithEveryProblemNamedByFileAndNothingWritten() throws Exception {
        Path cases = Files.createDirectory(dir.resolve("cases"));
        Files.copy(Path.of("../examples/cases/terrorist-licence.yaml"), cases.resolve("a.yaml"));
        Files.copy(Path.of("../examples/broken/structural-problems.yaml"), cases.resolve("b.yaml"));
        Path out = dir.resolve("out");

        CliRun run = report(cases, "sentence-plan", out);

        assertThat(run.exit()).isEqualTo(CaseframeCli.INVALID_INPUT);
        assertThat(run.errLines())
                .isNotEmpty()
                .allSatisfy(line ->
                        assertThat(line).contains(cases.resolve("b.yaml").toString()));
        assertThat(out).doesNotExist();
    }

    @Test
    void twoCasesThatWouldWriteTheSameReportAreAProblemNotAnOverwrite() throws Exception {
        Path cases = Files.createDirectory(dir.resolve("cases"));
        Files.copy(Path.of("../examples/cases/terrorist-licence.yaml"), cases.resolve("same.yaml"));
        Files.copy(Path.of("../examples/cases/terrorist-licence.yaml"), cases.resolve("same.yml"));
        Path out = dir.resolve("out");

        CliRun run = report(cases, "sentence-plan", out);

        assertThat(run.exit()).isEqualTo(CaseframeCli.INVALID_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains("same.yml", "same.yaml", "rename one");
        assertThat(out).doesNotExist();
    }

    @Test
    void progressIsDrawnOnStandardErrorWhenAskedFor() {
        CliRun run = report(Path.of("../examples/cases"), "mappa", dir.resolve("out"), "--progress", "always");

        assertThat(run.exit()).isZero();
        assertThat(String.join("\n", run.errLines()))
                .contains("read   [", "8/8 files 100%", "render [########################] 8/8 reports 100%")
                .contains("reports/s");
    }

    private byte[] singleReport(String kind) throws Exception {
        Path file = dir.resolve("single.pdf");
        CliRun run = report(Path.of("../examples/cases/terrorist-licence.yaml"), kind, file);
        assertThat(run.exit()).isZero();
        return Files.readAllBytes(file);
    }
}
