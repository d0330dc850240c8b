package org.caseframe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.whatif.WhatIf;
import org.junit.jupiter.api.Test;

/**
 * The prepared what-if (profiles and baseline decisions once, the fast path for each candidate, reasons only for the
 * cases that change) gives exactly the report of the whole comparison, for any threshold edit and any candidate.
 */
class PreparedWhatIfTest {
    static final Caseframe CASEFRAME =
            Caseframe.builder().asOf(LocalDate.of(2026, 11, 30)).build();
    static final List<AssessedCase> COHORT =
            CASEFRAME.generateCohort(400, 11).stream().map(CASEFRAME::assess).toList();

    static Policy withThresholds(Policy p, int resettlement, int stable) {
        Map<String, Integer> t = new LinkedHashMap<>(p.thresholds());
        t.replace("resettlementMonths", resettlement);
        t.replace("stableMonthsForStepDown", stable);
        return new Policy(
                p.id(), p.version() + "-edit", p.title(), p.effectiveFrom(), p.sources(), t, p.rules(), p.vocabulary());
    }

    @Test
    void anyThresholdEditGivesExactlyTheWholeComparisonsReport() {
        for (String ref : List.of("responsive", "current-practice")) {
            Policy baseline = CASEFRAME.policy(ref).orThrow();
            WhatIf.Prepared prepared = CASEFRAME.prepareWhatIf(COHORT, baseline);
            qt().withExamples(12)
                    .forAll(integers().between(0, 36), integers().between(0, 48))
                    .checkAssert((resettlement, stable) -> {
                        Policy candidate = withThresholds(baseline, resettlement, stable);
                        assertThat(prepared.compare(candidate))
                                .isEqualTo(CASEFRAME.whatIf(COHORT, baseline, candidate, n -> {}));
                    });
        }
    }

    @Test
    void anotherPolicyAltogetherGivesTheSameReportToo() {
        Policy current = CASEFRAME.policy("current-practice").orThrow();
        Policy responsive = CASEFRAME.policy("responsive").orThrow();
        WhatIf.Report prepared = CASEFRAME.prepareWhatIf(COHORT, current).compare(responsive);
        assertThat(prepared).isEqualTo(CASEFRAME.whatIf(COHORT, current, responsive, n -> {}));
        assertThat(prepared.changedCases()).isNotEmpty();
        WhatIf.Report longerStability =
                CASEFRAME.prepareWhatIf(COHORT, responsive).compare(withThresholds(responsive, 3, 24));
        assertThat(longerStability.changedCases())
                .as("a threshold edit that changes cases")
                .isNotEmpty();
        Policy older = CASEFRAME.policy("responsive@1.0").orThrow();
        assertThat(CASEFRAME.prepareWhatIf(COHORT, older).compare(responsive))
                .isEqualTo(CASEFRAME.whatIf(COHORT, older, responsive, n -> {}));
    }
}
