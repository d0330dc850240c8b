package org.caseframe.planning.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.io.Format;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.validation.CaseFileValidator;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.standards.Standards;
import org.junit.jupiter.api.Test;

class WhatIfTest {
    static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.bundled();
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    static final CohortGenerator GENERATOR = new CohortGenerator(CATALOGUE, AS_OF);
    static final WhatIf WHAT_IF = new WhatIf(Standards.bundled(), 3);
    static final Policy CURRENT = Policies.bundled("current-practice").orElseThrow();
    static final Policy RESPONSIVE = Policies.bundled("responsive").orElseThrow();

    @Test
    void theGeneratorIsSeededAndEveryCaseIsValidAndRoundTrips() {
        List<CaseFile> cohort = GENERATOR.generate(150, 42);

        assertThat(GENERATOR.generate(150, 42)).isEqualTo(cohort);
        assertThat(GENERATOR.generate(150, 43)).isNotEqualTo(cohort);
        CaseFileValidator validator = CaseFileValidator.withDefinitions(
                CATALOGUE, Clock.fixed(AS_OF.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        assertThat(cohort.stream()
                        .flatMap(c -> validator.validate(c).stream()
                                .map(p -> c.subject().id() + " " + p))
                        .limit(10)
                        .toList())
                .isEmpty();
        CaseFile first = cohort.get(0);
        assertThat(CaseFiles.reader()
                        .check(CaseFiles.toJson(first).getBytes(StandardCharsets.UTF_8), Format.JSON, "generated")
                        .value())
                .contains(first);
        assertThat(cohort).extracting(c -> c.cohort().name()).contains("TERRORIST", "TERRORIST_RISK");
    }

    @Test
    void aPolicyAgainstItselfChangesNothing() {
        WhatIf.Report report = WHAT_IF.compare(assessed(GENERATOR.generate(200, 7)), RESPONSIVE, RESPONSIVE, AS_OF);

        assertThat(report.cases()).isEqualTo(200);
        assertThat(report.changedCases()).isEmpty();
        assertThat(report.counts()).isEmpty();
        assertThat(report.workloadHoursPerMonth().baseline())
                .isEqualTo(report.workloadHoursPerMonth().candidate());
    }

    @Test
    void theResponsivePolicyStepsStableCasesDownAndLowRiskCasesOut() {
        WhatIf.Report report = WHAT_IF.compare(assessed(GENERATOR.generate(400, 11)), CURRENT, RESPONSIVE, AS_OF);

        assertThat(report.baseline()).isEqualTo("current-practice@1.1");
        assertThat(report.candidate()).isEqualTo("responsive@1.1");
        assertThat(report.counts()).containsKeys("MAPPA_LEVEL_DOWN", "NSD_OUT");
        assertThat(report.changedCases())
                .allSatisfy(c -> assertThat(c.changes())
                        .allSatisfy(
                                change -> assertThat(change.baselineReasons().size()
                                                + change.candidateReasons().size())
                                        .isPositive()));
        int total =
                report.changedCases().stream().mapToInt(c -> c.changes().size()).sum();
        assertThat(report.counts().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(total);
        assertThat(report.workloadHoursPerMonth().candidate())
                .isLessThan(report.workloadHoursPerMonth().baseline());
    }

    static List<AssessedCase> assessed(List<org.caseframe.core.model.CaseFile> cohort) {
        return cohort.stream().map(c -> AssessedCase.of(c, CATALOGUE, AS_OF)).toList();
    }
}
