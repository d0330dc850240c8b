package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhatIfCommandTest {
    @TempDir
    Path dir;

    @Test
    void generateThenCompareTwoPolicies() throws Exception {
        Path cohort = dir.resolve("cohort");
        CliRun gen = CliRun.run(
                "", "generate", "--count", "60", "--seed", "5", "--out", cohort.toString(), "--as-of", "2026-01-01");
        assertThat(gen.exit()).isZero();
        try (var files = Files.list(cohort)) {
            assertThat(files.count()).isEqualTo(60);
        }

        Path json = dir.resolve("report.json");
        Path csv = dir.resolve("changes.csv");
        CliRun run = whatif(cohort, "--json", json.toString(), "--csv", csv.toString());

        assertThat(run.exit()).as(run.errLines().toString()).isZero();
        assertThat(gen.errLines())
                .as("no progress bar when standard error is not a terminal")
                .isEmpty();
        assertThat(run.errLines())
                .as("no progress bar when standard error is not a terminal")
                .isEmpty();
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.get("baseline").asText()).isEqualTo("current-practice@1.1");
        assertThat(report.get("candidate").asText()).isEqualTo("responsive@1.1");
        assertThat(report.get("cases").asInt()).isEqualTo(60);
        assertThat(report.get("changedCases")).isNotEmpty();
        JsonNode change = report.get("changedCases").get(0).get("changes").get(0);
        assertThat(change.has("baselineReasons") || change.has("candidateReasons"))
                .isTrue();
        assertThat(report.get("counts").size()).isPositive();
        assertThat(report.get("workloadHoursPerMonth").get("baseline").asDouble())
                .isPositive();
        assertThat(Files.readAllLines(csv))
                .first()
                .isEqualTo("caseId,kind,item,baseline,candidate,baselineRules,candidateRules");
    }

    @Test
    void aPolicyAgainstItselfChangesNothing() throws Exception {
        CliRun run = CliRun.run(
                "",
                "whatif",
                "--cohort",
                "../examples/cases",
                "--baseline",
                "responsive",
                "--candidate",
                "responsive",
                "--as-of",
                "2026-11-22");

        assertThat(run.exit()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("cases").asInt()).isEqualTo(8);
        assertThat(report.get("changedCases")).isEmpty();
        assertThat(report.get("counts")).isEmpty();
    }

    @Test
    void progressForReadingAndComparingWhenAskedFor() throws Exception {
        Path cohort = dir.resolve("cohort");
        CliRun gen = CliRun.run(
                "",
                "generate",
                "--count",
                "30",
                "--out",
                cohort.toString(),
                "--as-of",
                "2026-01-01",
                "--progress",
                "always");
        CliRun run = whatif(cohort, "--json", dir.resolve("r.json").toString(), "--progress", "always");

        assertThat(String.join("\n", gen.errLines())).contains("write [########################] 30/30 files 100%");
        assertThat(run.exit()).isZero();
        assertThat(String.join("\n", run.errLines()))
                .contains("read    [########################] 30/30 files 100%")
                .contains("compare [########################] 30/30 cases 100%", "cases/s");
        assertThat(run.outLines()).singleElement().asString().startsWith("30 cases, ");
    }

    /** {@code caseframe whatif} of the cohort, current practice against responsive, as of 2026-01-01. */
    private static CliRun whatif(Path cohort, String... extra) {
        String[] base = {
            "whatif",
            "--cohort",
            cohort.toString(),
            "--baseline",
            "current-practice",
            "--candidate",
            "responsive",
            "--as-of",
            "2026-01-01"
        };
        return CliRun.run(
                "",
                java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                        .toArray(String[]::new));
    }
}
