package org.caseframe.report.view;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.caseframe.core.model.Audience;
import org.caseframe.core.model.DecisionRecord;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.core.redaction.Redaction;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.OasysStyle;
import org.caseframe.planning.matrix.ControlType;
import org.caseframe.planning.plan.PlanMarking;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.Vocabulary;
import org.caseframe.planning.profile.Factor;
import org.caseframe.planning.profile.RiskProfile;
import org.caseframe.planning.profile.RiskProfiles;

/**
 * Views of a sentence plan in the layouts practitioners know: the risk management plan under the OASys headings
 * (further offences; who is at risk; supervision; monitoring and control; interventions and treatment; victim safety
 * planning; contingency) and the MAPPA meeting summary. A plan holds decisions and references, never evidence or
 * narrative; each view is marked by what it lists (see {@link PlanMarking}), through the redaction stage like every
 * view. Every code is shown in words from the vocabulary; rule ids only in reference lines.
 */
public final class PlanReports {
    private static final Set<ControlType> SUPERVISION =
            Set.of(ControlType.CONTACT_FREQUENCY, ControlType.HOME_VISITS, ControlType.RESETTLEMENT_VISITS);
    private static final Set<ControlType> VICTIM_SAFETY = Set.of(
            ControlType.MARAC_REFERRAL, ControlType.CHILDRENS_SERVICES_LIAISON, ControlType.ADULT_SAFEGUARDING_LIAISON);
    private static final List<String> GROUPS = List.of("CHILDREN", "PUBLIC", "KNOWN_ADULT", "STAFF", "PRISONERS");

    private PlanReports() {}

    /** A line of a section: what, the detail in words, and a reference line (ids, in small type) if any. */
    public record Line(String what, String detail, String ref) {
        /** A line with no reference. */
        public Line(String what, String detail) {
            this(what, detail, "");
        }
    }

    /**
     * A headed section of lines.
     *
     * @param anchor an anchor for the heading (not shown)
     * @param heading the heading
     * @param lines its lines
     * @param empty whether it has none
     * @param showRosh whether the RoSH table belongs under this heading
     */
    public record Section(String anchor, String heading, List<Line> lines, boolean empty, boolean showRosh) {}

    /** Risk of serious harm to one group, in the community and in custody, in words. */
    public record RoshRow(String group, String community, String custody) {}

    /**
     * The risk management plan.
     *
     * @param title document title
     * @param marking marking
     * @param markingReason why it is marked so
     * @param audience who it is for
     * @param subjectId pseudonymous id
     * @param asOf plan date
     * @param policy policy id@version
     * @param sections the sections under the OASys risk management plan headings
     * @param roshRows risk of serious harm by group and setting (under "Who is at risk")
     * @param roshSource where the RoSH levels come from
     * @param roshAny whether any RoSH level is known
     * @param decisions the decision-log records this audience may see, for managers and panels
     * @param decisionsAny whether there are any
     * @param withheld what was withheld from this audience, one line per kind and marking
     * @param withheldAny whether anything was
     */
    public record RiskManagementView(
            String title,
            String marking,
            String markingReason,
            String audience,
            String subjectId,
            String asOf,
            String policy,
            List<Section> sections,
            List<RoshRow> roshRows,
            String roshSource,
            boolean roshAny,
            List<Line> decisions,
            boolean decisionsAny,
            List<String> withheld,
            boolean withheldAny) {}

