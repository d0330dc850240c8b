package org.caseframe.cli;

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
                POLICIES.resolve("responsive.yaml").toString(),
                POLICIES.resolve("current-practice-1.1.yaml").toString(),
                POLICIES.resolve("responsive-1.1.yaml").toString());

        assertThat(run.exit()).as(run.errLines().toString()).isZero();
        assertThat(run.outLines())
                .anyMatch(l -> l.endsWith("valid (responsive@1.0, 21 rules, effective from 2026-04-01)"))
                .anyMatch(l -> l.matches(".*valid \\(responsive@1\\.1, \\d+ rules, effective from 2026-04-01\\)"))
                .anyMatch(l -> l.matches(".*valid \\(current-practice@1\\.1, \\d+ rules, .*"));
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

    @Test
    void exportDmnWritesADmn13ModelWithOneTablePerDecidedOutput() throws Exception {
        Path out = dir.resolve("responsive.dmn");

        CliRun run = CliRun.run("", "policy", "export-dmn", "responsive", "--out", out.toString());

        assertThat(run.exit()).as(run.errLines().toString()).isZero();
        assertThat(run.outLines())
                .singleElement()
                .asString()
                .startsWith("wrote " + out + " (responsive@1.1 as DMN 1.3");
        String xml = Files.readString(out);
        assertThat(xml)
                .contains("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"")
                .contains("name=\"nsdManaged\"", "name=\"mappaLevel\"", "name=\"control_CONTACT_FREQUENCY\"")
                .contains("hitPolicy=\"COLLECT\" aggregation=\"MAX\"");
        // One decision per NSD/MAPPA output, per control type and per intervention type.
        assertThat(xml.split("<decision ", -1))
                .hasSize(1
                        + 4
                        + org.caseframe.planning.matrix.ControlType.bundled().size()
                        + org.caseframe.planning.matrix.InterventionType.bundled()
                                .size());
    }

    @Test
    void exportDmnOfAnInvalidPolicyWritesNothing() throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(
                broken,
                Files.readString(POLICIES.resolve("responsive.yaml"))
                        .replace("ergIntent: {atLeast: HIGH}", "ergIntent: {atLeast: HIGHER}"));
        Path out = dir.resolve("broken.dmn");

        CliRun run = CliRun.run("", "policy", "export-dmn", broken.toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(CaseframeCli.INVALID_INPUT);
        assertThat(run.errLines()).anyMatch(l -> l.contains("HIGHER"));
        assertThat(out).doesNotExist();
    }
}
