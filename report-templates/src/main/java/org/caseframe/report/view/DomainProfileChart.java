package org.caseframe.report.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.Domain;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.Item;
import org.caseframe.core.model.Level;
import org.caseframe.core.model.RatingScale;

/**
 * The domain profile: for each domain, how many factors were rated at each level, drawn as one horizontal stacked bar
 * per domain. It shows the distribution of ratings, not a score, which structured professional judgement never sums.
 * Geometry is worked out here because templates cannot compute; {@link #alt()} describes the chart in words and
 * {@link #rows()} gives the same figures as a table.
 *
 * @param width SVG width in points
 * @param height SVG height in points
 * @param alt the text alternative
 * @param levels the level labels, lowest first, with their fills (a key)
 * @param bars one bar per domain
 * @param rows the figures as table rows
 */
public record DomainProfileChart(int width, int height, String alt, List<Key> levels, List<Bar> bars, List<Row> rows) {

    private static final int LABEL_WIDTH = 120;
    private static final int BAR_WIDTH = 330;
    private static final int BAR_HEIGHT = 16;
    private static final int GAP = 10;
    private static final String[] FILLS = {"#d9d9d9", "#8c8c8c", "#262626", "#595959", "#bfbfbf"};

    /** A level in the key. */
    public record Key(String label, String fill, int x, int y) {}

    /** One domain's bar. */
    public record Bar(String label, int textY, List<Segment> segments) {}

    /** One level's share of a bar. */
    public record Segment(int x, int y, int width, int height, String fill) {}

    /** The figures for one domain, for the data table. */
    public record Row(String domain, String counts) {}

    /** The chart of {@code assessment}; levels come from each domain's first item's scale. */
    public static DomainProfileChart of(InstrumentDefinition definition, Assessment assessment) {
        List<Bar> bars = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String> alt = new ArrayList<>();
        List<Level> levels = List.of();
        int y = 0;
        for (Domain domain : definition.domains()) {
            List<Item> items = definition.itemsIn(domain.id());
            if (items.isEmpty()) {
                continue;
            }
            RatingScale scale = definition.scale(items.get(0).scale()).orElseThrow();
            levels = scale.levels();
            Map<String, Integer> counts = new LinkedHashMap<>();
            scale.levels().forEach(l -> counts.put(l.code(), 0));
            for (Item item : items) {
                assessment.rating(item.id()).ifPresent(r -> counts.computeIfPresent(r.level(), (k, v) -> v + 1));
            }
            List<Segment> segments = new ArrayList<>();
            int x = LABEL_WIDTH;
            int i = 0;
            List<String> words = new ArrayList<>();
            for (Level level : scale.levels()) {
                int n = counts.get(level.code());
                int w = (int) Math.round((double) BAR_WIDTH * n / items.size());
                if (w > 0) {
                    segments.add(new Segment(x, y, w, BAR_HEIGHT, FILLS[i % FILLS.length]));
                }
                x += w;
                words.add(n + " " + level.label().toLowerCase(java.util.Locale.ROOT));
                i++;
            }
            String counted = String.join(", ", words) + " (of " + items.size() + ")";
            bars.add(new Bar(domain.label(), y + BAR_HEIGHT - 4, segments));
            rows.add(new Row(domain.label(), counted));
            alt.add(domain.label() + ": " + counted);
            y += BAR_HEIGHT + GAP;
        }
        List<Key> key = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            key.add(new Key(levels.get(i).label(), FILLS[i % FILLS.length], LABEL_WIDTH + i * 110, y + 4));
        }
        return new DomainProfileChart(
                LABEL_WIDTH + BAR_WIDTH + 10,
                y + 24,
                "Domain profile. " + String.join(". ", alt) + ".",
                key,
                bars,
                rows);
    }
}
