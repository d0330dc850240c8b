package org.caseframe.planning.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.Check;
import org.caseframe.core.model.CheckOutcome;
import org.caseframe.core.model.DecisionRecord;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.Item;
import org.caseframe.core.model.KeyDates;
import org.caseframe.core.model.Level;
import org.caseframe.core.model.TransitionPoint;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.matrix.InterventionType;
import org.caseframe.planning.matrix.Matrix;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.profile.Factor;
import org.caseframe.planning.profile.RiskProfile;
import org.caseframe.planning.profile.RiskProfiles;
import org.caseframe.planning.standards.Standards;
import org.caseframe.planning.standards.StandardsPlanner;

/**
 * Builds one sentence plan from an assessed case and a policy, as of the case's date: the policy's decisions for the case's risk profile,
 * an objective for every identified risk, checkpoints at transitions, the contingency plan and reviews, then the plan
 * checks. Deterministic: the same inputs give the same plan. Thread-safe: one planner can serve many threads.
 */
public final class SentencePlanner {
    private final PlanTemplates templates;
    private final Interventions interventions = Interventions.bundled();
    private final Needs needs = Needs.bundled();
    private final Standards.EnquiryWindow enquiryWindow;
    private final StandardsPlanner standards;
    private final java.time.DayOfWeek contactDay;
    private final Standards source;
    // The last policy planned under, compiled: plans in bulk are nearly always under one policy.
    private volatile Compiled last;

    private record Compiled(Policy policy, Matrix matrix) {}

    public SentencePlanner(PlanTemplates templates, Standards standards) {
        this(templates, standards, java.time.DayOfWeek.TUESDAY);
    }

    private SentencePlanner(PlanTemplates templates, Standards standards, java.time.DayOfWeek contactDay) {
        this.templates = templates;
        this.standards = new StandardsPlanner(standards);
        this.enquiryWindow = standards.window();
        this.contactDay = java.util.Objects.requireNonNull(contactDay, "contactDay");
        this.source = standards;
    }

    /**
     * A planner like this one whose plans schedule contacts on {@code day} (the weekday the person reports; Tuesday
     * unless set).
     */
    public SentencePlanner withContactDay(java.time.DayOfWeek day) {
        return new SentencePlanner(templates, source, day);
    }

    /** The weekday plans schedule contacts on. */
    public java.time.DayOfWeek contactDay() {
        return contactDay;
    }

    /** A planner with the bundled templates and standards. */
    public static SentencePlanner bundled() {
        return new SentencePlanner(PlanTemplates.bundled(), Standards.bundled());
    }

    /** The plan for an assessed case under {@code policy}, as of the date it was assessed as of. */
    public SentencePlan plan(AssessedCase caseFile, Policy policy) {
        return plan(RiskProfiles.of(caseFile), caseFile, policy);
    }

