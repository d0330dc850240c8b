package org.caseframe.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.log.Decision;
import org.caseframe.core.log.DecisionLog;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.Check;
import org.caseframe.core.model.CheckKind;
import org.caseframe.core.model.CheckOutcome;
import org.caseframe.core.model.DecisionType;
import org.caseframe.core.model.Practitioner;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.core.model.TransitionPoint;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.profile.Factor;
import org.caseframe.planning.profile.RiskProfile;
import org.caseframe.planning.profile.RiskProfiles;
import org.caseframe.planning.standards.Standards;
import org.caseframe.planning.whatif.CohortGenerator;
import org.caseframe.planning.whatif.WhatIf;
import org.junit.jupiter.api.Test;

/**
 * The inspection's account of MAPPA and of unassessed risk, scenario by scenario, on the fictional sample case (on
 * licence since 2025-03-10; its log records the risk management plan in place on 2025-09-15 and a panel review to
 * level 2 on 2026-03-20) and on a generated cohort.
 */
class InspectionScenariosTest {
    static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.bundled();
    static final CaseFile SAMPLE = CaseFiles.reader()
            .withDefinitions(CATALOGUE)
            .withClock(Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC))
            .read(Path.of("src/test/resources/fixtures/cases/terrorist-licence.yaml"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Policy CURRENT = Policies.bundled("current-practice").orElseThrow();
    static final Policy RESPONSIVE = Policies.bundled("responsive").orElseThrow();
    static final Practitioner SPO = new Practitioner("Chris Sample", "NSD senior probation officer");

    /** The sample with only the first {@code n} decision-log records (before the plan and the review). */
    static CaseFile withFirstRecords(int n) {
        return SAMPLE.withDecisionLog(SAMPLE.decisionLog().subList(0, n));
    }

    static CaseFile append(CaseFile c, DecisionType type, Optional<Integer> level, String at) {
        return DecisionLog.appendTo(
                c,
                new Decision(
                        SPO,
                        type.label(),
                        "Fictional scenario.",
                        ProtectiveMarking.OFFICIAL,
                        Optional.empty(),
                        List.of(),
                        Optional.of(type),
                        level),
                Instant.parse(at));
    }

    /** The sample with these checks and no ideology recorded, as files written before it could be hold. */
    static CaseFile withoutIdeology(List<Check> checks) {
        return new CaseFile(
                SAMPLE.schemaVersion(),
                SAMPLE.subject(),
                SAMPLE.cohort(),
                SAMPLE.legalStatus(),
                SAMPLE.sentence(),
                SAMPLE.evidence(),
                SAMPLE.assessments(),
                checks,
                SAMPLE.contacts(),
                SAMPLE.events(),
                SAMPLE.decisionLog());
    }

    static SentencePlan plan(CaseFile c, LocalDate asOf, Policy policy) {
        return SentencePlanner.bundled().plan(AssessedCase.of(c, CATALOGUE, asOf), policy);
    }

    static List<String> rules(SentencePlan p) {
        return p.mappa().orElseThrow().reasons().stream()
                .map(Decisions.Reason::rule)
                .toList();
    }

    @Test
    void currentPracticeHoldsLevel3AfterTwelveMonthsUntilAPanelReviewDecidesAnother() {
        SentencePlan unreviewed = plan(withFirstRecords(5), TODAY, CURRENT);
        SentencePlan reviewed = plan(SAMPLE, TODAY, CURRENT);

        assertThat(unreviewed.mappa().orElseThrow().level()).isEqualTo(3);
        assertThat(rules(unreviewed)).contains("MAPPA_L3_UNTIL_REVIEWED");
        assertThat(unreviewed.mappa().orElseThrow().basis()).contains("no MAPPA review recorded in the decision log");
        assertThat(reviewed.mappa().orElseThrow().level()).isEqualTo(2);
        assertThat(reviewed.mappa().orElseThrow().basis())
                .contains("latest MAPPA review on 2026-03-20 decided level 2 (decision-log record 6)");
        assertThat(Policies.bundledVersions("current-practice").get(0))
                .as("version 1.0 stepped down on its own, and is kept as it was")
                .satisfies(v -> assertThat(plan(withFirstRecords(5), TODAY, v)
                                .mappa()
                                .orElseThrow()
                                .level())
                        .isEqualTo(2));
    }

    @Test
    void responsiveStepsDownOnlyWithTheRiskManagementPlanInPlaceAndStabilityAndSaysSo() {
        SentencePlan noPlan = plan(withFirstRecords(4), TODAY, RESPONSIVE);
        SentencePlan stepped = plan(SAMPLE, TODAY, RESPONSIVE);

        assertThat(noPlan.mappa().orElseThrow().level()).isEqualTo(3);
        assertThat(rules(noPlan)).contains("MAPPA_L3_UNTIL_RISK_MANAGEMENT_IN_PLACE");
        assertThat(noPlan.mappa().orElseThrow().basis())
                .contains("no decision-log record that the risk management plan is in place");
        assertThat(stepped.mappa().orElseThrow().level()).isEqualTo(2);
        assertThat(stepped.mappa().orElseThrow().reasons())
                .filteredOn(r -> r.rule().equals("MAPPA_L2_STEP_DOWN"))
                .singleElement()
                .satisfies(r -> assertThat(r.matched())
                        .containsEntry("riskManagementPlan", "IN_PLACE")
                        .containsEntry("monthsStable", "20"));
        assertThat(stepped.mappa().orElseThrow().basis())
                .containsExactly(
                        "stable 20 months (since 2025-03-10); step-down threshold 6 months, met",
                        "risk management plan in place since 2025-09-15 (decision-log record 5)",
                        "latest MAPPA review on 2026-03-20 decided level 2 (decision-log record 6)");
    }

    @Test
    void aRecommendationThatDiffersFromTheLatestReviewIsAFinding() {
        CaseFile reviewedUp = append(SAMPLE, DecisionType.MAPPA_REVIEW, Optional.of(3), "2026-10-01T10:00:00Z");

        SentencePlan p = plan(reviewedUp, TODAY, RESPONSIVE);

        assertThat(p.mappa().orElseThrow().level()).isEqualTo(2);
        assertThat(p.findings())
                .filteredOn(f -> f.code().equals("MAPPA_LEVEL_DIFFERS_FROM_REVIEW"))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("recommends MAPPA level 2", "decided level 3", "decision-log record 7"));
        assertThat(plan(SAMPLE, TODAY, RESPONSIVE).findings())
                .noneMatch(f -> f.code().equals("MAPPA_LEVEL_DIFFERS_FROM_REVIEW"));
    }

    @Test
    void aTerrorismCaseThreeMonthsAfterReleaseWithoutRoshIsNotTreatedAsLowAndTheGapIsNamed() {
        LocalDate threeMonthsOut = LocalDate.of(2025, 6, 10);
        SentencePlan p = plan(SAMPLE, threeMonthsOut, RESPONSIVE);
        SentencePlan old = plan(
                SAMPLE, threeMonthsOut, Policies.bundledVersions("responsive").get(0));

        Map<String, Decisions.ControlDecision> controls =
                p.controls().stream().collect(Collectors.toMap(c -> c.type().name(), Function.identity()));
        assertThat(controls).containsKeys("ELECTRONIC_MONITORING", "APPROVED_PREMISES_RESIDENCE");
        assertThat(controls.get("CONTACT_FREQUENCY").perWeek()).contains(2);
        assertThat(controls.get("CONTACT_FREQUENCY").reasons())
                .anySatisfy(r -> assertThat(r.matched()).containsEntry("roshCommunity", Factor.UNKNOWN));
        assertThat(p.findings())
                .filteredOn(f -> f.code().equals("ASSESSMENT_MISSING"))
                .anySatisfy(f -> {
                    assertThat(f.message())
                            .startsWith("risk of serious harm in the community (RoSH) has not been assessed; 1 rule of"
                                    + " responsive@1.1 rests on it");
                    assertThat(f.rules()).containsExactly("STANDARD_TWO_CONTACTS");
                });
        assertThat(old.controls())
                .as("version 1.0 read an unassessed RoSH as low")
                .noneMatch(c -> c.type().name().equals("ELECTRONIC_MONITORING"));
    }

    @Test
    void sharingTheCtSummaryWithThePomIsATypedDecision() {
        String code = "CT_SUMMARY_NOT_SHARED_WITH_POM";
        CaseFile shared =
                append(SAMPLE, DecisionType.CT_SUMMARY_SHARED_WITH_POM, Optional.empty(), "2026-10-01T10:00:00Z");
        CaseFile saidInWords = DecisionLog.appendTo(
                SAMPLE,
                Decision.official(SPO, "Shared the ERG summary with the POM", "POM asked for it."),
                Instant.parse("2026-10-01T10:00:00Z"));

        assertThat(plan(SAMPLE, TODAY, RESPONSIVE).findings())
                .anyMatch(f -> f.code().equals(code));
        assertThat(plan(shared, TODAY, RESPONSIVE).findings())
                .noneMatch(f -> f.code().equals(code));
        assertThat(plan(saidInWords, TODAY, RESPONSIVE).findings())
                .as("words are not read as a decision")
                .anyMatch(f -> f.code().equals(code));
    }

    @Test
    void anEnquiryCountsForATransitionWithinItsWindowAndAnOlderOneIsOutOfDate() {
        // Police and children's services checks 13 days before release (labelled pre-release) count for the release;
        // an adult-safeguarding check labelled as at release but made two years before it is out of date.
        List<Check> checks = new java.util.ArrayList<>(SAMPLE.checks());
        checks.add(check(CheckKind.POLICE_DOMESTIC_ABUSE, "2025-02-25", TransitionPoint.PRE_RELEASE));
        checks.add(check(CheckKind.CHILDRENS_SERVICES, "2025-02-25", TransitionPoint.PRE_RELEASE));
        checks.add(check(CheckKind.ADULT_SAFEGUARDING, "2023-03-01", TransitionPoint.RELEASE));
        CaseFile c = withoutIdeology(checks);

        SentencePlan p = plan(c, TODAY, RESPONSIVE);

        SentencePlan.Checkpoint release = p.checkpoints().stream()
                .filter(x -> x.transition().equals("RELEASE"))
                .findFirst()
                .orElseThrow();
        assertThat(release.recordedEnquiries()).containsExactly("POLICE_DOMESTIC_ABUSE", "CHILDRENS_SERVICES");
        assertThat(release.outOfDateEnquiries()).containsExactly("ADULT_SAFEGUARDING (made 2023-03-01)");
        assertThat(p.findings())
                .filteredOn(f -> f.message().startsWith("Release"))
                .extracting(SentencePlan.Finding::code, SentencePlan.Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "ENQUIRIES_OUT_OF_DATE",
                        "Release on 2025-03-10: made too long before or after it to count (28 days before to 7 days"
                                + " after): Adult safeguarding enquiry (made 2023-03-01)"));
    }

    @Test
    void aPlanNeverHoldsAnInterventionThePersonIsNotEligibleForAndSaysWhyOneWasLeftOut() {
        // The sample's ERG recommends identity work; record an extreme right-wing ideology and raise intent so that
        // the policy recommends the theological and ideological intervention, which is matched to a faith.
        CaseFile erw = SAMPLE.withIdeology(new org.caseframe.core.model.IdeologyRecord(
                List.of(org.caseframe.core.model.Ideology.EXTREME_RIGHT_WING), List.of("E1")));
        AssessedCase assessed = AssessedCase.of(erw, CATALOGUE, TODAY);
        RiskProfile intent = RiskProfiles.of(assessed).with(Factor.ERG_INTENT, "HIGH");

        SentencePlan p = SentencePlanner.bundled().plan(intent, assessed, RESPONSIVE);
        CaseFile none = withoutIdeology(SAMPLE.checks());
        SentencePlan unrecorded = SentencePlanner.bundled()
                .plan(
                        RiskProfiles.of(AssessedCase.of(none, CATALOGUE, TODAY)).with(Factor.ERG_INTENT, "HIGH"),
                        AssessedCase.of(none, CATALOGUE, TODAY),
                        RESPONSIVE);

        assertThat(p.interventions()).extracting(i -> i.type().name()).doesNotContain("THEOLOGICAL_IDEOLOGICAL");
        assertThat(p.findings())
                .filteredOn(f -> f.code().equals("INTERVENTION_NOT_ELIGIBLE"))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo(
                                "Theological and Ideological Intervention (recommended by responsive@1.1) left out of"
                                        + " the plan:"
                                        + " Theological and Ideological Intervention is for Islamist or Mixed, unclear or"
                                        + " unstable ideologies, and the case records Extreme right-wing"));
        assertThat(unrecorded.interventions())
                .as("an ideology not recorded never removes it")
                .extracting(i -> i.type().name())
                .contains("THEOLOGICAL_IDEOLOGICAL");
        assertThat(unrecorded.findings()).anyMatch(f -> f.code().equals("IDEOLOGY_NOT_RECORDED"));
    }

    @Test
    void noCaseInAGeneratedCohortGetsAnInterventionItIsNotEligibleFor() {
        LocalDate asOf = LocalDate.of(2026, 1, 1);
        Interventions eligibility = Interventions.bundled();
        int leftOut = 0;
        for (CaseFile c : new CohortGenerator(CATALOGUE, asOf).generate(300, 11)) {
            AssessedCase assessed = AssessedCase.of(c, CATALOGUE, asOf);
            for (Policy policy : List.of(CURRENT, RESPONSIVE)) {
                SentencePlan p = SentencePlanner.bundled().plan(assessed, policy);
                for (Decisions.InterventionDecision i : p.interventions()) {
                    assertThat(eligibility.whyNot(i.type(), assessed, RiskProfiles.of(assessed)))
                            .as(c.subject().id() + " " + i.type())
                            .isEmpty();
                }
                leftOut += (int) p.findings().stream()
                        .filter(f -> f.code().equals("INTERVENTION_NOT_ELIGIBLE"))
                        .count();
            }
        }
        assertThat(leftOut)
                .as("the cohort has cases the rules would otherwise give the wrong intervention")
                .isPositive();
    }

    @Test
    void aRecordedPredictorResultReachesTheProfileAndTheRulesThatReadIt() {
        CaseFile high = withFirstRecords(6)
                .withPredictorResult(new org.caseframe.core.model.PredictorResult(
                        "osp-dc@1.1",
                        LocalDate.of(2026, 6, 1),
                        org.caseframe.core.model.PredictorBand.HIGH,
                        Optional.of(0.05),
                        List.of("E3")));

        SentencePlan p = plan(high, TODAY, RESPONSIVE);
        SentencePlan sample = plan(SAMPLE, TODAY, RESPONSIVE);

        assertThat(RiskProfiles.of(AssessedCase.of(high, CATALOGUE, TODAY)).level(Factor.OSP_DC))
                .isEqualTo("HIGH");
        assertThat(p.interventions())
                .filteredOn(i -> i.type().name().equals("SEXUAL_OFFENDING_PROGRAMME"))
                .singleElement()
                .satisfies(i -> assertThat(i.reasons())
                        .extracting(Decisions.Reason::rule)
                        .contains("SEXUAL_HARM_STATIC"));
        assertThat(RiskProfiles.of(AssessedCase.of(SAMPLE, CATALOGUE, TODAY)).level(Factor.OSP_DC))
                .as("the sample records OSP/DC as not applicable")
                .isEqualTo("NOT_APPLICABLE");
        assertThat(sample.findings())
                .noneMatch(f ->
                        f.code().equals("ASSESSMENT_MISSING") && f.message().startsWith("OSP/DC"));
    }

    @Test
    void aMaracReferralDueAndTheHomeVisitSafetyPlanBecomeControlsAndFindings() {
        AssessedCase assessed = AssessedCase.of(SAMPLE, CATALOGUE, TODAY);
        RiskProfile profile = RiskProfiles.of(assessed);

        SentencePlan marac =
                SentencePlanner.bundled().plan(profile.with(Factor.MARAC_REFERRAL, "DUE"), assessed, RESPONSIVE);
        SentencePlan twoPerson = SentencePlanner.bundled()
                .plan(profile.with(Factor.HOME_VISIT_PLAN, "TWO_PERSON"), assessed, RESPONSIVE);
        SentencePlan doNotVisit = SentencePlanner.bundled()
                .plan(profile.with(Factor.HOME_VISIT_PLAN, "DO_NOT_VISIT"), assessed, RESPONSIVE);

        assertThat(marac.controls())
                .filteredOn(c -> c.type().name().equals("MARAC_REFERRAL"))
                .singleElement()
                .satisfies(c -> assertThat(c.reasons())
                        .extracting(Decisions.Reason::rule)
                        .contains("MARAC_REFERRAL_DUE"));
        assertThat(twoPerson.controls())
                .filteredOn(c -> c.type().name().equals("HOME_VISITS"))
                .singleElement()
                .satisfies(c -> assertThat(c.details())
                        .contains("Home visits by two practitioners, as the home-visit safety check sets"));
        // Home visits come from the unscreened domestic abuse rule; the safety check says do not visit.
        assertThat(doNotVisit.findings())
                .anyMatch(f -> f.code().equals("HOME_VISITS_AGAINST_SAFETY_PLAN")
                        && f.severity() == SentencePlan.Severity.ERROR);
    }

    static Check check(CheckKind kind, String date, TransitionPoint point) {
        return new Check(kind, LocalDate.parse(date), point, CheckOutcome.NO_INFORMATION, Optional.empty(), List.of());
    }

    @Test
    void overAGeneratedCohortEveryStepDownHasItsPlanInPlaceAndStabilityMet() {
        LocalDate asOf = LocalDate.of(2026, 1, 1);
        List<CaseFile> cohort = new CohortGenerator(CATALOGUE, asOf).generate(400, 7);
        List<AssessedCase> assessed =
                cohort.stream().map(c -> AssessedCase.of(c, CATALOGUE, asOf)).toList();
        Map<String, AssessedCase> byId =
                assessed.stream().collect(Collectors.toMap(a -> a.subject().id(), Function.identity()));

        WhatIf.Report report = new WhatIf(Standards.bundled(), 2).compare(assessed, CURRENT, RESPONSIVE, asOf);

        List<WhatIf.CaseChanges> steppedDown = report.changedCases().stream()
                .filter(c -> c.changes().stream()
                        .anyMatch(ch -> ch.kind().equals("MAPPA_LEVEL")
                                && ch.baseline().equals("level 3")
                                && ch.candidate().equals("level 2")))
                .toList();
        assertThat(steppedDown).isNotEmpty();
        int threshold = RESPONSIVE.thresholds().get("stableMonthsForStepDown");
        for (WhatIf.CaseChanges c : steppedDown) {
            RiskProfile profile = RiskProfiles.of(byId.get(c.caseId()));
            assertThat(profile.level(Factor.RISK_MANAGEMENT_PLAN))
                    .as(c.caseId())
                    .isEqualTo("IN_PLACE");
            assertThat(profile.months(Factor.MONTHS_STABLE).orElseThrow())
                    .as(c.caseId())
                    .isGreaterThanOrEqualTo(threshold);
            assertThat(c.changes())
                    .filteredOn(ch -> ch.kind().equals("MAPPA_LEVEL"))
                    .singleElement()
                    .satisfies(ch -> assertThat(ch.candidateReasons())
                            .extracting(Decisions.Reason::rule)
                            .contains("MAPPA_L2_STEP_DOWN"));
        }
    }
}
