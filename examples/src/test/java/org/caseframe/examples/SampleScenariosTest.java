package org.caseframe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.model.CaseFile;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.ControlType;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.SentencePlanner;
import org.junit.jupiter.api.Test;

/** Each fictional sample shows the situation it was written for. */
class SampleScenariosTest {
    static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.bundled();
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    static SentencePlan plan(String sample, String policy) {
        CaseFile c = CaseFiles.reader()
                .withDefinitions(CATALOGUE)
                .withClock(SamplesTest.NOW)
                .read(Path.of("cases/" + sample + ".yaml"));
        return SentencePlanner.bundled()
                .plan(
                        AssessedCase.of(c, CATALOGUE, AS_OF),
                        Policies.bundled(policy).orElseThrow());
    }

    static List<String> findings(SentencePlan p) {
        return p.findings().stream().map(SentencePlan.Finding::code).toList();
    }

    @Test
    void complexityAloneKeepsATerroristRiskCaseOutOfNsdUnderTheResponsivePolicy() {
        assertThat(plan("risk-complex-not-ct", "current-practice").nsd().managed())
                .isTrue();
        assertThat(plan("risk-complex-not-ct", "responsive").nsd().managed()).isFalse();
    }

    @Test
    void aTerroristRiskCaseIsAdoptedAtLevelThreeAsRiskRises() {
        SentencePlan p = plan("risk-adopted-as-risk-rises", "responsive");

        assertThat(p.nsd().managed()).isTrue();
        assertThat(p.mappa().orElseThrow().level()).isEqualTo(3);
    }

    @Test
    void domesticAbuseWithChildrenAtRiskIsFlaggedBeforeRelease() {
        assertThat(findings(plan("tact-prerelease-domestic-abuse", "responsive")))
                .contains("CHILD_SAFEGUARDING_NOT_SHARED", "DOMESTIC_ABUSE_WITHOUT_ENQUIRY");
    }

    @Test
    void highRiskOfSeriousHarmInApprovedPremisesBringsTheEnhancedStandards() {
        List<ControlType> controls = plan("tact-licence-approved-premises", "responsive").controls().stream()
                .map(Decisions.ControlDecision::type)
                .toList();

        assertThat(controls)
                .contains(
                        ControlType.ELECTRONIC_MONITORING,
                        ControlType.APPROVED_PREMISES_RESIDENCE,
                        ControlType.RESETTLEMENT_VISITS);
        assertThat(plan("tact-licence-approved-premises", "responsive").controls().stream()
                        .filter(c -> c.type().equals(ControlType.CONTACT_FREQUENCY))
                        .findFirst()
                        .orElseThrow()
                        .perWeek())
                .contains(2);
    }

    @Test
    void aTerroristConnectedCaseWithSexualOffendingHasASexualHarmObjective() {
        assertThat(plan("connected-sexual-offence-history", "responsive").objectives())
                .anySatisfy(o -> assertThat(o.addresses()).contains("sexual harm risk medium"));
    }

    @Test
    void aCaseNearingSentenceEndHasTheHandoverCheckpointAhead() {
        assertThat(plan("tact-sentence-end-handover", "responsive").checkpoints())
                .filteredOn(c -> c.transition().equals("SENTENCE_END_HANDOVER_TO_POLICE"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.date()).contains(LocalDate.of(2027, 1, 16));
                    assertThat(c.due()).isFalse();
                });
    }

    @Test
    void atLeastOneSubjectHasANameInArabicScript() {
        CaseFile c = CaseFiles.read(Path.of("cases/tact-prerelease-domestic-abuse.yaml"));

        assertThat(c.subject().names()).anySatisfy(n -> assertThat(n.lang()).contains("ar"));
    }
}
