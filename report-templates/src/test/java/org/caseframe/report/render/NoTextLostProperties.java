package org.caseframe.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.caseframe.report.view.ComparisonChart;
import org.caseframe.report.view.DomainProfileChart;
import org.caseframe.report.view.FormulationView;
import org.caseframe.report.view.PlanReports;
import org.caseframe.report.view.SentencePlanView;
import org.caseframe.report.view.WhatIfView;
import org.junit.jupiter.api.Test;

/**
 * Nothing silently lost, by test: every report kind's view, filled by reflection with random content (ordinary text,
 * long texts, unbreakable tokens up to 20,000 characters such as URLs and hashes, right-to-left words, many rows), is
 * rendered as PDF; the text extracted from the pages holds every word of every string the view holds, and no glyph
 * lies outside the page, nor outside the printable width of the body. The filler walks the view records, so a field
 * added to a view later is covered without touching this test.
 */
class NoTextLostProperties {
    private static final ReportRenderer RENDERER = ReportRenderer.bundled();
    private static final Instant DATE = Instant.parse("2026-11-30T00:00:00Z");
    private static final float MM = 72f / 25.4f;
    private static final float SIDE = 18 * MM;
    private static final float TOP = 24 * MM;
    private static final String[] ARABIC = {"كريم", "خيالي", "مراجعة", "الخطة", "سلامة"};
    private static final String TOKEN = "abcdefghijklmnopqrstuvwxyz0123456789/._-:";

