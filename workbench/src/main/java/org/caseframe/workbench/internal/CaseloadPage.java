package org.caseframe.workbench.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseframe.Caseframe;
import org.caseframe.core.model.Contact;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.profile.RiskProfiles;
import org.caseframe.planning.standards.StandardsPlanner;
import org.caseframe.workbench.Workbench;

/**
 * The caseload (inspection recommendations 5 and 14): enhanced-standards compliance across the cases (contact periods
 * due and met, breaches, MAPPA reviews overdue) and the estimated hours a month per practitioner against capacity.
 * A case's practitioner is whoever recorded its latest contact.
 */
record CaseloadPage(
        int cases,
        int periods,
        int met,
        int overdue,
        List<Row> rows,
        List<Practitioner> practitioners,
        List<BarChart.Bar> bars,
        int chartHeight,
        double capacity) {

    /** Hours a month one full-time practitioner has for casework: Caseframe's own planning figure. */
    static final double CAPACITY_HOURS_PER_MONTH = 120;

    record Row(
            String file,
            String id,
            String practitioner,
            double hours,
            String compliance,
            int breaches,
            String review,
            boolean reviewOverdue) {}

    record Practitioner(String name, int cases, double hours, int percent, boolean over) {}

    static CaseloadPage of(CaseLibrary library, Workbench.Options options) {
        Caseframe caseframe = options.caseframe();
        List<Row> rows = new ArrayList<>();
        int periods = 0;
        int met = 0;
        int overdue = 0;
        Map<String, double[]> byPractitioner = new LinkedHashMap<>();
        for (CaseLibrary.Entry e : library.all()) {
            if (e.loaded().isEmpty()) {
                continue;
            }
            AssessedCase a = e.loaded().get().assessed();
            SentencePlan plan = e.loaded().get().plan();
            List<StandardsPlanner.Compliance> compliance = caseframe.compliance(a, plan);
            int p = compliance.stream()
                    .mapToInt(StandardsPlanner.Compliance::periods)
                    .sum();
            int m = compliance.stream()
                    .mapToInt(StandardsPlanner.Compliance::compliant)
                    .sum();
            int breaches =
                    compliance.stream().mapToInt(c -> c.breaches().size()).sum();
            periods += p;
            met += m;
            String practitioner = a.contacts().stream()
                    .max(Comparator.comparing(Contact::date))
                    .map(c -> c.by().name())
                    .orElse("Not allocated");
            String review = "";
            boolean late = false;
            if (plan.mappa().isPresent()) {
                long months = java.time.temporal.ChronoUnit.MONTHS.between(
                        plan.asOf(), plan.mappa().get().reviewDate());
                var latest = RiskProfiles.latestReview(a);
                if (latest.isEmpty()) {
                    review = "No MAPPA review recorded";
                    late = true;
                } else {
                    LocalDate due = latest.get()
                            .at()
                            .atZone(java.time.ZoneOffset.UTC)
                            .toLocalDate()
                            .plusMonths(months);
                    late = due.isBefore(plan.asOf());
                    review = (late ? "Overdue since " : "Due ") + due;
                }
            } else {
                review = "Not MAPPA-managed";
            }
            if (late) {
                overdue++;
            }
            double[] t = byPractitioner.computeIfAbsent(practitioner, k -> new double[2]);
            t[0]++;
            t[1] += plan.workloadHoursPerMonth();
            rows.add(new Row(
                    e.name(),
                    a.subject().id(),
                    practitioner,
                    plan.workloadHoursPerMonth(),
                    p == 0 ? "No standard in force yet" : m + " of " + p + " periods met",
                    breaches,
                    review,
                    late));
        }
        List<Practitioner> practitioners = new ArrayList<>();
        int y = 10;
        BarChart chart = new BarChart(Math.max(
                CAPACITY_HOURS_PER_MONTH,
                byPractitioner.values().stream().mapToDouble(t -> t[1]).max().orElse(0)));
        for (Map.Entry<String, double[]> e : byPractitioner.entrySet()) {
            double hours = Math.round(e.getValue()[1] * 10) / 10.0;
            int percent = (int) Math.round(100 * hours / CAPACITY_HOURS_PER_MONTH);
            practitioners.add(new Practitioner(e.getKey(), (int) e.getValue()[0], hours, percent, percent > 100));
            chart.heading(e.getKey(), y)
                    .bar(
                            hours,
                            y + 18,
                            percent > 100 ? "#d4351c" : "#1d70b8",
                            hours + " hours a month (" + percent + "% of capacity)");
            y += 46;
        }
        List<BarChart.Bar> bars = chart.bars();
        return new CaseloadPage(
                rows.size(),
                periods,
                met,
                overdue,
                rows,
                practitioners,
                bars,
                Math.max(40, y),
                CAPACITY_HOURS_PER_MONTH);
    }
}
