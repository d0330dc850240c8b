package org.caseframe.report.view;

import java.util.List;
import java.util.stream.Collectors;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.plan.Vocabulary;
import org.caseframe.planning.whatif.WhatIf;

/**
 * The policy what-if report for policy teams: how many decisions change and how, the workload on each side, and each
 * changed case with the reasons on both sides. Cohorts are pseudonymous and hold no evidence, so it is OFFICIAL.
 *
 * @param title document title
 * @param marking marking
 * @param markingReason why it is marked so
 * @param baseline baseline policy id@version
 * @param candidate candidate policy id@version
 * @param asOf evaluation date
 * @param cases cases compared
 * @param changed cases with any change
 * @param counts changes by kind
 * @param countsAny whether there are any
 * @param workload workload on each side
 * @param changes every change, case by case
 * @param changesAny whether anything changed
 * @param chart the shifts in NSD allocation, MAPPA levels and workload
 */
public record WhatIfView(
        String title,
        String marking,
        String markingReason,
        String baseline,
        String candidate,
        String asOf,
        int cases,
        int changed,
        List<Count> counts,
        boolean countsAny,
        String workload,
        List<ChangeRow> changes,
        boolean changesAny,
        ComparisonChart chart) {

    /** A kind of change and how many. */
    public record Count(String kind, int count) {}

    /** One changed decision: the reasons on each side in words, and the rule ids in a reference line. */
    public record ChangeRow(String caseId, String item, String from, String to, String why, String ref) {}

    /** The view of a what-if report. */
    public static WhatIfView of(WhatIf.Report report) {
        List<ChangeRow> rows = report.changedCases().stream()
                .flatMap(c -> c.changes().stream()
                        .map(ch -> new ChangeRow(
                                c.caseId(),
                                item(report.words(), ch.kind(), ch.item()),
                                ch.baseline(),
                                ch.candidate(),
                                "Was: " + Words.why(ch.baselineReasons()) + " Now: " + Words.why(ch.candidateReasons()),
                                "was " + rules(ch.baselineReasons()) + "; now " + rules(ch.candidateReasons()))))
                .toList();
        return new WhatIfView(
                "Policy what-if: " + report.baseline() + " against " + report.candidate(),
                ProtectiveMarking.OFFICIAL.label(),
                ProtectiveMarking.OFFICIAL.label() + " because it holds pseudonymous case ids, decisions and rules,"
                        + " no assessment results, evidence or narrative",
                report.baseline(),
                report.candidate(),
                report.asOf().toString(),
                report.cases(),
                report.changedCases().size(),
                report.counts().entrySet().stream()
                        .map(e -> new Count(count(report.words(), e.getKey()), e.getValue()))
                        .toList(),
                !report.counts().isEmpty(),
                report.workloadHoursPerMonth().baseline() + " hours a month under " + report.baseline() + "; "
                        + report.workloadHoursPerMonth().candidate() + " under " + report.candidate(),
                rows,
                !rows.isEmpty(),
                ComparisonChart.of(report));
    }

    /**
     * A change's item in words: "NSD management" and "MAPPA level" are names already; controls and interventions by
     * their labels in {@code words} (the report's, with the terms its policies add).
     */
    public static String item(Vocabulary words, String kind, String item) {
        return switch (kind) {
            case "CONTROL", "CONTROL_FREQUENCY" -> words.label("control", item);
            case "INTERVENTION" -> words.label("intervention", item);
            case "NSD" -> "NSD management";
            default -> "MAPPA level";
        };
    }

    /** A count's key ("CONTROL_ADDED:HOME_VISITS", "NSD_IN") in words. */
    public static String count(Vocabulary words, String key) {
        int colon = key.indexOf(':');
        String kind = colon < 0 ? key : key.substring(0, colon);
        String label = Words.label("change", kind);
        if (colon < 0) {
            return label;
        }
        String item = key.substring(colon + 1);
        return label + ": "
                + (kind.startsWith("INTERVENTION") ? words.label("intervention", item) : words.label("control", item));
    }

    private static String rules(List<Decisions.Reason> reasons) {
        return reasons.isEmpty()
                ? "no rule"
                : reasons.stream().map(Decisions.Reason::rule).collect(Collectors.joining(", "));
    }
}