    /**
     * The MAPPA meeting summary.
     *
     * @param title document title
     * @param marking marking
     * @param markingReason why it is marked so
     * @param audience who it is for
     * @param subjectId pseudonymous id
     * @param asOf meeting date
     * @param policy policy id@version
     * @param management category and level, or that the case is not MAPPA-managed
     * @param reviewDate when the level is next reviewed
     * @param reasons why, rule by rule, and what the level rests on
     * @param roshRows risk of serious harm by group and setting
     * @param roshSource where the RoSH levels come from
     * @param roshAny whether any RoSH level is known
     * @param controls controls with their owners
     * @param actions objectives with owners and dates, each naming what it addresses
     * @param findings the plan checks' findings
     * @param findingsAny whether there are findings
     * @param decisions the decision-log records this audience may see, for managers and panels
     * @param decisionsAny whether there are any
     * @param nsd NSD management
     * @param withheld what was withheld from this audience
     * @param withheldAny whether anything was
     */
    public record MappaSummaryView(
            String title,
            String marking,
            String markingReason,
            String audience,
            String subjectId,
            String asOf,
            String policy,
            String management,
            String reviewDate,
            List<Line> reasons,
            List<RoshRow> roshRows,
            String roshSource,
            boolean roshAny,
            List<Line> controls,
            List<Line> actions,
            List<Line> findings,
            boolean findingsAny,
            List<Line> decisions,
            boolean decisionsAny,
            String nsd,
            List<String> withheld,
            boolean withheldAny) {}

    /**
     * Includes what {@code plan} lists in {@code redaction} and returns the marking so far: every plan-based view goes
     * through this.
     */
    public static Redaction.Summary marking(SentencePlan plan, Redaction redaction) {
        PlanMarking marking = PlanMarking.of(plan);
        redaction.include(marking.marking(), marking.reason());
        return redaction.summary();
    }

    /** The risk management plan of {@code plan} for the case it was made from, through {@code redaction}. */
    public static RiskManagementView riskManagement(SentencePlan plan, AssessedCase assessed, Redaction redaction) {
        marking(plan, redaction);
        Vocabulary words = plan.words();
        Audience audience = redaction.audience();
        RiskProfile profile = RiskProfiles.of(assessed);
        List<Line> offences = new ArrayList<>();
        // What the assessments identify, not the interventions set up ("Healthy Identity Intervention (policy@1.1)").
        plan.objectives()
                .forEach(o -> o.addresses().stream()
                        .filter(a -> !a.matches(".* \\([a-z0-9-]+@[0-9.]+\\)$"))
                        .forEach(a -> offences.add(new Line(a, o.text()))));
        List<Line> atRisk = new ArrayList<>(household(profile));
        domesticAbuse(profile).ifPresent(atRisk::add);
        List<Line> supervision = new ArrayList<>(controls(plan, SUPERVISION::contains));
        plan.mappa()
                .ifPresent(m -> supervision.add(new Line(
                        "MAPPA category " + m.category() + ", level " + m.level(),
                        "Review by " + m.reviewDate() + ". " + Words.why(m.reasons())
                                + (m.basis().isEmpty() ? "" : " Rests on: " + String.join("; ", m.basis()) + "."),
                        Words.ref(m.reasons()))));
        supervision.add(new Line(
                "Scheduled contacts in the next 12 months",
                plan.contactSchedule().size() + ", on "
                        + plan.contactSchedule().stream()
                                .map(c -> c.date()
                                                .getDayOfWeek()
                                                .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                                        + "s")
                                .distinct()
                                .reduce((a, b) -> a + " and " + b)
                                .orElse("no set day")
                        + " (the sentence plan lists the dates)"));
        List<Line> monitoring = controls(plan, t -> !SUPERVISION.contains(t) && !VICTIM_SAFETY.contains(t));
        List<Line> interventions = new ArrayList<>();
        plan.interventions()
                .forEach(i -> interventions.add(new Line(
                        words.label("intervention", i.type()), Words.why(i.reasons()), Words.ref(i.reasons()))));
        plan.objectives()
                .forEach(o -> interventions.add(new Line(
                        o.text(),
                        Words.label("owner", o.owner()) + ", " + o.start() + " to " + o.target() + ". Addresses: "
                                + String.join("; ", o.addresses()) + ".")));
        List<Line> victims = new ArrayList<>(controls(plan, VICTIM_SAFETY::contains));
        plan.objectives().stream()
                .filter(o -> o.addresses().stream().anyMatch(a -> a.startsWith("domestic abuse")))
                .forEach(o -> victims.add(new Line(o.text(), Words.label("owner", o.owner()) + ", by " + o.target())));
        homeVisitPlan(profile).ifPresent(victims::add);
        plan.checkpoints()
                .forEach(c -> victims.add(new Line(
                        "Enquiries at "
                                + Words.label("transition", c.transition()).toLowerCase(java.util.Locale.UK),
                        c.date().map(d -> d + ". ").orElse("On the event. ") + Words.enquiries(c))));
        List<Line> contingency = plan.contingency().stream()
                .map(c -> new Line(c.trigger(), c.response() + (c.outOfHours() ? " Works out of hours." : "")))
                .toList();
        Rosh rosh = rosh(assessed, redaction);
        List<Line> decisions = decisions(assessed, redaction);
        Redaction.Summary summary = redaction.summary();
        return new RiskManagementView(
                "Risk management plan",
                summary.marking().label(),
                summary.explained(),
                audience.name(),
                plan.caseId(),
                plan.asOf().toString(),
                plan.policy(),
                List.of(
                        section("offences", "Further offences", offences),
                        section("at-risk", "Who is at risk", atRisk),
                        section("supervision", "Supervision", supervision),
                        section("monitoring", "Monitoring and control", monitoring),
                        section("interventions", "Interventions and treatment", interventions),
                        section("victims", "Victim safety planning", victims),
                        section("contingency", "Contingency", contingency)),
                rosh.rows(),
                rosh.source(),
                !rosh.rows().isEmpty(),
                decisions,
                !decisions.isEmpty(),
                summary.withheld(),
                summary.withheldAny());
    }