    /**
     * The plan for an assessed case under {@code policy} from a risk profile the caller built or changed (for
     * example with a predictor band it computed); the profile's date is the plan's date.
     */
    public SentencePlan plan(RiskProfile profile, AssessedCase caseFile, Policy policy) {
        LocalDate asOf = profile.asOf();
        List<IdentifiedRisk> risks = identifiedRisks(caseFile, profile);
        Decisions recommended = withNeeds(matrix(policy).evaluate(profile), caseFile);
        // A plan never contains an intervention the person is not eligible for; the findings say which were left out.
        Decisions d = interventions.eligibleOnly(recommended, caseFile, profile);
        List<SentencePlan.Objective> objectives = new ArrayList<>(objectives(caseFile, risks, asOf));
        for (Decisions.InterventionDecision i : d.interventions()) {
            PlanTemplates.ObjectiveTemplate t =
                    templates.interventionObjectives().get(i.type().name());
            if (t != null) {
                objectives.add(new SentencePlan.Objective(
                        "OBJ-" + (objectives.size() + 1),
                        t.text(),
                        t.owner(),
                        List.of(policy.words().label("intervention", i.type()) + " (" + i.policy() + ")"),
                        List.of(),
                        asOf,
                        asOf.plusMonths(t.targetMonths()),
                        SentencePlan.Status.NOT_STARTED));
            }
        }
        Optional<SentencePlan.Mappa> mappa = d.mappa()
                .map(m -> new SentencePlan.Mappa(
                        m.category(),
                        m.level(),
                        asOf.plusMonths(m.reviewMonths()),
                        m.reasons(),
                        mappaBasis(caseFile, profile, policy)));
        List<LocalDate> reviews = new ArrayList<>();
        for (int m = templates.reviewMonths(); m <= 12; m += templates.reviewMonths()) {
            reviews.add(asOf.plusMonths(m));
        }
        List<SentencePlan.Checkpoint> checkpoints = checkpoints(caseFile, profile);
        KeyDates dates = caseFile.sentence().map(s -> s.dates()).orElse(KeyDates.none());
        List<StandardsPlanner.InForce> inForce = standards.inForce(d.controls(), dates);
        List<StandardsPlanner.ScheduledContact> schedule =
                standards.schedule(inForce, asOf, asOf.plusMonths(12), contactDay);
        double hours = standards.hoursPerMonth(
                d.controls(), inForce, mappa.map(SentencePlan.Mappa::level).orElse(0), templates.reviewMonths(), asOf);
        SentencePlan draft = new SentencePlan(
                caseFile.subject().id(),
                asOf,
                d.policy(),
                d.nsd(),
                mappa,
                d.controls(),
                d.interventions(),
                objectives,
                checkpoints,
                templates.contingency(),
                schedule,
                hours,
                reviews,
                List.of(),
                policy.vocabulary());
        List<SentencePlan.Finding> findings =
                new ArrayList<>(PlanChecks.check(draft, caseFile, profile, risks, enquiryWindow));
        findings.addAll(missingAssessments(matrix(policy), profile));
        findings.addAll(reviewDiffers(caseFile, draft.mappa()));
        findings.addAll(eligibility(recommended, caseFile, profile, policy.words()));
        findings.addAll(restingOnSummaries(caseFile, d));
        return draft.withFindings(findings);
    }

    /** A note for each factor taken from a summary rather than a completed assessment, naming the rules that read it. */
    private static List<SentencePlan.Finding> restingOnSummaries(AssessedCase caseFile, Decisions d) {
        List<SentencePlan.Finding> out = new ArrayList<>();
        RiskProfiles.fromSummaries(caseFile).forEach((factor, summary) -> {
            List<String> rules = new ArrayList<>();
            java.util.function.Consumer<List<Decisions.Reason>> read = reasons -> reasons.stream()
                    .filter(r -> r.matched().containsKey(factor.key()))
                    .map(Decisions.Reason::rule)
                    .filter(r -> !rules.contains(r))
                    .forEach(rules::add);
            read.accept(d.nsd().reasons());
            d.mappa().ifPresent(m -> read.accept(m.reasons()));
            d.controls().forEach(c -> read.accept(c.reasons()));
            d.interventions().forEach(i -> read.accept(i.reasons()));
            out.add(new SentencePlan.Finding(
                    SentencePlan.Severity.NOTE,
                    "DECISION_RESTS_ON_SUMMARY",
                    factor.label() + " is taken from " + summary
                            + (rules.isEmpty()
                                    ? "; no decision of this plan reads it"
                                    : "; " + count(rules.size(), "rule") + " of " + d.policy() + " "
                                            + (rules.size() == 1 ? "rests" : "rest") + " on it"),
                    "Recommendation 13",
                    rules));
        });
        return out;
    }

