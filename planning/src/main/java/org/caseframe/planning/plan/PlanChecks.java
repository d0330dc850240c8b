package org.caseframe.planning.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseframe.core.model.CheckKind;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.matrix.ControlType;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.matrix.InterventionType;
import org.caseframe.planning.plan.SentencePlan.Finding;
import org.caseframe.planning.plan.SentencePlan.Severity;
import org.caseframe.planning.profile.Factor;
import org.caseframe.planning.profile.RiskProfile;
import org.caseframe.planning.standards.Standards;

/**
 * Checks a sentence plan for the gaps the 2023 inspection found: risks without an objective or control, domestic
 * abuse without enquiries or intervention, child safeguarding without information sharing, ERG recommendations
 * missing from the plan, enquiries missed at transitions, objectives without timescales, no contingency.
 */
public final class PlanChecks {
    // Phrases in an ERG's recommended interventions, and the intervention each names.
    private static final Map<String, InterventionType> RECOMMENDATION_PHRASES = Map.of(
            "healthy identity", InterventionType.HII,
            "hii", InterventionType.HII,
            "ddp", InterventionType.DDP_MENTORING,
            "desistance and disengagement", InterventionType.DDP_MENTORING,
            "theolog", InterventionType.THEOLOGICAL_IDEOLOGICAL,
            "employment", InterventionType.EDUCATION_TRAINING_EMPLOYMENT,
            "mental health", InterventionType.MENTAL_HEALTH,
            "accommodation", InterventionType.ACCOMMODATION);

    private static final Vocabulary VOCABULARY = Vocabulary.bundled();

    private PlanChecks() {}

    private static String transition(SentencePlan.Checkpoint c) {
        return VOCABULARY.label("transition", c.transition());
    }

    /** Every finding, errors first. */
    public static List<Finding> check(
            SentencePlan plan, AssessedCase caseFile, RiskProfile profile, List<IdentifiedRisk> risks) {
        return check(plan, caseFile, profile, risks, Standards.EnquiryWindow.DEFAULT);
    }