    /** The MAPPA meeting summary of {@code plan} for the case it was made from, through {@code redaction}. */
    public static MappaSummaryView mappaSummary(SentencePlan plan, AssessedCase assessed, Redaction redaction) {
        marking(plan, redaction);
        Vocabulary words = plan.words();
        Audience audience = redaction.audience();
        List<Line> reasons = new ArrayList<>();
        plan.mappa().ifPresent(m -> {
            m.reasons()
                    .forEach(r -> reasons.add(
                            new Line("Level " + m.level() + " reason", r.description(), r.policy() + ": " + r.rule())));
            m.basis().forEach(b -> reasons.add(new Line("Rests on", b)));
        });
        List<Line> controls = plan.controls().stream()
                .map(c -> new Line(
                        words.label("control", c.type())
                                + c.perWeek()
                                        .map(w -> " (" + Words.count(w, "contact") + " a week)")
                                        .orElse(""),
                        Words.sentences(java.util.stream.Stream.concat(
                                        java.util.stream.Stream.of("Owner: "
                                                + words.owner(c.type().name()).orElse("not set")),
                                        c.details().stream())
                                .toList()),
                        Words.ref(c.reasons())))
                .toList();
        List<Line> actions = plan.objectives().stream()
                .map(o -> new Line(
                        o.text(),
                        Words.label("owner", o.owner()) + ", " + o.start() + " to " + o.target() + ". Addresses: "
                                + String.join("; ", o.addresses()) + "."))
                .toList();
        List<Line> findings = plan.findings().stream()
                .map(f -> new Line(Words.finding(f), f.message(), Words.findingRef(f, plan.policy())))
                .toList();
        Rosh rosh = rosh(assessed, redaction);
        List<Line> decisions = decisions(assessed, redaction);
        Redaction.Summary summary = redaction.summary();
        return new MappaSummaryView(
                "MAPPA meeting summary",
                summary.marking().label(),
                summary.explained(),
                audience.name(),
                plan.caseId(),
                plan.asOf().toString(),
                plan.policy(),
                plan.mappa()
                        .map(m -> "Category " + m.category() + ", level " + m.level())
                        .orElse("Not MAPPA-managed under this policy"),
                plan.mappa().map(m -> m.reviewDate().toString()).orElse("not applicable"),
                reasons,
                rosh.rows(),
                rosh.source(),
                !rosh.rows().isEmpty(),
                controls,
                actions,
                findings,
                !findings.isEmpty(),
                decisions,
                !decisions.isEmpty(),
                plan.nsd().managed()
                        ? "Managed by NSD: " + String.join(" ", plan.nsd().adds())
                        : "Not managed by NSD.",
                summary.withheld(),
                summary.withheldAny());
    }