    /**
     * The policy's interventions plus the one each OASys-style need calls for ({@code needs@1.0}), with the need as
     * its reason; an intervention both give keeps both reasons.
     */
    private Decisions withNeeds(Decisions decisions, AssessedCase caseFile) {
        if (caseFile.oasys().isEmpty()) {
            return decisions;
        }
        Map<InterventionType, List<Decisions.Reason>> reasons =
                new java.util.TreeMap<>(InterventionType.vocabularyOrder());
        Map<InterventionType, String> policyOf = new java.util.HashMap<>();
        for (Decisions.InterventionDecision i : decisions.interventions()) {
            reasons.put(i.type(), new ArrayList<>(i.reasons()));
            policyOf.put(i.type(), i.policy());
        }
        boolean added = false;
        for (Needs.Planned p : needs.toPlanFor(caseFile.oasys().get())) {
            if (p.need().flatMap(Needs.Need::intervention).isEmpty()) {
                continue;
            }
            var type = p.need().get().intervention().get();
            reasons.computeIfAbsent(type, t -> new ArrayList<>())
                    .add(new Decisions.Reason(
                            "SECTION_" + p.section().number(),
                            needs.ref(),
                            p.need().get().need() + " is a need to plan for: " + p.description(),
                            Map.of("oasysSection", String.valueOf(p.section().number()))));
            policyOf.putIfAbsent(type, needs.ref());
            added = true;
        }
        if (!added) {
            return decisions;
        }
        List<Decisions.InterventionDecision> all = new ArrayList<>();
        reasons.forEach((type, r) -> all.add(new Decisions.InterventionDecision(type, policyOf.get(type), r)));
        return new Decisions(decisions.policy(), decisions.nsd(), decisions.mappa(), decisions.controls(), all);
    }

    /**
     * What a MAPPA level rests on besides its rules, in words: the period of stability against the policy's threshold,
     * the risk management plan, and the latest panel review.
     */
    private static List<String> mappaBasis(AssessedCase caseFile, RiskProfile profile, Policy policy) {
        List<String> basis = new ArrayList<>();
        Optional<Integer> threshold = Optional.ofNullable(policy.thresholds().get("stableMonthsForStepDown"));
        profile.months(Factor.MONTHS_STABLE)
                .ifPresentOrElse(
                        m -> basis.add("stable " + m + (m == 1 ? " month" : " months")
                                + RiskProfiles.stableSince(caseFile)
                                        .map(d -> " (since " + d + ")")
                                        .orElse("")
                                + threshold
                                        .map(t -> "; step-down threshold " + t + " months, "
                                                + (m >= t ? "met" : "not met"))
                                        .orElse("")),
                        () -> basis.add("stability cannot be established (not yet in the community)"));
        RiskProfiles.riskManagementPlanInPlace(caseFile)
                .ifPresentOrElse(
                        r -> basis.add("risk management plan in place since "
                                + r.at().toString().substring(0, 10) + " (decision-log record " + r.sequence() + ")"),
                        () -> basis.add("no decision-log record that the risk management plan is in place"));
        RiskProfiles.latestReview(caseFile)
                .ifPresentOrElse(
                        r -> basis.add(
                                "latest MAPPA review on " + r.at().toString().substring(0, 10) + " decided level "
                                        + r.mappaLevel().orElse(0) + " (decision-log record " + r.sequence() + ")"),
                        () -> basis.add("no MAPPA review recorded in the decision log"));
        return basis;
    }

