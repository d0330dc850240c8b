package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path dir;

    private CliRun run(String sample, String... extra) {
        String[] base = {"run", sample, "--as-of", "2026-11-22", "--out-dir", dir.toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.run("", args);
    }

    @Test
    void runsEveryStepAndSaysWhereTheReportsAre() throws Exception {
        CliRun run = run("../examples/cases/terrorist-licence.yaml");

        assertThat(run.exit()).as(run.errLines().toString()).isZero();
        assertThat(run.outLines())
                .anySatisfy(l -> assertThat(l).startsWith("validate  ").contains(": valid ("))
                .anySatisfy(l -> assertThat(l).startsWith("score     "))
                .anySatisfy(l -> assertThat(l)
                        .startsWith("plan      policy responsive@")
                        .contains("NSD-managed")
                        .contains("MAPPA category"))
                .anySatisfy(l -> assertThat(l).startsWith("check     ").contains("findings"))
                .anySatisfy(
                        l -> assertThat(l)
                                .isEqualTo(
                                        "          Should be looked at: CT summary not shared with the prison offender manager."
                                                + " The CT assessment summary has not been recorded as shared with the prison offender"
                                                + " manager (no decision-log record of the type \"CT summary shared with the POM\")"))
                .noneSatisfy(l -> assertThat(l).containsPattern("\\b[A-Z]+_[A-Z_]+\\b"));
        Path formulation = dir.resolve("formulation-POM.pdf");
        Path plan = dir.resolve("sentence-plan-POM.pdf");
        assertThat(run.out())
                .contains("render    " + formulation + " (formulation for POM, marked OFFICIAL-SENSITIVE")
                .contains("render    " + plan + " (sentence-plan for POM, marked OFFICIAL");
        assertThat(Files.readAllBytes(formulation)).startsWith("%PDF-".getBytes());
        assertThat(Files.readAllBytes(plan)).startsWith("%PDF-".getBytes());
    }

    @Test
    void scoresTheCountedInstrumentsAndNamesTheAudienceInTheFileNames() {
        CliRun run = run("../examples/cases/tact-prerelease-domestic-abuse.yaml", "--audience", "NSD_MANAGER");

        assertThat(run.exit()).as(run.errLines().toString()).isZero();
        assertThat(run.outLines())
                .anySatisfy(
                        l -> assertThat(l).startsWith("score     dash-style@").contains("counted, suggests"));
        assertThat(dir.resolve("formulation-NSD_MANAGER.pdf")).exists();
        assertThat(dir.resolve("sentence-plan-NSD_MANAGER.pdf")).exists();
    }

    @Test
    void withoutAnErgAssessmentTheFormulationIsSkippedAndThePlanStillRendered() {
        CliRun run = run("../examples/cases/risk-complex-not-ct.yaml");

        assertThat(run.exit()).as(run.errLines().toString()).isZero();
        assertThat(run.out()).contains("render    formulation: skipped, no finished ERG-structured assessment");
        assertThat(dir.resolve("formulation-POM.pdf")).doesNotExist();
        assertThat(dir.resolve("sentence-plan-POM.pdf")).exists();
    }

    @Test
    void anInvalidCaseStopsBeforeAnythingIsWritten() throws Exception {
        CliRun run = run("../examples/broken/semantic-problems.yaml");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).startsWith("validate  ../examples/broken/semantic-problems.yaml: invalid (");
        assertThat(run.errLines()).isNotEmpty().allSatisfy(l -> assertThat(l).matches("^/\\S*: .+"));
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anUnknownPolicyIsInvalidInput() throws Exception {
        CliRun run = run("../examples/cases/terrorist-licence.yaml", "--policy", "no-such-policy");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).isNotEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