    private record Rosh(List<RoshRow> rows, String source) {}

    // RoSH by group and setting, from the summary the profile reads or else the latest OASys-style assessment.
    private static Rosh rosh(AssessedCase assessed, Redaction redaction) {
        List<RoshRow> rows = new ArrayList<>();
        String source;
        var summary = RiskProfiles.roshSummaryInUse(assessed);
        if (summary.isPresent()) {
            var s = summary.get();
            for (String g : GROUPS) {
                var group = org.caseframe.core.model.RoshGroup.valueOf(g);
                Optional<String> community =
                        Optional.ofNullable(s.community().get(group)).map(Enum::name);
                Optional<String> custody =
                        Optional.ofNullable(s.custody().get(group)).map(Enum::name);
                if (community.isPresent() || custody.isPresent()) {
                    rows.add(new RoshRow(group(g), level(community), level(custody)));
                }
            }
            source = "From a RoSH summary of " + s.date() + " by "
                    + s.assessor().name() + " (" + s.assessor().role() + "), not a completed OASys-style assessment.";
        } else if (assessed.oasys().isPresent()) {
            OasysStyle.Result r = assessed.oasys().get();
            for (String g : GROUPS) {
                Optional<String> community = find(r, "COMMUNITY", g);
                Optional<String> custody = find(r, "CUSTODY", g);
                if (community.isPresent() || custody.isPresent()) {
                    rows.add(new RoshRow(group(g), level(community), level(custody)));
                }
            }
            source = "From the latest completed OASys-style assessment"
                    + assessed.latestFinished("oasys-style")
                            .flatMap(a -> a.completed())
                            .map(d -> " (" + d + ")")
                            .orElse("")
                    + ".";
        } else {
            return new Rosh(List.of(), "Risk of serious harm has not been assessed; it is never treated as low.");
        }
        if (!rows.isEmpty()
                && !redaction.includeIfCleared(
                        ProtectiveMarking.OFFICIAL_SENSITIVE, "risk of serious harm levels", "RoSH level table")) {
            return new Rosh(List.of(), "Withheld from this audience.");
        }
        return new Rosh(rows, source);
    }

    private static Optional<String> find(OasysStyle.Result r, String setting, String group) {
        return r.rosh().stream()
                .filter(x -> x.setting().equals(setting) && x.group().equals(group))
                .findFirst()
                .flatMap(OasysStyle.Rosh::level);
    }

    private static String group(String code) {
        return Words.label("roshGroup", code);
    }

    private static String level(Optional<String> code) {
        return code.map(c -> c.replace('_', ' ').toLowerCase(java.util.Locale.UK))
                .orElse("not rated");
    }

    // Children in the household and adults at risk, from the latest record of circumstances.
    private static List<Line> household(RiskProfile profile) {
        List<Line> out = new ArrayList<>();
        out.add(new Line(
                "Children in the household",
                switch (profile.level(Factor.CHILDREN_IN_HOUSEHOLD)) {
                    case "PRESENT" -> "Children live in or visit the household.";
                    case "NONE" -> "No children live in or visit the household.";
                    default -> "Not recorded: find out, and liaise with children's services until it is known.";
                }));
        out.add(new Line(
                "Adults at risk",
                switch (profile.level(Factor.ADULT_SAFEGUARDING)) {
                    case "CONCERN" -> "There is an adult safeguarding concern.";
                    case "NO_CONCERN" -> "No adult safeguarding concern is recorded.";
                    default -> "Not recorded: find out whether an adult around the person is at risk.";
                }));
        return out;
    }