    /** Each recommended intervention left out as not for this person, and each whose eligibility needs the ideology. */
    private List<SentencePlan.Finding> eligibility(
            Decisions recommended, AssessedCase caseFile, RiskProfile profile, Vocabulary vocabulary) {
        List<SentencePlan.Finding> out = new ArrayList<>();
        for (Decisions.InterventionDecision i : recommended.interventions()) {
            String label = vocabulary.label("intervention", i.type());
            String by = " (recommended by " + i.policy() + ")";
            List<String> rules =
                    i.reasons().stream().map(Decisions.Reason::rule).toList();
            interventions
                    .whyNot(i.type(), caseFile, profile)
                    .ifPresentOrElse(
                            why -> out.add(new SentencePlan.Finding(
                                    SentencePlan.Severity.WARNING,
                                    "INTERVENTION_NOT_ELIGIBLE",
                                    label + by + " left out of the plan: " + why,
                                    "Recommendation 18",
                                    rules)),
                            () -> {
                                if (interventions.needsIdeology(i.type(), caseFile)) {
                                    out.add(new SentencePlan.Finding(
                                            SentencePlan.Severity.WARNING,
                                            "IDEOLOGY_NOT_RECORDED",
                                            label + by + " is for some ideologies only, and the case records"
                                                    + " none: record the ideology (with evidence) to confirm it fits",
                                            "Recommendation 18",
                                            rules));
                                }
                            });
        }
        return out;
    }

    /** A finding when the policy's recommended level differs from what the latest panel review decided. */
    private static List<SentencePlan.Finding> reviewDiffers(AssessedCase caseFile, Optional<SentencePlan.Mappa> mappa) {
        Optional<DecisionRecord> review = RiskProfiles.latestReview(caseFile);
        if (mappa.isEmpty() || review.isEmpty() || review.get().mappaLevel().isEmpty()) {
            return List.of();
        }
        int decided = review.get().mappaLevel().get();
        if (decided == mappa.get().level()) {
            return List.of();
        }
        return List.of(new SentencePlan.Finding(
                SentencePlan.Severity.WARNING,
                "MAPPA_LEVEL_DIFFERS_FROM_REVIEW",
                "the policy recommends MAPPA level " + mappa.get().level() + "; the latest panel review ("
                        + review.get().at().toString().substring(0, 10) + ", decision-log record "
                        + review.get().sequence() + ") decided level " + decided
                        + ": the panel decides, so record a review of the recommendation",
                "Recommendation 4"));
    }

