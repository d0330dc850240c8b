package org.caseframe.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.DomesticAbuseRisk;
import org.caseframe.core.model.DomesticAbuseSummary;
import org.caseframe.core.model.Practitioner;
import org.caseframe.core.model.PredictorInputs;
import org.caseframe.core.model.RoshGroup;
import org.caseframe.core.model.RoshLevel;
import org.caseframe.core.model.RoshSummary;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.instruments.predictors.Ogrs3;
import org.caseframe.instruments.predictors.Predictors;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.matrix.InterventionType;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.profile.Factor;
import org.caseframe.planning.profile.RiskProfile;
import org.caseframe.planning.profile.RiskProfiles;
import org.junit.jupiter.api.Test;

/**
 * Everything a practitioner enters is decided on, scenario by scenario, on a new fictional case
 * ({@code connected-licence-summaries.yaml}): a terrorist-connected man on licence since 2025-07-14, living with his
 * sister, her children and a grandmother with dementia; an OASys-style assessment from April 2025 (accommodation,
 * education-training-employment and attitudes needs, emotional well-being unscored but linked to serious harm); a
 * RoSH summary and a domestic abuse history summary from a MAPPA meeting in September 2026; OSP/DC inputs; an
 * extreme right-wing ideology; an ERG that recommends employment and mental health support.
 */