    private static Optional<Line> domesticAbuse(RiskProfile profile) {
        String level = profile.level(Factor.DOMESTIC_ABUSE);
        if (level.equals(Factor.UNKNOWN)) {
            return Optional.of(new Line(
                    "Partners, former partners and family",
                    "Domestic abuse risk has not been screened; it is never treated as standard."));
        }
        return Optional.of(new Line(
                "Partners, former partners and family",
                "Domestic abuse risk " + level.toLowerCase(java.util.Locale.UK)
                        + (profile.level(Factor.MARAC_REFERRAL).equals("DUE")
                                ? "; a MARAC referral is due."
                                : "; no MARAC referral is due.")));
    }

    private static Optional<Line> homeVisitPlan(RiskProfile profile) {
        return switch (profile.level(Factor.HOME_VISIT_PLAN)) {
            case "STANDARD" -> Optional.of(new Line("Home-visit safety plan", "Visits as standard."));
            case "TWO_PERSON" -> Optional.of(new Line("Home-visit safety plan", "Visits by two practitioners."));
            case "WITH_POLICE" -> Optional.of(new Line("Home-visit safety plan", "Visits with the police."));
            case "DO_NOT_VISIT" ->
                Optional.of(
                        new Line("Home-visit safety plan", "Do not visit: meet in the office or another safe place."));
            default ->
                Optional.of(new Line(
                        "Home-visit safety plan", "No home-visit safety check is recorded: make one before visiting."));
        };
    }

    // The decision log, for the NSD manager and the MAPPA panel: each record this audience may see.
    private static List<Line> decisions(AssessedCase assessed, Redaction redaction) {
        Audience audience = redaction.audience();
        if (!audience.equals(ReportAudience.NSD_MANAGER.audience())
                && !audience.equals(ReportAudience.MAPPA_PANEL.audience())) {
            return List.of();
        }
        return decisionLog(assessed, redaction);
    }

    /**
     * The decision log as {@code redaction}'s audience may see it: each record it may see (when, who, what was decided
     * and why, the record number and type); the others are left out and counted by the redaction.
     */
    public static List<Line> decisionLog(AssessedCase assessed, Redaction redaction) {
        List<Line> out = new ArrayList<>();
        for (DecisionRecord r : assessed.decisionLog()) {
            if (redaction.includeIfVisible(r, "decision-log record " + r.sequence(), "decision-log record")) {
                out.add(new Line(
                        r.at().toString().substring(0, 10) + ", " + r.by().name() + " (" + r.by().role() + ")",
                        r.decision() + " " + r.rationale(),
                        "record " + r.sequence()
                                + r.type().map(t -> ", " + t.label()).orElse("")));
            }
        }
        return out;
    }

    private static List<Line> controls(SentencePlan plan, Predicate<ControlType> which) {
        Vocabulary words = plan.words();
        return plan.controls().stream()
                .filter(c -> which.test(c.type()))
                .map(c -> new Line(
                        words.label("control", c.type())
                                + c.perWeek()
                                        .map(w -> " (" + Words.count(w, "contact") + " a week)")
                                        .orElse(""),
                        Words.sentences(c.details()) + (c.details().isEmpty() ? "" : " ") + Words.why(c.reasons()),
                        Words.ref(c.reasons())))
                .toList();
    }

    private static Section section(String id, String heading, List<Line> lines) {
        Set<Line> unique = new LinkedHashSet<>(lines);
        return new Section(id, heading, List.copyOf(unique), unique.isEmpty(), id.equals("at-risk"));
    }
}