    /** As {@link #check(SentencePlan, AssessedCase, RiskProfile, List)}, naming the enquiry window the plan used. */
    public static List<Finding> check(
            SentencePlan plan,
            AssessedCase caseFile,
            RiskProfile profile,
            List<IdentifiedRisk> risks,
            Standards.EnquiryWindow window) {
        List<Finding> findings = new ArrayList<>();
        for (IdentifiedRisk risk : risks) {
            boolean covered =
                    plan.objectives().stream().anyMatch(o -> o.addresses().contains(risk.description()));
            if (!covered) {
                findings.add(new Finding(
                        Severity.ERROR,
                        "RISK_NOT_COVERED",
                        "no objective or control addresses " + risk.description(),
                        "Recommendation 13"));
            }
        }
        Set<InterventionType> interventions = plan.interventions().stream()
                .map(Decisions.InterventionDecision::type)
                .collect(Collectors.toSet());
        boolean domesticAbuse = Factor.DOMESTIC_ABUSE.code(profile.level(Factor.DOMESTIC_ABUSE))
                >= Factor.DOMESTIC_ABUSE.code("MEDIUM");
        if (domesticAbuse && !"MADE".equals(profile.level(Factor.DOMESTIC_ABUSE_ENQUIRIES))) {
            findings.add(new Finding(
                    Severity.ERROR,
                    "DOMESTIC_ABUSE_WITHOUT_ENQUIRY",
                    "domestic abuse risk is "
                            + profile.level(Factor.DOMESTIC_ABUSE).toLowerCase(Locale.ROOT)
                            + " but police domestic-abuse and children's services"
                            + " enquiries are not both on record",
                    "Recommendation 12; Annexe 3: were domestic abuse checks" + " undertaken?"));
        }
        if (domesticAbuse && !interventions.contains(InterventionType.DOMESTIC_ABUSE_PROGRAMME)) {
            findings.add(new Finding(
                    Severity.WARNING,
                    "DOMESTIC_ABUSE_WITHOUT_INTERVENTION",
                    "domestic abuse risk"
                            + " is " + profile.level(Factor.DOMESTIC_ABUSE).toLowerCase(Locale.ROOT)
                            + " but the plan has no domestic abuse"
                            + " intervention",
                    "Recommendation 13"));
        }
        if (profile.level(Factor.HOME_VISIT_PLAN).equals("DO_NOT_VISIT")
                && plan.controls().stream().anyMatch(c -> c.type().equals(ControlType.HOME_VISITS))) {
            findings.add(new Finding(
                    Severity.ERROR,
                    "HOME_VISITS_AGAINST_SAFETY_PLAN",
                    "the plan has home visits but the home-visit safety check says do not visit: meet in the office"
                            + " or another safe place",
                    "Recommendation 20"));
        }
        childSafeguarding(findings, caseFile);
        householdEnquiries(findings, caseFile, profile);
        ctSummaryShared(findings, caseFile);
        // An ERG recommendation is in the plan when the plan has its intervention, or an objective for the OASys-style
        // need that intervention answers.
        Set<InterventionType> addressed = new java.util.HashSet<>(interventions);
        Needs needs = Needs.bundled();
        for (IdentifiedRisk risk : risks) {
            boolean objective =
                    plan.objectives().stream().anyMatch(o -> o.addresses().contains(risk.description()));
            if (objective) {
                risk.oasysSection()
                        .flatMap(needs::section)
                        .flatMap(Needs.Need::intervention)
                        .ifPresent(addressed::add);
            }
        }
        ergRecommendations(findings, caseFile, addressed);
        for (SentencePlan.Checkpoint c : plan.checkpoints()) {
            if (c.due()) {
                List<String> missing = c.requiredEnquiries().stream()
                        .filter(e -> !c.recordedEnquiries().contains(e))
                        .toList();
                List<String> stale = c.outOfDateEnquiries().stream()
                        .filter(o -> missing.contains(o.substring(0, o.indexOf(' '))))
                        .toList();
                List<String> never = missing.stream()
                        .filter(m -> stale.stream().noneMatch(o -> o.startsWith(m + " ")))
                        .toList();
                if (!stale.isEmpty()) {
                    findings.add(new Finding(
                            Severity.WARNING,
                            "ENQUIRIES_OUT_OF_DATE",
                            transition(c) + " on " + c.date().orElseThrow() + ": made too long before or after it"
                                    + " to count (" + window.describe() + "): "
                                    + String.join(
                                            ", ",
                                            stale.stream()
                                                    .map(VOCABULARY::enquiryMade)
                                                    .toList()),
                            "Recommendation 12"));
                }
                if (!never.isEmpty()) {
                    findings.add(new Finding(
                            Severity.WARNING,
                            "ENQUIRIES_MISSED_AT_TRANSITION",
                            transition(c) + " on " + c.date().orElseThrow() + " has no record of: "
                                    + String.join(
                                            ", ",
                                            never.stream()
                                                    .map(e -> VOCABULARY.label("enquiry", e))
                                                    .toList()),
                            "Recommendation 12"));
                }
            }
        }
        plan.objectives().stream()
                .filter(o ->
                        o.target() == null || o.start() == null || o.target().isBefore(o.start()))
                .forEach(o -> findings.add(new Finding(
                        Severity.ERROR,
                        "OBJECTIVE_WITHOUT_TIMESCALE",
                        o.id() + " has no valid start and target date",
                        "Annexe 3: does planning set clear timescales?")));
        if (plan.contingency().isEmpty()) {
            findings.add(new Finding(
                    Severity.ERROR,
                    "NO_CONTINGENCY",
                    "the plan has no contingency arrangements",
                    "Annexe 3: does planning set out effective contingency arrangements?"));
        }
        findings.sort((a, b) -> a.severity().compareTo(b.severity()));
        return findings;
    }

