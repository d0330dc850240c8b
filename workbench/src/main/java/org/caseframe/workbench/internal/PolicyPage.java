package org.caseframe.workbench.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.caseframe.Caseframe;
import org.caseframe.core.validation.Problem;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.plan.Vocabulary;
import org.caseframe.planning.whatif.WhatIf;
import org.caseframe.report.view.WhatIfView;

/** The policy workbench page's model. */
record PolicyPage(
        List<CasesPage.Option> baselines,
        String baseline,
        List<Threshold> thresholds,
        boolean directory,
        int size,
        long seed,
        List<Problem> problems,
        boolean hasProblems,
        boolean hasReport,
        int cases,
        int changed,
        List<Count> counts,
        boolean hasCounts,
        List<Tally> tallies,
        List<BarChart.Bar> bars,
        int chartHeight,
        List<BarChart.Bar> countBars,
        int countChartHeight,
        List<BarChart.Bar> hoursBars,
        String hours,
        List<ChangedCase> changedCases,
        int changedShown,
        List<RuleRow> rules,
        List<Edit> edits,
        String nextVersion,
        String id,
        String error,
        String saved,
        String query) {

    record Threshold(String name, String label, String value, boolean changed, String baseline) {}

    record Count(String what, int count) {}

    record Tally(String category, int baseline, int candidate, int difference) {}

    record ChangedCase(String caseId, List<Change> changes) {}

    record Change(String what, String baseline, String candidate, String baselineWhy, String candidateWhy) {}

    record RuleRow(
            String id, String description, String when, String then, boolean used, String yaml, boolean edited) {}

    /** A rule edited as YAML, carried by the page's other forms. */
    record Edit(String id, String yaml) {}

    static final int CHANGED_SHOWN = 50;

    static PolicyPage of(
            PolicyBench.Request r,
            PolicyBench.Candidate c,
            WhatIf.Report report,
            Caseframe caseframe,
            String nextVersion,
            String error,
            String saved) {
        Policy b = r.baseline();
        Vocabulary words = report == null ? b.words() : report.words();
        List<Threshold> thresholds = new ArrayList<>();
        r.thresholds()
                .forEach((k, v) -> thresholds.add(new Threshold(
                        k,
                        label(k),
                        v,
                        !v.equals(String.valueOf(b.thresholds().get(k))),
                        String.valueOf(b.thresholds().get(k)))));
        List<CasesPage.Option> baselines = caseframe.policies().stream()
                .map(p -> new CasesPage.Option(
                        p.ref(), p.ref() + ": " + p.title(), p.ref().equals(b.ref())))
                .toList();
        List<Count> counts = new ArrayList<>();
        List<Tally> tallies = new ArrayList<>();
        List<BarChart.Bar> bars = List.of();
        List<ChangedCase> changed = new ArrayList<>();
        String hours = "";
        List<BarChart.Bar> countBars = List.of();
        List<BarChart.Bar> hoursBars = List.of();
        if (report != null) {
            report.counts().forEach((k, n) -> counts.add(new Count(WhatIfView.count(words, k), n)));
            int max = 1;
            for (WhatIf.Tally t : report.tallies()) {
                tallies.add(new Tally(t.category(), t.baseline(), t.candidate(), t.candidate() - t.baseline()));
                max = Math.max(max, Math.max(t.baseline(), t.candidate()));
            }
            BarChart tallyChart = new BarChart(max);
            int y = 10;
            for (WhatIf.Tally t : report.tallies()) {
                tallyChart
                        .heading(t.category(), y)
                        .bar(t.baseline(), y + 18, "#505a5f", "Baseline: " + t.baseline())
                        .bar(t.candidate(), y + 36, "#1d70b8", "Edited: " + t.candidate());
                y += 64;
            }
            bars = tallyChart.bars();
            BarChart countChart =
                    new BarChart(counts.stream().mapToInt(Count::count).max().orElse(1));
            int cy = 10;
            for (Count k : counts.stream().limit(COUNTS_CHARTED).toList()) {
                countChart.heading(k.what(), cy).bar(k.count(), cy + 18, "#1d70b8", "Cases: " + k.count());
                cy += 46;
            }
            countBars = countChart.bars();
            double hb = report.workloadHoursPerMonth().baseline();
            double hc = report.workloadHoursPerMonth().candidate();
            hoursBars = new BarChart(Math.max(hb, hc))
                    .heading("Workload, hours a month", 10)
                    .bar(hb, 28, "#505a5f", "Baseline: " + hb)
                    .bar(hc, 46, "#1d70b8", "Edited: " + hc)
                    .bars();
            hours = report.workloadHoursPerMonth().baseline() + " hours a month under " + report.baseline() + "; "
                    + report.workloadHoursPerMonth().candidate() + " under the edited policy";
            report.changedCases().stream()
                    .limit(CHANGED_SHOWN)
                    .forEach(cc -> changed.add(new ChangedCase(
                            cc.caseId(),
                            cc.changes().stream()
                                    .map(ch -> new Change(
                                            WhatIfView.item(words, ch.kind(), ch.item()),
                                            ch.baseline(),
                                            ch.candidate(),
                                            why(ch.baselineReasons()),
                                            why(ch.candidateReasons())))
                                    .toList())));
        }
        List<RuleRow> rules = b.rules().stream()
                .map(rule -> new RuleRow(
                        rule.id(),
                        rule.description(),
                        rule.when().entrySet().stream()
                                .map(e -> e.getKey() + " " + condition(e.getValue()))
                                .collect(Collectors.joining("; ")),
                        outcome(rule.then(), words),
                        !r.off().contains(rule.id()),
                        r.ruleEdits().getOrDefault(rule.id(), PolicyBench.ruleYaml(rule)),
                        r.ruleEdits().containsKey(rule.id())))
                .toList();
        StringBuilder query = new StringBuilder("baseline=" + enc(b.ref()));
        r.thresholds()
                .forEach((k, v) -> query.append("&")
                        .append(enc(PolicyBench.THRESHOLD + k))
                        .append("=")
                        .append(enc(v)));
        r.off().forEach(id -> query.append("&off=").append(enc(id)));
        r.ruleEdits()
                .forEach((id, yaml) -> query.append("&")
                        .append(enc(PolicyBench.RULE_YAML + id))
                        .append("=")
                        .append(enc(yaml)));
        query.append("&cohort=")
                .append(r.cohort())
                .append("&size=")
                .append(r.size())
                .append("&seed=")
                .append(r.seed());
        return new PolicyPage(
                baselines,
                b.ref(),
                thresholds,
                r.cohort().equals("directory"),
                r.size(),
                r.seed(),
                c.problems(),
                !c.problems().isEmpty(),
                report != null,
                report == null ? 0 : report.cases(),
                report == null ? 0 : report.changedCases().size(),
                counts,
                !counts.isEmpty(),
                tallies,
                bars,
                Math.max(40, bars.size() / 3 * 64 + 10),
                countBars,
                Math.max(40, countBars.size() / 2 * 46 + 10),
                hoursBars,
                hours,
                changed,
                changed.size(),
                rules,
                r.ruleEdits().entrySet().stream()
                        .map(e -> new Edit(e.getKey(), e.getValue()))
                        .toList(),
                nextVersion,
                b.id(),
                error,
                saved,
                query.toString());
    }

    static final int COUNTS_CHARTED = 12;

    static String label(String threshold) {
        String spaced = threshold.replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0))
                + spaced.substring(1)
                + (spaced.contains("months") ? "" : " (months)");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String why(List<Decisions.Reason> reasons) {
        return reasons.isEmpty()
                ? "no rule"
                : reasons.stream()
                        .map(x -> x.description() + " (" + x.rule() + ")")
                        .distinct()
                        .collect(Collectors.joining(" "));
    }

    private static String condition(Policy.Condition c) {
        List<String> parts = new ArrayList<>();
        c.in().ifPresent(v -> parts.add("is " + String.join(" or ", v)));
        c.atLeast().ifPresent(v -> parts.add("at least " + v));
        c.atMost().ifPresent(v -> parts.add("at most " + v));
        c.below().ifPresent(v -> parts.add("below " + v));
        c.monthsAtLeast().ifPresent(v -> parts.add("at least " + v + " months"));
        c.monthsBelow().ifPresent(v -> parts.add("under " + v + " months"));
        if (c.orUnknown().orElse(false)) {
            parts.add("or not assessed");
        }
        return String.join(", ", parts);
    }

    private static String outcome(Policy.Outcome o, Vocabulary words) {
        List<String> parts = new ArrayList<>();
        o.nsd().ifPresent(n -> parts.add(n.managed() ? "NSD-managed" : "not NSD-managed"));
        o.mappa()
                .ifPresent(m -> parts.add("MAPPA category " + m.category() + ", level " + m.level() + ", review in "
                        + m.reviewMonths() + " months"));
        o.controls()
                .forEach(s -> parts.add(words.label("control", s.type())
                        + s.perWeek().map(w -> " (" + w + " a week)").orElse("")));
        o.interventions().forEach(i -> parts.add(words.label("intervention", i)));
        return String.join("; ", parts);
    }
}
