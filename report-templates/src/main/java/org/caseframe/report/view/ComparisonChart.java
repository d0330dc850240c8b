package org.caseframe.report.view;

import java.util.ArrayList;
import java.util.List;
import org.caseframe.planning.whatif.WhatIf;

/**
 * Shifts between two policies: for each category (NSD-managed, each MAPPA level, workload), a pair of horizontal bars,
 * baseline above candidate, scaled to the largest value in the chart. Geometry is worked out here; {@link #alt()}
 * gives the figures in words and {@link #rows()} as a table.
 *
 * @param width SVG width in points
 * @param height SVG height in points
 * @param alt the text alternative
 * @param bars the bars
 * @param rows the figures as table rows
 */
public record ComparisonChart(int width, int height, String alt, List<Bar> bars, List<Row> rows) {
    private static final int LABEL_WIDTH = 150;
    private static final int BAR_WIDTH = 280;
    private static final int BAR_HEIGHT = 9;

    /** One bar with its label and value. */
    public record Bar(
            String label, int textY, int x, int y, int width, int height, String fill, String value, int valueX) {}

    /** The figures for one category. */
    public record Row(String category, String baseline, String candidate) {}

    /** The shifts of a what-if report. */
    public static ComparisonChart of(WhatIf.Report report) {
        List<String[]> series = new ArrayList<>();
        for (WhatIf.Tally t : report.tallies()) {
            series.add(
                    new String[] {t.category() + " (cases)", String.valueOf(t.baseline()), String.valueOf(t.candidate())
                    });
        }
        series.add(new String[] {
            "Workload (hours a month)",
            String.valueOf(report.workloadHoursPerMonth().baseline()),
            String.valueOf(report.workloadHoursPerMonth().candidate())
        });
        List<Bar> bars = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String> alt = new ArrayList<>();
        int y = 0;
        for (String[] s : series) {
            double a = Double.parseDouble(s[1]);
            double b = Double.parseDouble(s[2]);
            // Each category is scaled on its own, so cases and hours can share one chart.
            double max = Math.max(1.0, Math.max(a, b));
            int wa = (int) Math.round(BAR_WIDTH * a / max);
            int wb = (int) Math.round(BAR_WIDTH * b / max);
            bars.add(new Bar(
                    s[0], y + BAR_HEIGHT, LABEL_WIDTH, y, wa, BAR_HEIGHT, "#8c8c8c", s[1], LABEL_WIDTH + wa + 4));
            bars.add(new Bar(
                    "",
                    y + 2 * BAR_HEIGHT,
                    LABEL_WIDTH,
                    y + BAR_HEIGHT,
                    wb,
                    BAR_HEIGHT,
                    "#262626",
                    s[2],
                    LABEL_WIDTH + wb + 4));
            rows.add(new Row(s[0], s[1], s[2]));
            alt.add(s[0] + ": " + s[1] + " under " + report.baseline() + ", " + s[2] + " under " + report.candidate());
            y += 2 * BAR_HEIGHT + 8;
        }
        return new ComparisonChart(
                LABEL_WIDTH + BAR_WIDTH + 60,
                y,
                "Shifts between policies. " + String.join(". ", alt) + ".",
                bars,
                rows);
    }
}
