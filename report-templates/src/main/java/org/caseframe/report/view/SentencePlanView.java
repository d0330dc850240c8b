package org.caseframe.report.view;

import java.util.List;
import java.util.stream.Collectors;
import org.caseframe.core.model.Audience;
import org.caseframe.core.redaction.Redaction;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.plan.PlanMarking;
import org.caseframe.planning.plan.SentencePlan;

/**
 * The sentence plan report for one audience. A plan holds decisions, objectives, dates and references, never evidence
 * or narrative; it is marked by what it lists (see {@link PlanMarking}), through the redaction stage like every view.
 * Every decision is shown with the rules and policy version behind it.
 *
 * @param title document title
 * @param marking the marking of the report
 * @param markingReason why it is marked so
 * @param audience who it is for
 * @param subjectId the pseudonymous id
 * @param asOf the plan date
 * @param policy the policy as id@version
 * @param nsd NSD management and why
 * @param mappa MAPPA category, level, review date and why
 * @param controls controls with their reasons
 * @param interventions interventions with their reasons
 * @param objectives objectives
 * @param schedule the dated contact schedule
 * @param checkpoints checkpoints
 * @param contingency contingency plan
 * @param findings plan-check findings
 * @param findingsAny whether there are findings
 * @param reviews review dates
 * @param workload estimated hours a month
 */
public record SentencePlanView(
        String title,
        String marking,
        String markingReason,
        String audience,
        String subjectId,
        String asOf,
        String policy,
        String nsd,
        String mappa,
        List<Row> controls,
        List<Row> interventions,
        List<ObjectiveRow> objectives,
        List<Row> schedule,
        List<Row> checkpoints,
        List<Row> contingency,
        List<Row> findings,
        boolean findingsAny,
        String reviews,
        String workload) {

    /** A generic row: a name, a detail and the reasons or context. */
    public record Row(String name, String detail, String why) {}

    /** An objective row. */
    public record ObjectiveRow(String id, String text, String owner, String dates, String addresses) {}

    /** The view of {@code plan} through {@code redaction}. */
    public static SentencePlanView of(SentencePlan plan, Redaction redaction) {
        Redaction.Summary marking = PlanReports.marking(plan, redaction);
        Audience audience = redaction.audience();
        String nsd = (plan.nsd().managed()
                        ? "Managed by NSD: " + String.join(" ", plan.nsd().adds())
                        : "Not managed by NSD")
                + " (" + rules(plan.nsd().reasons()) + ")";
        String mappa = plan.mappa()
                .map(m -> "Category " + m.category() + ", level " + m.level() + "; review by " + m.reviewDate() + " ("
                        + rules(m.reasons()) + ")"
                        + (m.basis().isEmpty() ? "" : ". Rests on: " + String.join("; ", m.basis())))
                .orElse("Not MAPPA-managed under this policy");
        return new SentencePlanView(
                "Sentence plan",
                marking.marking().label(),
                marking.explained(),
                audience.name(),
                plan.caseId(),
                plan.asOf().toString(),
                plan.policy(),
                nsd,
                mappa,
                plan.controls().stream()
                        .map(c -> new Row(
                                c.type().name(),
                                c.perWeek().map(w -> w + " a week; ").orElse("") + String.join("; ", c.details()),
                                rules(c.reasons())))
                        .toList(),
                plan.interventions().stream()
                        .map(i -> new Row(i.type().name(), "", rules(i.reasons())))
                        .toList(),
                plan.objectives().stream()
                        .map(o -> new ObjectiveRow(
                                o.id(),
                                o.text(),
                                o.owner().name(),
                                o.start() + " to " + o.target(),
                                String.join("; ", o.addresses())))
                        .toList(),
                plan.contactSchedule().stream()
                        .map(c -> new Row(c.date().toString(), c.kind(), c.standard()))
                        .toList(),
                plan.checkpoints().stream()
                        .map(c -> new Row(
                                c.transition(),
                                c.date().map(Object::toString).orElse("on the event"),
                                "needs " + String.join(", ", c.requiredEnquiries())
                                        + (c.recordedEnquiries().isEmpty()
                                                ? ""
                                                : "; recorded " + String.join(", ", c.recordedEnquiries()))
                                        + (c.outOfDateEnquiries().isEmpty()
                                                ? ""
                                                : "; out of date " + String.join(", ", c.outOfDateEnquiries()))))
                        .toList(),
                plan.contingency().stream()
                        .map(c -> new Row(
                                c.trigger(), c.response(), c.outOfHours() ? "out of hours too" : "office hours"))
                        .toList(),
                plan.findings().stream()
                        .map(f -> new Row(f.severity() + " " + f.code(), f.message(), f.reference()))
                        .toList(),
                !plan.findings().isEmpty(),
                plan.reviews().stream().map(Object::toString).collect(Collectors.joining(", ")),
                plan.workloadHoursPerMonth() + " hours a month");
    }

    /** The policy and the ids of the rules behind a decision, as every plan-based report shows them. */
    static String rules(List<Decisions.Reason> reasons) {
        return reasons.isEmpty()
                ? "no rule"
                : reasons.get(0).policy() + " "
                        + reasons.stream().map(Decisions.Reason::rule).collect(Collectors.joining(", "));
    }
}