    // DASH questions about children answered yes are a safeguarding concern that needs children's services involved.
    private static void childSafeguarding(List<Finding> findings, AssessedCase caseFile) {
        boolean concern = caseFile.latestFinished("dash-style")
                .map(a -> List.of("D11", "D12").stream()
                        .anyMatch(id ->
                                a.rating(id).map(r -> r.level().equals("YES")).orElse(false)))
                .orElse(false);
        boolean shared = caseFile.checks().stream().anyMatch(c -> c.kind() == CheckKind.CHILDRENS_SERVICES);
        if (concern && !shared) {
            findings.add(new Finding(
                    Severity.ERROR,
                    "CHILD_SAFEGUARDING_NOT_SHARED",
                    "children are at risk of harm"
                            + " but there is no record of information shared with children's services",
                    "Recommendation 12"));
        }
    }

    // Children in the household and adults at risk need the agencies that protect them told (recommendation 12).
    private static void householdEnquiries(List<Finding> findings, AssessedCase caseFile, RiskProfile profile) {
        if (profile.level(Factor.CHILDREN_IN_HOUSEHOLD).equals("PRESENT")
                && !answered(caseFile, CheckKind.CHILDRENS_SERVICES)) {
            findings.add(new Finding(
                    Severity.ERROR,
                    "CHILDREN_IN_HOUSEHOLD_NOT_CHECKED",
                    "children live in or visit the household but no children's services enquiry has been answered",
                    "Recommendation 12"));
        }
        if (profile.level(Factor.ADULT_SAFEGUARDING).equals("CONCERN")
                && !answered(caseFile, CheckKind.ADULT_SAFEGUARDING)) {
            findings.add(new Finding(
                    Severity.ERROR,
                    "ADULT_SAFEGUARDING_NOT_CHECKED",
                    "there is an adult safeguarding concern but no adult safeguarding enquiry has been answered",
                    "Recommendation 12"));
        }
    }

    private static boolean answered(AssessedCase caseFile, CheckKind kind) {
        return caseFile.checks().stream()
                .anyMatch(c ->
                        c.kind() == kind && c.outcome() != org.caseframe.core.model.CheckOutcome.AWAITING_RESPONSE);
    }

    // Recommendation 17: the POM should see the CT assessment. Sharing is a decision, so it is looked for in the log.
    private static void ctSummaryShared(List<Finding> findings, AssessedCase caseFile) {
        boolean assessed = caseFile.latestFinished("erg22plus").isPresent()
                || caseFile.latestFinished("pathfinder-style").isPresent();
        boolean shared = caseFile.decisionLog().stream()
                .anyMatch(r -> r.type()
                        .equals(java.util.Optional.of(
                                org.caseframe.core.model.DecisionType.CT_SUMMARY_SHARED_WITH_POM)));
        if (assessed && !shared) {
            findings.add(new Finding(
                    Severity.WARNING,
                    "CT_SUMMARY_NOT_SHARED_WITH_POM",
                    "the CT assessment summary has not been recorded as shared with the prison offender manager (no"
                            + " decision-log record of the type \""
                            + org.caseframe.core.model.DecisionType.CT_SUMMARY_SHARED_WITH_POM.label() + "\")",
                    "Recommendation 17"));
        }
    }

    private static void ergRecommendations(
            List<Finding> findings, AssessedCase caseFile, Set<InterventionType> interventions) {
        caseFile.latestFinished("erg22plus")
                .flatMap(a -> java.util.Optional.ofNullable(a.formulation().get("INTERVENTIONS")))
                .map(org.caseframe.core.model.FormulationText::text)
                .ifPresent(text -> {
                    String lower = text.toLowerCase(Locale.ROOT);
                    RECOMMENDATION_PHRASES.entrySet().stream()
                            .filter(e -> lower.contains(e.getKey()))
                            .map(Map.Entry::getValue)
                            .distinct()
                            .filter(t -> !interventions.contains(t))
                            .sorted()
                            .forEach(t -> findings.add(new Finding(
                                    Severity.WARNING,
                                    "ERG_RECOMMENDATION_NOT_IN_PLAN",
                                    "the ERG recommends " + VOCABULARY.label("intervention", t)
                                            + " but the plan has neither that intervention nor an objective for the"
                                            + " need it answers",
                                    "Recommendation 18")));
                });
    }
}
