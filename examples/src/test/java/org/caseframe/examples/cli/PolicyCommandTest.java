package org.caseframe.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCommandTest {
    static final Path POLICIES = Path.of("../planning/src/main/resources/org/caseframe/planning/policies");

    @TempDir
    Path dir;

    @Test
    void theBundledPoliciesAreValid() {
        CliRun run = CliRun.run(
                "",
                "policy",
                "check",
                POLICIES.resolve("current-practice.yaml").toString(),
                POLICIES.resolve("responsive.yaml").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.outLines())
                .anyMatch(l -> l.endsWith("valid (responsive@1.0, 21 rules, effective from 2026-04-01)"));
    }

    @Test
    void anInvalidPolicyExitsTwoWithLocationColonMessageLines() throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(
                broken,
                Files.readString(POLICIES.resolve("responsive.yaml"))
                        .replace("ergIntent: {atLeast: HIGH}", "ergIntent: {atLeast: HIGHER}")
                        .replace("stableMonthsForStepDown: 6", "stableMonthsForStepDown: 6000"));

        CliRun run = CliRun.run("", "policy", "check", broken.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines())
                .containsExactly("/thresholds/stableMonthsForStepDown: 6000 is above the maximum 1200");
        Files.writeString(
                broken,
                Files.readString(POLICIES.resolve("responsive.yaml"))
                        .replace("ergIntent: {atLeast: HIGH}", "ergIntent: {atLeast: HIGHER}"));
        assertThat(CliRun.run("", "policy", "check", broken.toString()).errLines())
                .singleElement()
                .asString()
                .matches("/rules/\\d+/when/ergIntent/atLeast: \"HIGHER\" is not a value of ergIntent .*");
    }
}
