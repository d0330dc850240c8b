package org.caseframe.workbench.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The bars of one horizontal bar chart as the {@code bar} partial draws them: headings, and bars up to 300 pixels wide
 * against the chart's largest value (never narrower than one pixel, so a zero still shows), each with its text beside
 * it. Not API.
 */
final class BarChart {
    /** One heading (not drawn) or bar (drawn) at {@code y}, its text at ({@code textX}, {@code textY}). */
    record Bar(int y, int width, int textX, int textY, int labelY, String fill, String text) {
        public boolean drawn() {
            return width > 0;
        }
    }

    private final double max;
    private final List<Bar> bars = new ArrayList<>();

    /** A chart whose longest bar stands for {@code max} (at least 1). */
    BarChart(double max) {
        this.max = Math.max(1, max);
    }

    /** A heading in bold whose group of bars starts at {@code top}. */
    BarChart heading(String text, int top) {
        bars.add(new Bar(top + 14, 0, 0, 0, top + 10, "none", text));
        return this;
    }

    /** A bar for {@code value} at {@code y}, in {@code fill}, with {@code text} beside it. */
    BarChart bar(double value, int y, String fill, String text) {
        int width = (int) Math.max(1, Math.round(300.0 * value / max));
        bars.add(new Bar(y, width, 205 + width, y + 12, y + 12, fill, text));
        return this;
    }

    List<Bar> bars() {
        return List.copyOf(bars);
    }
}