    private record Kind(String template, Class<? extends Record> view) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("sentence-plan", SentencePlanView.class),
            new Kind("risk-management", PlanReports.RiskManagementView.class),
            new Kind("mappa", PlanReports.MappaSummaryView.class),
            new Kind("formulation", FormulationView.class),
            new Kind("whatif", WhatIfView.class));

    /** A string the view holds, where, and whether it is shown in the page margins (the banner) rather than the body. */
    record Expected(String path, String text, boolean margin) {}

    /** Fills view records with random content and remembers every string shown. */
    static final class Filler {
        final Random random;
        final boolean longTokens;
        final List<Expected> expected = new ArrayList<>();

        Filler(long seed, boolean longTokens) {
            this.random = new Random(seed);
            this.longTokens = longTokens;
        }

        <T extends Record> T record(Class<T> type, String path, int index, int size) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = value(components[i], path + "/" + components[i].getName(), index, size);
            }
            // Flags that say whether a list is shown follow the list: "xAny", "empty", "roshAny".
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                if (types[i] == boolean.class) {
                    values[i] = flag(name, components, values, index, size);
                }
            }
            try {
                return type.getDeclaredConstructor(types).newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(type + ": " + e, e);
            }
        }

        private boolean flag(String name, RecordComponent[] components, Object[] values, int index, int size) {
            if (name.equals("last")) {
                return index == size - 1;
            }
            if (name.equals("showRosh")) {
                return index == 0;
            }
            String list = name.equals("empty") ? "lines" : name.equals("roshAny") ? "roshRows" : null;
            if (list == null && name.endsWith("Any")) {
                list = name.substring(0, name.length() - 3);
            }
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(list)) {
                    boolean any = !((List<?>) values[i]).isEmpty();
                    return name.equals("empty") ? !any : any;
                }
            }
            return random.nextBoolean();
        }

        private Object value(RecordComponent c, String path, int index, int size) {
            Class<?> type = c.getType();
            String name = c.getName();
            if (type == String.class) {
                if (name.equals("lang")) {
                    return "en-GB";
                }
                if (name.equals("dir")) {
                    return "ltr";
                }
                if (name.equals("anchor")) {
                    return "a" + index;
                }
                boolean margin = name.equals("marking");
                String text = margin ? word() : text();
                expected.add(new Expected(path, text, margin));
                return text;
            }
            if (type == int.class) {
                return random.nextInt(1000);
            }
            if (type == double.class) {
                return (double) random.nextInt(1000);
            }
            if (type == boolean.class) {
                return false; // set by flag() once the lists are filled
            }
            if (type == ComparisonChart.class || type == DomainProfileChart.class) {
                return null;
            }
            if (type == List.class) {
                Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                // Many rows at the top level; a few in nested lists, so that documents stay a readable length.
                boolean nested = path.chars().filter(ch -> ch == '/').count() > 1;
                int n = nested
                        ? random.nextInt(3)
                        : random.nextInt(8) == 0 ? 25 + random.nextInt(25) : random.nextInt(5);
                if (name.equals("sections")) {
                    n = 1 + random.nextInt(4);
                }
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (element == String.class) {
                        String text = text();
                        expected.add(new Expected(path + "/" + i, text, false));
                        out.add(text);
                    } else {
                        @SuppressWarnings("unchecked")
                        Class<? extends Record> r = (Class<? extends Record>) element;
                        out.add(record(r, path + "/" + i, i, n));
                    }
                }
                return out;
            }
            if (type.isRecord()) {
                @SuppressWarnings("unchecked")
                Class<? extends Record> r = (Class<? extends Record>) type;
                return record(r, path, index, size);
            }
            throw new IllegalStateException("the filler cannot make a " + type + " for " + path);
        }

        String word() {
            int n = 1 + random.nextInt(10);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append((char) ('a' + random.nextInt(26)));
            }
            return b.toString();
        }

        String token(int length) {
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                b.append(TOKEN.charAt(random.nextInt(TOKEN.length())));
            }
            return b.toString();
        }

        String text() {
            int kind = random.nextInt(10);
            List<String> words = new ArrayList<>();
            int n = kind < 6 ? 1 + random.nextInt(8) : kind < 7 ? 40 + random.nextInt(160) : 1 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                words.add(word());
            }
            if (kind == 7) {
                words.add(random.nextInt(words.size() + 1), token(60 + random.nextInt(400)));
            }
            if (kind == 8 && longTokens && random.nextInt(4) == 0) {
                words.add(random.nextInt(words.size() + 1), token(2_000 + random.nextInt(18_001)));
            }
            if (kind == 6 && random.nextBoolean()) {
                words.add(random.nextInt(words.size() + 1), token(10 + random.nextInt(40)));
            }
            if (kind == 9) {
                words.add(ARABIC[random.nextInt(ARABIC.length)]);
            }
            return String.join(" ", words);
        }
    }

    /** One glyph of the body: its page, position, width and text. */
    record Glyph(int page, float x, float y, float width, String text) {}

    /**
     * The body's text column by column: glyphs on one line split into segments wherever there is a gap (a cell
     * boundary), and segments that start at the same left edge joined page by page, top to bottom. A table cell's
     * lines start at its left edge, so a token broken over lines, rows and pages reads whole in its column, whatever
     * the other cells drew between.
     */
    static List<String> columns(List<Glyph> glyphs) {
        java.util.Map<Long, List<Glyph>> lines = new java.util.TreeMap<>();
        for (Glyph g : glyphs) {
            lines.computeIfAbsent(g.page() * 100_000L + Math.round(g.y() * 2), k -> new ArrayList<>())
                    .add(g);
        }
        java.util.Map<Integer, StringBuilder> byLeft = new java.util.TreeMap<>();
        for (List<Glyph> line : lines.values()) {
            line.sort(java.util.Comparator.comparing(Glyph::x));
            StringBuilder segment = null;
            float end = Float.NEGATIVE_INFINITY;
            for (Glyph g : line) {
                if (segment == null || g.x() - end > 3f) {
                    segment = byLeft.computeIfAbsent(Math.round(g.x() / 2), k -> new StringBuilder());
                }
                segment.append(g.text());
                end = Math.max(end, g.x() + g.width());
            }
        }
        return byLeft.values().stream().map(NoTextLostProperties::squeeze).toList();
    }

    /** What the pages hold: body text and margin text in drawing order, and every glyph that breaks the bounds. */
    static final class Pages extends PDFTextStripper {
        final StringBuilder body = new StringBuilder();
        final StringBuilder margin = new StringBuilder();
        final List<String> outside = new ArrayList<>();
        final List<Glyph> glyphs = new ArrayList<>();
        String logical = "";
        private PDRectangle box;

        Pages() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            box = page.getMediaBox();
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
                float x = p.getXDirAdj();
                float y = p.getYDirAdj();
                float right = x + p.getWidthDirAdj();
                boolean inBody = y > TOP && y < box.getHeight() - TOP + p.getHeightDir();
                if (x < -0.5f || right > box.getWidth() + 0.5f || y < 0 || y > box.getHeight()) {
                    outside.add("page " + getCurrentPageNo() + ": '" + p.getUnicode() + "' at " + x + "," + y
                            + " off the page");
                } else if (inBody && (x < SIDE - 1f || right > box.getWidth() - SIDE + 1f)) {
                    outside.add("page " + getCurrentPageNo() + ": '" + p.getUnicode() + "' at " + x + "," + y
                            + " outside the printable width");
                }
                (inBody ? body : margin).append(p.getUnicode());
                if (inBody) {
                    glyphs.add(new Glyph(getCurrentPageNo(), x, y, p.getWidthDirAdj(), p.getUnicode()));
                }
            }
        }
    }

    static Pages read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Pages pages = new Pages();
            pages.getText(doc);
            // Read by position too: PDFBox puts right-to-left runs back in logical order there.
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true);
            pages.logical = squeeze(byPosition.getText(doc));
            return pages;
        }
    }

    // Ligatures (fi, fl, ff) and Arabic presentation forms come back as compatibility characters: compare in NFKC.
    static String squeeze(CharSequence s) {
        return squeezeKeepingSpaces(s).replaceAll("\\s+", "");
    }

    // Zero-width break opportunities in long runs, and the marks that keep right-to-left values apart, are not text.
    static String squeezeKeepingSpaces(CharSequence s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)
                .replace("\u200B", "")
                .replace("\u200E", "");
    }

    /** Whether {@code word} is on the pages: in the drawing-order text, or in one column read top to bottom. */
    static boolean onPages(String word, String text, List<String> columns) {
        String reversed = new StringBuilder(word).reverse().toString();
        if (text.contains(word) || text.contains(reversed)) {
            return true;
        }
        return columns.stream().anyMatch(c -> c.contains(word) || c.contains(reversed));
    }

    /** Every word of every string the view holds that the pages do not hold, and every glyph out of bounds. */
    static List<String> lost(Filler filler, byte[] pdf) throws IOException {
        Pages pages = read(pdf);
        String body = squeeze(pages.body);
        String all = body + squeeze(pages.margin);
        List<String> lost = new ArrayList<>(pages.outside);
        List<String> columns = new ArrayList<>(columns(pages.glyphs));
        columns.add(pages.logical);
        for (Expected e : filler.expected) {
            for (String word : e.text().split(" ")) {
                if (!onPages(word, e.margin() ? all : body, columns)) {
                    lost.add(e.path() + ": \"" + (word.length() > 40 ? word.substring(0, 40) + "..." : word) + "\" ("
                            + word.length() + " characters) is not on any page");
                }
            }
        }
        if (!lost.isEmpty()) {
            // Kept for a person to look at.
            java.nio.file.Files.write(java.nio.file.Path.of("target", "text-lost-" + System.nanoTime() + ".pdf"), pdf);
        }
        return lost;
    }

    @Test
    void everyWordOfEveryKindIsOnThePageAndNoGlyphLeavesIt() {
        qt().withExamples(Integer.getInteger("caseframe.noTextLost.examples", 20))
                .withShrinkCycles(0)
                .forAll(longs().all(), integers().between(0, KINDS.size() - 1))
                .checkAssert((seed, k) -> {
                    Kind kind = KINDS.get(k);
                    Filler filler = new Filler(seed, true);
                    Record view = filler.record(kind.view(), kind.template(), 0, 1);
                    try {
                        List<String> lost = lost(filler, RENDERER.pdf(kind.template(), view, DATE));
                        if (!lost.isEmpty()) {
                            java.nio.file.Files.writeString(
                                    java.nio.file.Path.of("target", "text-lost-" + seed + ".html"),
                                    RENDERER.html(kind.template(), view));
                        }
                        assertThat(lost)
                                .as(kind.template() + " with seed " + seed)
                                .isEmpty();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    @Test
    void aTwentyThousandCharacterTokenInANarrowColumnIsKeptWhole() throws IOException {
        Filler filler = new Filler(1, false);
        SentencePlanView view = filler.record(SentencePlanView.class, "sentence-plan", 0, 1);
        String token = filler.token(20_000);
        SentencePlanView.Row row = new SentencePlanView.Row(token, "detail", "why", "ref");
        filler.expected.removeIf(e -> e.path().startsWith("sentence-plan/controls/"));
        filler.expected.add(new Expected("controls/0/name", token, false));
        SentencePlanView withToken = new SentencePlanView(
                view.title(),
                view.marking(),
                view.markingReason(),
                view.audience(),
                view.subjectId(),
                view.asOf(),
                view.policy(),
                view.nsd(),
                view.nsdRef(),
                view.mappa(),
                view.mappaRef(),
                List.of(row),
                view.interventions(),
                view.objectives(),
                view.schedule(),
                view.checkpoints(),
                view.contingency(),
                view.findings(),
                view.findingsAny(),
                view.reviews(),
                view.workload());

        assertThat(lost(filler, RENDERER.pdf("sentence-plan", withToken, DATE))).isEmpty();
    }

    @Test
    void theCheckFindsTextThatIsNotThere() throws IOException {
        Filler filler = new Filler(2, false);
        SentencePlanView view = filler.record(SentencePlanView.class, "sentence-plan", 0, 1);
        filler.expected.add(new Expected("invented", "zzzqqqnotthere", false));

        assertThat(lost(filler, RENDERER.pdf("sentence-plan", view, DATE)))
                .singleElement()
                .asString()
                .contains("zzzqqqnotthere");
    }

    /**
     * The case that found the spill-over: an evidence source ending in an Arabic word, then {@code ", "} and a date
     * that begins {@code .8q7:0}. Without the marks the digit joined the Arabic run and was drawn before the full stop.
     */
    @Test
    void aValueAfterRightToLeftTextKeepsItsOrder() throws IOException {
        Filler filler = new Filler(-3336400770016183778L, true);
        FormulationView view = filler.record(FormulationView.class, "formulation", 0, 1);

        assertThat(lost(filler, RENDERER.pdf("formulation", view, DATE))).isEmpty();
    }
}
