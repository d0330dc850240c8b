package org.caseframe.report.view;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.caseframe.core.model.Audience;
import org.caseframe.core.redaction.Redaction;
import org.caseframe.planning.matrix.ControlType;
import org.caseframe.planning.plan.PlanMarking;
import org.caseframe.planning.plan.SentencePlan;

/**
 * Views of a sentence plan in the layouts practitioners know: the risk management plan (supervision; monitoring and
 * control; interventions and treatment; victim safety planning; contingency) and the MAPPA meeting summary. A plan
 * holds decisions and references, never evidence or narrative; each is marked by what the plan lists (see {@link
 * PlanMarking}), through the redaction stage like every view.
 */
public final class PlanReports {
    private static final Set<ControlType> SUPERVISION =
            EnumSet.of(ControlType.CONTACT_FREQUENCY, ControlType.HOME_VISITS, ControlType.RESETTLEMENT_VISITS);
    private static final Set<ControlType> MONITORING = EnumSet.complementOf(EnumSet.copyOf(SUPERVISION));

    private PlanReports() {}

    /** A line of a section: what, and why or when. */
    public record Line(String what, String detail) {}

    /** A headed section of lines. */
    public record Section(String heading, List<Line> lines, boolean empty) {}

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
     * @param sections the five sections of the OASys layout
     */
    public record RiskManagementView(
            String title,
            String marking,
            String markingReason,
            String audience,
            String subjectId,
            String asOf,
            String policy,
            List<Section> sections) {}

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
     * @param reviewDate when the level is reviewed
     * @param reasons why, rule by rule
     * @param actions actions with owners and dates
     * @param nsd NSD management
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
            List<Line> actions,
            String nsd) {}

    /**
     * Includes what {@code plan} lists in {@code redaction} and returns the marking so far: every plan-based view goes
     * through this.
     */
    public static Redaction.Summary marking(SentencePlan plan, Redaction redaction) {
        PlanMarking marking = PlanMarking.of(plan);
        redaction.include(marking.marking(), marking.reason());
        return redaction.summary();
    }

    /** The risk management plan of {@code plan} through {@code redaction}. */
    public static RiskManagementView riskManagement(SentencePlan plan, Redaction redaction) {
        Redaction.Summary marking = marking(plan, redaction);
        Audience audience = redaction.audience();
        List<Line> supervision = new java.util.ArrayList<>(controls(plan, SUPERVISION::contains));
        plan.mappa()
                .ifPresent(m -> supervision.add(new Line(
                        "MAPPA category " + m.category() + " level " + m.level(),
                        "review by " + m.reviewDate() + "; " + SentencePlanView.rules(m.reasons())
                                + (m.basis().isEmpty() ? "" : "; rests on: " + String.join("; ", m.basis())))));
        supervision.add(new Line(
                "Scheduled contacts in the next 12 months",
                plan.contactSchedule().size() + " (see the sentence plan for dates)"));
        List<Line> interventions = plan.interventions().stream()
                .map(i -> new Line(i.type().name(), SentencePlanView.rules(i.reasons())))
                .collect(Collectors.toList());
        plan.objectives().forEach(o -> interventions.add(new Line(o.text(), o.owner() + ", by " + o.target())));
        List<Line> victims = new java.util.ArrayList<>();
        plan.objectives().stream()
                .filter(o -> o.addresses().stream().anyMatch(a -> a.startsWith("domestic abuse")))
                .forEach(o -> victims.add(new Line(o.text(), o.owner() + ", by " + o.target())));
        plan.checkpoints()
                .forEach(c -> victims.add(new Line(
                        "Enquiries at " + c.transition(),
                        String.join(", ", c.requiredEnquiries())
                                + c.date().map(d -> " (" + d + ")").orElse(" (on the event)"))));
        List<Line> contingency = plan.contingency().stream()
                .map(c -> new Line(c.trigger(), c.response() + (c.outOfHours() ? " Works out of hours." : "")))
                .toList();
        return new RiskManagementView(
                "Risk management plan",
                marking.marking().label(),
                marking.explained(),
                audience.name(),
                plan.caseId(),
                plan.asOf().toString(),
                plan.policy(),
                List.of(
                        section("Supervision", supervision),
                        section("Monitoring and control", controls(plan, MONITORING::contains)),
                        section("Interventions and treatment", interventions),
                        section("Victim safety planning", victims),
                        section("Contingency", contingency)));
    }

    /** The MAPPA meeting summary of {@code plan} through {@code redaction}. */
    public static MappaSummaryView mappaSummary(SentencePlan plan, Redaction redaction) {
        Redaction.Summary marking = marking(plan, redaction);
        Audience audience = redaction.audience();
        return new MappaSummaryView(
                "MAPPA meeting summary",
                marking.marking().label(),
                marking.explained(),
                audience.name(),
                plan.caseId(),
                plan.asOf().toString(),
                plan.policy(),
                plan.mappa()
                        .map(m -> "Category " + m.category() + ", level " + m.level())
                        .orElse("Not MAPPA-managed under this policy"),
                plan.mappa().map(m -> m.reviewDate().toString()).orElse("not applicable"),
                plan.mappa()
                        .map(m -> java.util.stream.Stream.concat(
                                        m.reasons().stream()
                                                .map(r ->
                                                        new Line(r.rule() + " (" + r.policy() + ")", r.description())),
                                        m.basis().stream().map(b -> new Line("Rests on", b)))
                                .toList())
                        .orElse(List.of()),
                plan.objectives().stream()
                        .map(o -> new Line(o.text(), o.owner() + ", " + o.start() + " to " + o.target()))
                        .toList(),
                plan.nsd().managed()
                        ? "NSD-managed: " + String.join(" ", plan.nsd().adds())
                        : "Not NSD-managed");
    }

    private static List<Line> controls(SentencePlan plan, Predicate<ControlType> which) {
        return plan.controls().stream()
                .filter(c -> which.test(c.type()))
                .map(c -> new Line(
                        c.type().name()
                                + c.perWeek().map(w -> " (" + w + " a week)").orElse(""),
                        (c.details().isEmpty() ? "" : String.join("; ", c.details()) + "; ")
                                + SentencePlanView.rules(c.reasons())))
                .toList();
    }

    private static Section section(String heading, List<Line> lines) {
        return new Section(heading, lines, lines.isEmpty());
    }
}
