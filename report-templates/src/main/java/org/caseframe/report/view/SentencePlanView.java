package org.caseframe.report.view;

import java.util.List;
import java.util.stream.Collectors;
import org.caseframe.core.model.Audience;
import org.caseframe.core.redaction.Redaction;
import org.caseframe.planning.plan.PlanMarking;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.Vocabulary;

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
 * @param nsd NSD management and why, in words
 * @param nsdRef the policy and rule ids behind it
 * @param mappa MAPPA category, level, review date and why, in words
 * @param mappaRef the policy and rule ids behind it
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
        String nsdRef,
        String mappa,
        String mappaRef,
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

    /** A generic row: a name, a detail, the reasons or context in words, and a reference line (ids, in small type). */
    public record Row(String name, String detail, String why, String ref) {
        /** A row with no reference line. */
        public Row(String name, String detail, String why) {
            this(name, detail, why, "");
        }
    }

    /** An objective row. */
    public record ObjectiveRow(String id, String text, String owner, String dates, String addresses) {}

    /** The view of {@code plan} through {@code redaction}. */
    public static SentencePlanView of(SentencePlan plan, Redaction redaction) {
        Redaction.Summary marking = PlanReports.marking(plan, redaction);
        Vocabulary words = plan.words();
        Audience audience = redaction.audience();
        String nsd = (plan.nsd().managed()
                        ? "Managed by NSD: " + String.join(" ", plan.nsd().adds())
                        : "Not managed by NSD.")
                + " " + Words.why(plan.nsd().reasons());
        String mappa = plan.mappa()
                .map(m -> "Category " + m.category() + ", level " + m.level() + "; review by " + m.reviewDate() + ". "
                        + Words.why(m.reasons())
                        + (m.basis().isEmpty() ? "" : " Rests on: " + String.join("; ", m.basis()) + "."))
                .orElse("Not MAPPA-managed under this policy.");
        return new SentencePlanView(
                "Sentence plan",
                marking.marking().label(),
                marking.explained(),
                audience.name(),
                plan.caseId(),
                plan.asOf().toString(),
                plan.policy(),
                nsd,
                Words.ref(plan.nsd().reasons()),
                mappa,
                plan.mappa().map(m -> Words.ref(m.reasons())).orElse(""),
                plan.controls().stream()
                        .map(c -> new Row(
                                words.label("control", c.type()),
                                c.perWeek()
                                                .map(w -> Words.count(w, "contact") + " a week. ")
                                                .orElse("")
                                        + String.join(
                                                " ",
                                                c.details().stream()
                                                        .map(d -> d.endsWith(".") ? d : d + ".")
                                                        .toList()),
                                Words.why(c.reasons()),
                                Words.ref(c.reasons())))
                        .toList(),
                plan.interventions().stream()
                        .map(i -> new Row(
                                words.label("intervention", i.type()),
                                words.description("intervention", i.type().name()),
                                Words.why(i.reasons()),
                                Words.ref(i.reasons())))
                        .toList(),
                plan.objectives().stream()
                        .map(o -> new ObjectiveRow(
                                o.id(),
                                o.text(),
                                Words.label("owner", o.owner()) + " (" + Words.label("status", o.status()) + ")",
                                o.start() + " to " + o.target(),
                                String.join("; ", o.addresses())))
                        .toList(),
                plan.contactSchedule().stream()
                        .map(c -> new Row(
                                c.date() + " ("
                                        + c.date()
                                                .getDayOfWeek()
                                                .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                                        + ")",
                                Words.label("contact", c.kind()),
                                Words.standard(c.standard())))
                        .toList(),
                plan.checkpoints().stream()
                        .map(c -> new Row(
                                Words.label("transition", c.transition()),
                                c.date().map(Object::toString).orElse("on the event"),
                                Words.enquiries(c)))
                        .toList(),
                plan.contingency().stream()
                        .map(c -> new Row(
                                c.trigger(), c.response(), c.outOfHours() ? "Out of hours too" : "Office hours"))
                        .toList(),
                plan.findings().stream()
                        .map(f -> new Row(Words.finding(f), f.message(), "", Words.findingRef(f, plan.policy())))
                        .toList(),
                !plan.findings().isEmpty(),
                plan.reviews().stream().map(Object::toString).collect(Collectors.joining(", ")),
                plan.workloadHoursPerMonth() + " hours a month");
    }
}