    /**
     * A finding for every risk input not assessed that a decision rested on: the plan says what is missing, and that
     * it was not treated as low.
     */
    private static List<SentencePlan.Finding> missingAssessments(Matrix matrix, RiskProfile profile) {
        List<SentencePlan.Finding> out = new ArrayList<>();
        for (Factor f : Factor.values()) {
            if (f.kind() != Factor.Kind.RISK && f.kind() != Factor.Kind.STABILITY) {
                continue;
            }
            List<String> rules = matrix.rulesRestingOnUnknown(profile, f);
            if (!rules.isEmpty()) {
                out.add(new SentencePlan.Finding(
                        SentencePlan.Severity.WARNING,
                        "ASSESSMENT_MISSING",
                        f.label() + " has not been assessed; " + count(rules.size(), "rule") + " of "
                                + matrix.policy().ref() + " " + (rules.size() == 1 ? "rests" : "rest")
                                + " on it, and it is never treated as low: record the assessment so the plan is"
                                + " decided on what is known",
                        "Unknown is never low",
                        rules));
            }
        }
        return out;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private Matrix matrix(Policy policy) {
        Compiled c = last;
        if (c == null || c.policy() != policy) {
            c = new Compiled(policy, Matrix.compile(policy));
            last = c;
        }
        return c.matrix();
    }

    /** Every risk and need the case's latest finished assessments identify. */
    public List<IdentifiedRisk> identifiedRisks(AssessedCase caseFile, RiskProfile profile) {
        List<IdentifiedRisk> risks = new ArrayList<>();
        caseFile.latestFinished("erg22plus")
                .ifPresent(a -> present(caseFile, a)
                        .forEach((item, level) -> risks.add(new IdentifiedRisk(
                                "ERG_" + item.domain(),
                                a.instrument() + " " + item.id() + " " + item.label() + " (" + level.label() + ")"))));
        caseFile.latestFinished("pathfinder-style")
                .ifPresent(a -> present(caseFile, a)
                        .forEach((item, level) -> risks.add(new IdentifiedRisk(
                                "BEHAVIOURS_OF_CONCERN",
                                a.instrument() + " " + item.id() + " " + item.label() + " (" + level.label() + ")"))));
        caseFile.oasys()
                .ifPresent(r -> needs.toPlanFor(r)
                        .forEach(p -> risks.add(new IdentifiedRisk(
                                "OASYS_NEED",
                                p.description(),
                                Optional.of(p.section().number())))));
        if (atLeast(profile, Factor.DOMESTIC_ABUSE, "MEDIUM")) {
            risks.add(new IdentifiedRisk(
                    "DOMESTIC_ABUSE",
                    "domestic abuse risk "
                            + profile.level(Factor.DOMESTIC_ABUSE).toLowerCase(java.util.Locale.ROOT)));
        }
        if (atLeast(profile, Factor.SEXUAL_HARM, "MEDIUM")) {
            risks.add(new IdentifiedRisk(
                    "SEXUAL_HARM",
                    "sexual harm risk " + profile.level(Factor.SEXUAL_HARM).toLowerCase(java.util.Locale.ROOT)));
        }
        return risks;
    }

    private List<SentencePlan.Objective> objectives(AssessedCase caseFile, List<IdentifiedRisk> risks, LocalDate asOf) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        Map<String, PlanTemplates.ObjectiveTemplate> needTemplates = new LinkedHashMap<>();
        for (IdentifiedRisk r : risks) {
            String key = r.oasysSection().isPresent() ? r.kind() + ":" + r.description() : r.kind();
            byKind.computeIfAbsent(key, k -> new ArrayList<>()).add(r.description());
            r.oasysSection().flatMap(needs::section).ifPresent(n -> needTemplates.put(key, n.objective()));
        }
        List<String> strengths = strengths(caseFile);
        List<SentencePlan.Objective> objectives = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byKind.entrySet()) {
            String kind = e.getKey().split(":", 2)[0];
            PlanTemplates.ObjectiveTemplate t = needTemplates.getOrDefault(
                    e.getKey(), templates.objectives().get(kind));
            if (t == null) {
                throw new IllegalStateException("plan templates have no objective for " + kind);
            }
            objectives.add(new SentencePlan.Objective(
                    "OBJ-" + (objectives.size() + 1),
                    t.text(),
                    t.owner(),
                    e.getValue(),
                    strengths,
                    asOf,
                    asOf.plusMonths(t.targetMonths()),
                    SentencePlan.Status.NOT_STARTED));
        }
        return objectives;
    }

    /**
     * The strengths objectives build on, by reference to where they are written (never a copy of the narrative,
     * which carries its own marking and is shown only through the redaction stage).
     */
    private static List<String> strengths(AssessedCase caseFile) {
        return caseFile.latestFinished("erg22plus")
                .filter(a -> a.formulation().containsKey("PROTECTIVE"))
                .map(a -> List.of(a.instrument() + " assessment " + a.id() + ", formulation section "
                        + caseFile.definition(a)
                                .flatMap(d -> d.formulationSections().stream()
                                        .filter(s -> s.id().equals("PROTECTIVE"))
                                        .findFirst())
                                .map(s -> "\"" + s.label() + "\"")
                                .orElse("PROTECTIVE")))
                .orElse(List.of());
    }

    private List<SentencePlan.Checkpoint> checkpoints(AssessedCase caseFile, RiskProfile profile) {
        LocalDate asOf = profile.asOf();
        // An adult safeguarding concern makes an adult safeguarding enquiry due at every transition.
        boolean adultConcern = profile.level(Factor.ADULT_SAFEGUARDING).equals("CONCERN");
        Standards.EnquiryWindow window = enquiryWindow;
        KeyDates dates = caseFile.sentence().map(s -> s.dates()).orElse(KeyDates.none());
        List<SentencePlan.Checkpoint> out = new ArrayList<>();
        for (PlanTemplates.CheckpointTemplate t : templates.checkpoints()) {
            Optional<LocalDate> date = switch (t.transition()) {
                case "SENTENCE" -> dates.sentenced();
                case "RELEASE" -> dates.release();
                case "APPROVED_PREMISES_EXIT" -> dates.approvedPremisesExit();
                case "SENTENCE_END_HANDOVER_TO_POLICE" -> dates.sentenceEnd();
                default -> Optional.empty();
            };
            Optional<TransitionPoint> point = switch (t.transition()) {
                case "SENTENCE" -> Optional.of(TransitionPoint.PRE_SENTENCE);
                case "ALLOCATION" -> Optional.of(TransitionPoint.INITIAL_ASSESSMENT);
                case "POM_TO_COM_HANDOVER" -> Optional.of(TransitionPoint.PRE_RELEASE);
                case "RELEASE" -> Optional.of(TransitionPoint.RELEASE);
                case "APPROVED_PREMISES_EXIT" -> Optional.of(TransitionPoint.APPROVED_PREMISES_EXIT);
                case "CHANGE_OF_ADDRESS_OR_RELATIONSHIP" -> Optional.of(TransitionPoint.CHANGE_OF_CIRCUMSTANCES);
                default -> Optional.empty();
            };
            List<Check> answered = caseFile.checks().stream()
                    .filter(c -> c.outcome() != CheckOutcome.AWAITING_RESPONSE)
                    .toList();
            // A dated transition counts the enquiries made within the window of its date, whatever they were
            // labelled; one with no date counts those recorded at it.
            List<String> recorded = answered.stream()
                    .filter(c -> date.isPresent()
                            ? window.counts(c.date(), date.get())
                            : point.isPresent() && c.transitionPoint() == point.get())
                    .map(c -> c.kind().name())
                    .distinct()
                    .toList();
            List<String> outOfDate = date.isEmpty()
                    ? List.of()
                    : answered.stream()
                            .filter(c -> point.isPresent() && c.transitionPoint() == point.get())
                            .filter(c -> !recorded.contains(c.kind().name()))
                            .map(c -> c.kind().name() + " (made " + c.date() + ")")
                            .distinct()
                            .toList();
            boolean due = date.map(x -> !x.isAfter(asOf)).orElse(false);
            List<String> required = new ArrayList<>(t.enquiries());
            if (adultConcern && !required.contains("ADULT_SAFEGUARDING")) {
                required.add("ADULT_SAFEGUARDING");
            }
            out.add(new SentencePlan.Checkpoint(t.transition(), date, due, required, recorded, outOfDate));
        }
        // A MARAC referral due is a checkpoint of its own: the referral goes with what police and children's services
        // hold (recommendations 12 and 13).
        if (profile.level(Factor.MARAC_REFERRAL).equals("DUE")) {
            out.add(new SentencePlan.Checkpoint(
                    "MARAC_REFERRAL",
                    Optional.empty(),
                    false,
                    adultConcern
                            ? List.of("POLICE_DOMESTIC_ABUSE", "CHILDRENS_SERVICES", "ADULT_SAFEGUARDING")
                            : List.of("POLICE_DOMESTIC_ABUSE", "CHILDRENS_SERVICES"),
                    List.of(),
                    List.of()));
        }
        return out;
    }

    private static Map<Item, Level> present(AssessedCase caseFile, Assessment a) {
        Map<Item, Level> out = new LinkedHashMap<>();
        InstrumentDefinition d = caseFile.definition(a)
                .orElseThrow(() -> new IllegalArgumentException("no definition of " + a.instrument()));
        for (Item item : d.items()) {
            a.rating(item.id())
                    .flatMap(r -> d.scale(item.scale()).flatMap(s -> s.level(r.level())))
                    .filter(l -> l.rank() > 0)
                    .ifPresent(l -> out.put(item, l));
        }
        return out;
    }

    private static boolean atLeast(RiskProfile p, Factor f, String level) {
        int code = f.code(p.level(f));
        return code > 0 && code >= f.code(level);
    }
}
