package org.caseframe.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.whatif.WhatIf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomPolicyTest {
    private static final Path LOCAL = Path.of("policies/responsive-local.yaml");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    @Test
    void theLocalPolicyLoadsAndChangesOnlyWhenCasesStepDownFromMappaLevel3() {
        Policy local = CustomPolicy.load(LOCAL);

        WhatIf.Report report = CustomPolicy.compare(local, "responsive", 400, 7, AS_OF);

        assertThat(local.ref()).isEqualTo("responsive-local@1.2");
        assertThat(report.changedCases()).isNotEmpty();
        assertThat(report.changedCases())
                .flatMap(WhatIf.CaseChanges::changes)
                .filteredOn(c -> c.kind().equals("MAPPA_LEVEL"))
                .isNotEmpty()
                .allSatisfy(c -> {
                    // Twelve months of stability, not six, before stepping down: the local policy keeps level 3.
                    assertThat(c.baseline()).isEqualTo("level 2");
                    assertThat(c.candidate()).isEqualTo("level 3");
                });
        assertThat(report.workloadHoursPerMonth().candidate())
                .isGreaterThanOrEqualTo(report.workloadHoursPerMonth().baseline());
    }

    @Test
    void plansUnderTheLocalPolicyNameItInEveryDecision() {
        Policy local = CustomPolicy.load(LOCAL);

        SentencePlan plan = CustomPolicy.plan(Path.of("cases/terrorist-licence.yaml"), local, AS_OF);

        assertThat(plan.policy()).isEqualTo("responsive-local@1.2");
        assertThat(plan.controls())
                .isNotEmpty()
                .flatMap(c -> c.reasons())
                .extracting(Decisions.Reason::policy)
                .containsOnly("responsive-local@1.2");
    }

    @Test
    void aMistakeInThePolicyFileIsRefusedWithItsLocation() throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(
                broken, Files.readString(LOCAL).replace("stableMonthsForStepDown: 12", "stableMonthsForStepDown: -3"));

        assertThatThrownBy(() -> CustomPolicy.load(broken))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(
                                        p -> assertThat(p.pointer()).isEqualTo("/thresholds/stableMonthsForStepDown")));
    }
}
