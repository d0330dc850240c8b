package org.caseframe.workbench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.caseframe.Caseframe;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.validation.Problem;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.Vocabulary;
import org.caseframe.planning.profile.Factor;
import org.caseframe.planning.profile.RiskProfile;
import org.caseframe.report.view.PlanReports;
import org.caseframe.report.view.PlanReports.Line;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.ReportKind;

/** One case: its profile, plan with reasons, findings, schedule and compliance, decision log, reports, assessments. */
record CasePage(
        String file,
        String id,
        String stamp,
        boolean valid,
        List<Problem> problems,
        String cohort,
        String policy,
        String nsd,
        List<String> nsdWhy,
        String mappa,
        List<String> mappaWhy,
        double hours,
        List<ProfileRow> profile,
        List<Section> sections,
        List<Line> schedule,
        int scheduleShown,
        int scheduleTotal,
        List<Line> compliance,
        boolean hasCompliance,
        List<Report> reports,
        List<Line> assessments,
        List<CasesPage.Option> instruments) {

    record ProfileRow(String what, String value, boolean unknown) {}

    record Section(String heading, List<Line> lines, boolean empty) {
        Section(String heading, List<Line> lines) {
            this(heading, lines, lines.isEmpty());
        }
    }

    record Report(String kind, String audience, String html, String pdf) {}

    static final int SCHEDULE_SHOWN = 12;

    static CasePage invalid(CaseLibrary.Entry e) {
        return new CasePage(
                e.name(),
                e.name(),
                e.stamp(),
                false,
                Problem.atMostReported(e.problems()),
                "",
                "",
                "",
                List.of(),
                "",
                List.of(),
                0,
                List.of(),
                List.of(),
                List.of(),
                0,
                0,
                List.of(),
                false,
                List.of(),
                List.of(),
                List.of());
    }

    static CasePage of(CaseLibrary.Entry e, Caseframe caseframe, ReportAudience role) {
        if (e.loaded().isEmpty()) {
            return invalid(e);
        }
        AssessedCase assessed = e.loaded().get().assessed();
        SentencePlan plan = e.loaded().get().plan();
        Vocabulary words = plan.words();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(
                "Controls",
                plan.controls().stream()
                        .map(c -> new Line(
                                words.label("control", c.type())
                                        + c.perWeek()
                                                .map(w -> ", " + w + " a week")
                                                .orElse("")
                                        + words.owner(c.type().code())
                                                .map(o -> " (owner: " + o + ")")
                                                .orElse(""),
                                why(c.reasons()) + (c.details().isEmpty() ? "" : " " + String.join(". ", c.details())),
                                ref(c.reasons())))
                        .toList()));
        sections.add(new Section(
                "Interventions",
                plan.interventions().stream()
                        .map(i -> new Line(words.label("intervention", i.type()), why(i.reasons()), ref(i.reasons())))
                        .toList()));
        sections.add(new Section(
                "Objectives",
                plan.objectives().stream()
                        .map(o -> new Line(
                                o.text(),
                                "Owner: " + words.label("owner", o.owner()) + "; " + o.start() + " to " + o.target()
                                        + ". Addresses: " + String.join("; ", o.addresses()),
                                o.id()))
                        .toList()));
        sections.add(new Section(
                "Findings",
                plan.findings().stream()
                        .map(f -> new Line(
                                words.label("severity", f.severity()) + ": " + words.label("finding", f.code()),
                                f.message(),
                                f.reference() + (f.rules().isEmpty() ? "" : "; " + String.join(", ", f.rules()))))
                        .toList()));
        sections.add(
                new Section("Decision log", PlanReports.decisionLog(assessed, assessed.redaction(role.audience()))));
        List<Line> schedule = plan.contactSchedule().stream()
                .limit(SCHEDULE_SHOWN)
                .map(s -> new Line(
                        s.date() + " ("
                                + s.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)
                                + ")",
                        words.label("contact", s.kind()),
                        standard(s.standard())))
                .toList();
        List<Line> compliance = caseframe.compliance(assessed, plan).stream()
                .map(c -> new Line(
                        standard(c.standard()),
                        c.compliant() + " of " + c.periods(),
                        c.breaches().isEmpty()
                                ? "none"
                                : c.breaches().stream()
                                        .map(b ->
                                                b.from() + " to " + b.to() + ": " + b.counted() + " of " + b.required())
                                        .collect(Collectors.joining("; "))))
                .toList();
        RiskProfile profile = caseframe.profile(assessed);
        List<ProfileRow> rows = new ArrayList<>();
        for (Factor f : Factor.values()) {
            if (f.numeric()) {
                rows.add(new ProfileRow(
                        capitalised(f.label()),
                        profile.months(f)
                                .map(m -> m + (m == 1 ? " month" : " months"))
                                .orElse(""),
                        profile.months(f).isEmpty()));
            } else {
                String level = profile.level(f);
                rows.add(new ProfileRow(capitalised(f.label()), words(level), Factor.UNKNOWN.equals(level)));
            }
        }
        List<Report> reports = new ArrayList<>();
        for (ReportKind kind : ReportKind.values()) {
            for (ReportAudience audience : Server.audiencesFor(role)) {
                String base = "/cases/" + e.name() + "/reports/" + kind.template() + "/" + audience.name();
                reports.add(new Report(words(kind.name()), audience.audience().name(), base + "/html", base + "/pdf"));
            }
        }
        List<Line> assessments = assessed.assessments().stream()
                .map(a -> new Line(
                        assessmentName(a, caseframe) + " " + a.id(),
                        words(a.status().name())
                                + a.completed().map(d -> ", " + d).orElse(""),
                        "/cases/" + e.name() + "/assessments/" + a.id()))
                .toList();
        List<CasesPage.Option> instruments = caseframe.instruments().stream()
                .map(d -> new CasesPage.Option(d.id(), d.title() + " (" + d.id() + "@" + d.version() + ")", false))
                .toList();
        return new CasePage(
                e.name(),
                assessed.subject().id(),
                e.stamp(),
                true,
                List.of(),
                words.label("cohort", assessed.cohort()),
                plan.policy(),
                plan.nsd().managed() ? "NSD-managed" : "Not NSD-managed",
                plan.nsd().reasons().stream().map(Decisions.Reason::description).toList(),
                CasesPage.mappa(plan)
                        + plan.mappa()
                                .map(m -> ", next review " + m.reviewDate())
                                .orElse(""),
                plan.mappa()
                        .map(m -> m.reasons().stream()
                                .map(Decisions.Reason::description)
                                .toList())
                        .orElse(List.of()),
                plan.workloadHoursPerMonth(),
                rows,
                sections,
                schedule,
                schedule.size(),
                plan.contactSchedule().size(),
                compliance,
                !compliance.isEmpty(),
                reports,
                assessments,
                instruments);
    }

    /** A contact standard in words: its description in the standards file. */
    static String standard(String id) {
        return org.caseframe.planning.standards.Standards.bundled().standards().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .map(org.caseframe.planning.standards.Standards.Standard::description)
                .orElse(words(id));
    }

    static String assessmentName(Assessment a, Caseframe caseframe) {
        return caseframe
                .instrument(a.instrument().id() + "@" + a.instrument().version())
                .map(d -> d.title())
                .orElse(a.instrument().id());
    }

    static String why(List<Decisions.Reason> reasons) {
        return reasons.stream().map(Decisions.Reason::description).distinct().collect(Collectors.joining(" "));
    }

    static String ref(List<Decisions.Reason> reasons) {
        return reasons.stream()
                .map(r -> r.policy() + ": " + r.rule())
                .distinct()
                .collect(Collectors.joining("; "));
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A code in words: "VERY_HIGH" as "Very high". */
    static String words(String code) {
        String w = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
