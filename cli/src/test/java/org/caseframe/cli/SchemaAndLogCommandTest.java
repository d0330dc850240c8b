package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaAndLogCommandTest {
    @TempDir
    Path dir;

    @Test
    void schemaPrintsTheShippedCaseFileSchema() {
        CliRun run = CliRun.run("", "schema");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"title\": \"Caseframe case file, format 1.0\"", "\"decisionLog\"");
    }

    @Test
    void logVerifyAcceptsAnIntactChainAndNamesTheBrokenRecord() {
        CliRun intact = CliRun.run("", "log", "verify", "../examples/cases/terrorist-licence.yaml");
        CliRun broken = CliRun.run("", "log", "verify", "../examples/broken/semantic-problems.yaml");

        assertThat(intact.exit()).isZero();
        assertThat(intact.out()).contains("decision log intact (6 records, head ");
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.errLines())
                .containsExactly(
                        "/decisionLog/1: record 2 was changed after it was written: its" + " hash does not match");
    }

    @Test
    void logVerifyWithAWrongHeadFindsATruncatedLog() throws Exception {
        CliRun run = CliRun.run(
                "", "log", "verify", "../examples/cases/terrorist-licence.yaml", "--head", "0".repeat(63) + "1");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("removed from the end");
        Files.writeString(dir.resolve("x.json"), "{");
        assertThat(CliRun.run("", "log", "verify", dir.resolve("x.json").toString())
                        .exit())
                .isEqualTo(2);
    }
}