class RecordedFactsScenariosTest {
    static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.bundled();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final CaseFile CASE = CaseFiles.reader()
            .withDefinitions(CATALOGUE)
            .withClock(Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC))
            .read(Path.of("src/test/resources/fixtures/cases/connected-licence-summaries.yaml"));
    static final Policy RESPONSIVE = Policies.bundled("responsive").orElseThrow();
    static final Policy CURRENT = Policies.bundled("current-practice").orElseThrow();
    static final Practitioner OM = new Practitioner("Alex Fictional", "NSD probation officer");

    static AssessedCase assessed(CaseFile c) {
        return AssessedCase.of(c, CATALOGUE, TODAY);
    }

    static SentencePlan plan(CaseFile c, Policy policy) {
        return SentencePlanner.bundled().plan(assessed(c), policy);
    }

    static Optional<Decisions.InterventionDecision> intervention(SentencePlan p, InterventionType type) {
        return p.interventions().stream().filter(i -> i.type().equals(type)).findFirst();
    }

    static List<String> codes(SentencePlan p) {
        return p.findings().stream().map(SentencePlan.Finding::code).toList();
    }

    /** The case without the circumstances, summaries and predictor inputs it records. */
    static CaseFile bare() {
        return new CaseFile(
                CASE.schemaVersion(),
                CASE.subject(),
                CASE.cohort(),
                CASE.legalStatus(),
                CASE.sentence(),
                CASE.evidence(),
                CASE.assessments(),
                CASE.checks(),
                CASE.contacts(),
                CASE.events(),
                CASE.decisionLog(),
                CASE.ideology(),
                CASE.predictorResults());
    }

    // ---- needs-driven interventions (point 3) ----------------------------------------------------------------------

    @Test
    void eachOasysNeedScoredOrLinkedToHarmGetsItsOwnObjectiveAndTheInterventionTheDataMapsItTo() {
        for (Policy policy : List.of(RESPONSIVE, CURRENT)) {
            SentencePlan p = plan(CASE, policy);

            assertThat(intervention(p, InterventionType.MENTAL_HEALTH))
                    .as("emotional well-being is unscored, but linked to serious harm")
                    .hasValueSatisfying(i -> {
                        assertThat(i.policy()).isEqualTo("needs@1.0");
                        assertThat(i.reasons())
                                .singleElement()
                                .satisfies(r -> assertThat(r.description())
                                        .isEqualTo("Emotional well-being is a need to plan for: oasys-style section 10"
                                                + " Emotional well-being (not scored; linked to serious harm)"));
                    });
            assertThat(p.interventions())
                    .extracting(Decisions.InterventionDecision::type)
                    .contains(
                            InterventionType.ACCOMMODATION,
                            InterventionType.EDUCATION_TRAINING_EMPLOYMENT,
                            InterventionType.ATTITUDES_WORK)
                    .doesNotContain(InterventionType.SUBSTANCE_MISUSE, InterventionType.THINKING_SKILLS);
            assertThat(p.objectives())
                    .filteredOn(o -> o.addresses().stream().anyMatch(a -> a.startsWith("oasys-style section")))
                    .extracting(SentencePlan.Objective::text)
                    .as("each need in its own words, never the same generic line five times")
                    .doesNotHaveDuplicates()
                    .contains(
                            "Find and keep settled, suitable accommodation",
                            "Get into education, training or work",
                            "Get mental health assessment and support, and keep engaging with it");
        }
    }

    @Test
    void anErgRecommendationIsInThePlanWhenAnObjectiveAddressesTheSameNeedEvenWithoutItsIntervention() {
        AssessedCase a = assessed(CASE);
        RiskProfile profile = RiskProfiles.of(a);
        SentencePlanner planner = SentencePlanner.bundled();
        SentencePlan p = planner.plan(a, RESPONSIVE);
        List<IdentifiedRisk> risks = planner.identifiedRisks(a, profile);
        assertThat(codes(p)).doesNotContain("ERG_RECOMMENDATION_NOT_IN_PLAN");

        SentencePlan noIntervention = withInterventions(
                p,
                p.interventions().stream()
                        .filter(i -> !i.type().equals(InterventionType.EDUCATION_TRAINING_EMPLOYMENT))
                        .toList(),
                p.objectives());
        SentencePlan neither = withInterventions(
                noIntervention,
                noIntervention.interventions(),
                p.objectives().stream()
                        .filter(o -> !o.text().equals("Get into education, training or work"))
                        .toList());

        assertThat(PlanChecks.check(noIntervention, a, profile, risks))
                .extracting(SentencePlan.Finding::code)
                .as("the objective for section 4 addresses the ERG's employment recommendation")
                .doesNotContain("ERG_RECOMMENDATION_NOT_IN_PLAN");
        assertThat(PlanChecks.check(neither, a, profile, risks))
                .filteredOn(f -> f.code().equals("ERG_RECOMMENDATION_NOT_IN_PLAN"))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .startsWith("the ERG recommends Education, training and employment support"));
    }

    @Test
    void anInterventionForAnotherStageOfTheSentenceIsLeftOutAndTheFindingSaysWhy() {
        AssessedCase a = assessed(CASE);
        RiskProfile remand = RiskProfiles.of(a).with(Factor.STAGE, "REMAND");
        RiskProfile unknown = RiskProfiles.of(a).with(Factor.STAGE, Factor.UNKNOWN);

        SentencePlan p = SentencePlanner.bundled().plan(remand, a, RESPONSIVE);

        assertThat(intervention(p, InterventionType.ACCOMMODATION)).isEmpty();
        assertThat(p.findings())
                .filteredOn(f -> f.code().equals("INTERVENTION_NOT_ELIGIBLE")
                        && f.message().startsWith("Accommodation support"))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .endsWith("Accommodation support is for in custody before release, in the first 12 months in"
                                + " the community, in the community after the first 12 months, under notification"
                                + " requirements after the sentence, and this case is on remand"));
        assertThat(intervention(SentencePlanner.bundled().plan(unknown, a, RESPONSIVE), InterventionType.ACCOMMODATION))
                .as("an unknown stage never removes an intervention")
                .isPresent();
    }

    // ---- children and adults at risk (point 6) ---------------------------------------------------------------------

    @Test
    void childrenInTheHouseholdAndAnAdultAtRiskBecomeControlsCheckpointsAndFindings() {
        for (Policy policy : List.of(RESPONSIVE, CURRENT)) {
            SentencePlan p = plan(CASE, policy);

            assertThat(p.controls())
                    .filteredOn(c -> c.type().name().equals("CHILDRENS_SERVICES_LIAISON"))
                    .singleElement()
                    .satisfies(c -> assertThat(c.reasons())
                            .extracting(Decisions.Reason::rule)
                            .containsExactly("CHILDREN_IN_HOUSEHOLD"));
            assertThat(p.controls())
                    .filteredOn(c -> c.type().name().equals("ADULT_SAFEGUARDING_LIAISON"))
                    .singleElement()
                    .satisfies(c -> assertThat(c.reasons())
                            .extracting(Decisions.Reason::rule)
                            .containsExactly("ADULT_SAFEGUARDING_CONCERN"));
            assertThat(p.checkpoints())
                    .as("an adult safeguarding enquiry is due at every transition")
                    .allSatisfy(c -> assertThat(c.requiredEnquiries()).contains("ADULT_SAFEGUARDING"));
            assertThat(codes(p))
                    .contains("ADULT_SAFEGUARDING_NOT_CHECKED")
                    .as("a children's services enquiry was answered before release")
                    .doesNotContain("CHILDREN_IN_HOUSEHOLD_NOT_CHECKED");
        }
    }

    @Test
    void circumstancesNotRecordedAreNeverTakenAsNoAndTheGapIsNamed() {
        SentencePlan p = plan(bare(), RESPONSIVE);

        assertThat(p.controls())
                .filteredOn(c -> c.type().name().endsWith("_LIAISON"))
                .flatExtracting(Decisions.ControlDecision::reasons)
                .extracting(Decisions.Reason::rule)
                .containsExactlyInAnyOrder("CHILDREN_IN_HOUSEHOLD_NOT_RECORDED", "ADULT_SAFEGUARDING_NOT_RECORDED");
        assertThat(p.findings())
                .filteredOn(f -> f.code().equals("ASSESSMENT_MISSING"))
                .extracting(SentencePlan.Finding::message)
                .anyMatch(m -> m.startsWith("whether children live in the household has not been assessed"))
                .anyMatch(m -> m.startsWith("whether there is an adult safeguarding concern has not been assessed"));
    }

    // ---- summaries without whole instruments (point 7) -------------------------------------------------------------

    @Test
    void aRoshSummaryAndADomesticAbuseSummaryReachTheProfileAndThePlanSaysItRestsOnThem() {
        AssessedCase a = assessed(CASE);
        RiskProfile profile = RiskProfiles.of(a);
        SentencePlan p = SentencePlanner.bundled().plan(a, RESPONSIVE);

        assertThat(profile.level(Factor.ROSH_COMMUNITY))
                .as("the September 2026 summary, newer than the April 2025 assessment (HIGH for the public there too)")
                .isEqualTo("HIGH");
        assertThat(profile.level(Factor.ROSH_CUSTODY))
                .as("the summary rates no group in custody, so nothing is read from it for custody")
                .isEqualTo(Factor.UNKNOWN);
        assertThat(profile.level(Factor.DOMESTIC_ABUSE)).isEqualTo("HIGH");
        assertThat(profile.level(Factor.MARAC_REFERRAL)).isEqualTo("DUE");
        assertThat(p.controls()).anyMatch(c -> c.type().name().equals("MARAC_REFERRAL"));
        assertThat(p.checkpoints())
                .filteredOn(c -> c.transition().equals("MARAC_REFERRAL"))
                .singleElement()
                .satisfies(
                        c -> assertThat(c.requiredEnquiries()).contains("POLICE_DOMESTIC_ABUSE", "CHILDRENS_SERVICES"));
        assertThat(p.findings())
                .filteredOn(f -> f.code().equals("DECISION_RESTS_ON_SUMMARY"))
                .extracting(SentencePlan.Finding::message)
                .contains("a MARAC referral (DASH-style screening) is taken from a domestic abuse history summary of"
                        + " 2026-09-14 by Alex Fictional (NSD probation officer), not a completed DASH-style screening;"
                        + " 1 rule of responsive@1.1 rests on it")
                .allMatch(m -> !m.contains("OASys") || m.contains("RoSH summary of 2026-09-14"));
        assertThat(p.findings())
                .filteredOn(f -> f.code().equals("DECISION_RESTS_ON_SUMMARY"))
                .allMatch(f -> f.severity() == SentencePlan.Severity.NOTE)
                .anySatisfy(f -> assertThat(f.rules()).containsExactly("MARAC_REFERRAL_DUE"));
    }

    @Test
    void aCompletedAssessmentMadeAfterASummaryTakesItsPlace() {
        // A RoSH summary older than the April 2025 OASys-style assessment: the assessment's reading stands.
        CaseFile older = bare().withRoshSummary(new RoshSummary(
                        LocalDate.of(2025, 1, 10),
                        OM,
                        Map.of(RoshGroup.PUBLIC, RoshLevel.VERY_HIGH),
                        Map.of(),
                        List.of("E4")))
                .withDomesticAbuseSummary(new DomesticAbuseSummary(
                        LocalDate.of(2026, 10, 1), OM, DomesticAbuseRisk.MEDIUM, Optional.of(false), List.of()));
        AssessedCase a = assessed(older);

        assertThat(RiskProfiles.of(a).level(Factor.ROSH_COMMUNITY)).isEqualTo("HIGH");
        assertThat(RiskProfiles.fromSummaries(a)).containsOnlyKeys(Factor.DOMESTIC_ABUSE, Factor.MARAC_REFERRAL);
        assertThat(RiskProfiles.of(a).level(Factor.MARAC_REFERRAL))
                .as("a summary may say a referral is not due")
                .isEqualTo("NOT_DUE");
    }

    // ---- predictor inputs (point 6) --------------------------------------------------------------------------------

    @Test
    void recordedPredictorInputsAreCalculatedAndTheBandReachesTheProfileAndTheRulesThatReadIt() throws Exception {
        Map<String, Object> inputs =
                new java.util.LinkedHashMap<>(CASE.predictorInputs().get(0).inputs());
        inputs.put("adultContactSanctions", 2);
        inputs.put("childContactSanctions", 2);
        inputs.put("nonContactSanctions", 1);
        inputs.put("strangerVictim", true);
        CaseFile withSexualHistory = bare().withPredictorInputs(
                        new PredictorInputs("osp-dc@1.1", LocalDate.of(2026, 9, 14), inputs, List.of()));
        ObjectNode fields = new ObjectMapper().valueToTree(inputs);
        fields.put("sex", "MALE").put("dateOfBirth", "1990-10-21");
        String expected = Predictors.bundled()
                .find("osp-dc@1.1", Ogrs3.Options.DEFAULT)
                .orElseThrow()
                .predict(fields)
                .band()
                .name();

        assertThat(RiskProfiles.of(assessed(CASE)).level(Factor.OSP_DC))
                .as("no sexual sanctions: not applicable, as the MoJ service says")
                .isEqualTo("NOT_APPLICABLE");
        assertThat(RiskProfiles.of(assessed(withSexualHistory)).level(Factor.OSP_DC))
                .isEqualTo(expected)
                .isIn("HIGH", "VERY_HIGH");
        assertThat(intervention(plan(withSexualHistory, RESPONSIVE), InterventionType.SEXUAL_OFFENDING_PROGRAMME))
                .hasValueSatisfying(i -> assertThat(i.reasons())
                        .extracting(Decisions.Reason::rule)
                        .contains("SEXUAL_HARM_STATIC"));
    }

    @Test
    void predictorInputsThePredictorRefusesAreAProblemAtTheirPointer() {
        Map<String, Object> inputs =
                new java.util.LinkedHashMap<>(CASE.predictorInputs().get(0).inputs());
        inputs.put("adultContactSanctions", -2);
        CaseFile bad = bare().withPredictorInputs(
                        new PredictorInputs("osp-dc@1.1", LocalDate.of(2026, 9, 14), inputs, List.of()))
                .withPredictorInputs(new PredictorInputs("osp-dc@9.9", LocalDate.of(2026, 9, 14), inputs, List.of()));

        assertThatThrownBy(() -> assessed(bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(q -> q.pointer())
                                .contains(
                                        "/predictorInputs/0/inputs/adultContactSanctions", "/predictorInputs/1/model"));
    }

    static SentencePlan withInterventions(
            SentencePlan p,
            List<Decisions.InterventionDecision> interventions,
            List<SentencePlan.Objective> objectives) {
        return new SentencePlan(
                p.caseId(),
                p.asOf(),
                p.policy(),
                p.nsd(),
                p.mappa(),
                p.controls(),
                interventions,
                objectives,
                p.checkpoints(),
                p.contingency(),
                p.contactSchedule(),
                p.workloadHoursPerMonth(),
                p.reviews(),
                List.of());
    }
}
