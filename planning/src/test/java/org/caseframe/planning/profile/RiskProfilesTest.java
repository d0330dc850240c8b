package org.caseframe.planning.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.model.CaseFile;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.matrix.InterventionType;
import org.caseframe.planning.matrix.Matrix;
import org.caseframe.planning.matrix.Policies;
import org.junit.jupiter.api.Test;

class RiskProfilesTest {
    static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.bundled();
    static final CaseFile SAMPLE = CaseFiles.reader()
            .withDefinitions(CATALOGUE)
            .withClock(java.time.Clock.fixed(java.time.Instant.parse("2026-11-22T12:00:00Z"), java.time.ZoneOffset.UTC))
            .read(Path.of("src/test/resources/fixtures/cases/terrorist-licence.yaml"));

    @Test
    void theSampleProfileComesFromItsAssessmentsAndRecordsWithUnknownsExplicit() {
        RiskProfile p = RiskProfiles.of(AssessedCase.of(SAMPLE, CATALOGUE, LocalDate.of(2026, 11, 22)));

        assertThat(p.level(Factor.COHORT)).isEqualTo("TERRORIST");
        assertThat(p.level(Factor.ERG_ENGAGEMENT)).isEqualTo("MEDIUM");
        assertThat(p.level(Factor.ERG_INTENT)).isEqualTo("LOW");
        assertThat(p.level(Factor.ERG_CAPABILITY)).isEqualTo("MEDIUM");
        assertThat(p.level(Factor.PRESENTING_RISK)).isEqualTo(Factor.UNKNOWN);
        assertThat(p.level(Factor.ROSH_COMMUNITY)).isEqualTo(Factor.UNKNOWN);
        assertThat(p.level(Factor.DOMESTIC_ABUSE)).isEqualTo(Factor.UNKNOWN);
        assertThat(p.level(Factor.DOMESTIC_ABUSE_ENQUIRIES)).isEqualTo("MADE");
        assertThat(p.level(Factor.STAGE)).isEqualTo("LATER_COMMUNITY");
        assertThat(p.level(Factor.APPROVED_PREMISES)).isEqualTo("LEFT");
        assertThat(p.months(Factor.MONTHS_SINCE_RELEASE)).contains(20);
        assertThat(p.months(Factor.MONTHS_STABLE)).contains(20);
        assertThat(p.months(Factor.MONTHS_SINCE_APPROVED_PREMISES)).contains(14);
    }

    @Test
    void earlyInTheLicenceStabilityIsShortAndTheApIsLived() {
        RiskProfile p = RiskProfiles.of(AssessedCase.of(SAMPLE, CATALOGUE, LocalDate.of(2025, 6, 1)));

        assertThat(p.level(Factor.STAGE)).isEqualTo("FIRST_12_MONTHS_COMMUNITY");
        assertThat(p.level(Factor.APPROVED_PREMISES)).isEqualTo("RESIDENT");
        assertThat(p.months(Factor.MONTHS_STABLE)).contains(2);
        assertThat(RiskProfiles.of(AssessedCase.of(SAMPLE, CATALOGUE, LocalDate.of(2024, 6, 1)))
                        .months(Factor.MONTHS_STABLE))
                .isEmpty();
    }

    @Test
    void theResponsivePolicyStepsDownAStableCaseWhereCurrentPracticeKeepsItsLevel() {
        Matrix current = Matrix.compile(Policies.bundled("current-practice").orElseThrow());
        Matrix responsive = Matrix.compile(Policies.bundled("responsive").orElseThrow());
        RiskProfile early = RiskProfiles.of(AssessedCase.of(SAMPLE, CATALOGUE, LocalDate.of(2025, 6, 1)));
        RiskProfile stable = RiskProfiles.of(AssessedCase.of(SAMPLE, CATALOGUE, LocalDate.of(2025, 12, 1)));

        assertThat(current.evaluate(stable).mappa().orElseThrow().level()).isEqualTo(3);
        assertThat(responsive.evaluate(early).mappa().orElseThrow().level()).isEqualTo(3);
        Decisions stepped = responsive.evaluate(stable);
        assertThat(stepped.mappa().orElseThrow().level()).isEqualTo(2);
        assertThat(stepped.mappa().orElseThrow().category()).isEqualTo(4);
        // Level 2 at least for a convicted case, and the step-down itself: plan in place (record 5) and stable.
        assertThat(stepped.mappa().orElseThrow().reasons())
                .extracting(Decisions.Reason::rule)
                .containsExactly("MAPPA_L2_CONVICTED", "MAPPA_L2_STEP_DOWN");
        assertThat(stepped.mappa().orElseThrow().reasons()).allSatisfy(r -> {
            assertThat(r.policy()).isEqualTo("responsive@1.1");
            assertThat(r.matched()).containsEntry("cohort", "TERRORIST");
        });
        assertThat(stepped.nsd().managed()).isTrue();
        assertThat(stepped.interventions())
                .extracting(Decisions.InterventionDecision::type)
                .extracting(InterventionType::name)
                .containsExactly("HII", "DDP_MENTORING");
        // No RoSH assessment and no domestic-abuse screening in the sample: in the first 12 months in the community
        // that is never treated as low (two contacts a week, electronic monitoring, approved premises, home visits).
        assertThat(stepped.controls())
                .extracting(c -> c.type().name())
                .containsExactly(
                        "ELECTRONIC_MONITORING",
                        "POLYGRAPH",
                        "APPROVED_PREMISES_RESIDENCE",
                        "CONTACT_FREQUENCY",
                        "HOME_VISITS",
                        "RESETTLEMENT_VISITS",
                        "DEVICE_MONITORING",
                        "INTERNET_MONITORING");
        assertThat(stepped.controls().stream()
                        .filter(c -> c.type().name().equals("CONTACT_FREQUENCY"))
                        .findFirst()
                        .orElseThrow()
                        .perWeek())
                .contains(2);
        // Under three months since leaving approved premises: the fortnightly resettlement standard applies.
        assertThat(stable.months(Factor.MONTHS_SINCE_APPROVED_PREMISES)).contains(2);
    }

    @Test
    void anAdverseEventRestartsStability() {
        CaseFile recalled = new CaseFile(
                SAMPLE.schemaVersion(),
                SAMPLE.subject(),
                SAMPLE.cohort(),
                SAMPLE.legalStatus(),
                SAMPLE.sentence(),
                SAMPLE.evidence(),
                SAMPLE.assessments(),
                SAMPLE.checks(),
                SAMPLE.contacts(),
                java.util.List.of(new org.caseframe.core.model.AdverseEvent(
                        LocalDate.of(2026, 10, 1),
                        org.caseframe.core.model.EventKind.LICENCE_BREACH,
                        "Missed curfew",
                        java.util.List.of())),
                SAMPLE.decisionLog());
        RiskProfile p = RiskProfiles.of(AssessedCase.of(recalled, CATALOGUE, LocalDate.of(2026, 11, 22)));
        Matrix responsive = Matrix.compile(Policies.bundled("responsive").orElseThrow());

        assertThat(p.months(Factor.MONTHS_STABLE)).contains(1);
        assertThat(responsive.evaluate(p).mappa().orElseThrow().level()).isEqualTo(3);
    }
}
