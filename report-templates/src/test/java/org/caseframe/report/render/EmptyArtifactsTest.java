package org.caseframe.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.plan.SentencePlanner;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.SentencePlanView;
import org.junit.jupiter.api.Test;

/**
 * The renderer takes out the empty artifacts openhtmltopdf writes around every box: the documents it gives draw the
 * same pixels, hold the same text and the same structure tree as openhtmltopdf's own, with no empty artifact and no
 * property list left that nothing uses, and every page's contents compressed (the renderer has openhtmltopdf write
 * them uncompressed, which these tests would catch if a later openhtmltopdf gave "test mode" another meaning).
 */
class EmptyArtifactsTest {
    private static final Pattern EMPTY = Pattern.compile("(?m)^/Artifact /[A-Za-z0-9]+ BDC\nEMC\n");

    @Test
    void anEmptyArtifactGoesAndItsPropertyNameIsDropped() {
        Set<String> dropped = new HashSet<>();
        Set<String> kept = new HashSet<>();

        String lean = lean("q\n/Artifact /Prop1 BDC\nEMC\n/Artifact /Prop2 BDC\n0 0 m\nf\nEMC\nQ\n", dropped, kept);

        assertThat(lean).isEqualTo("q\n/Artifact /Prop2 BDC\n0 0 m\nf\nEMC\nQ\n");
        assertThat(dropped).containsExactly("Prop1");
        assertThat(kept).containsExactly("Prop2");
    }

    @Test
    void nestedEmptyArtifactsGoTogether() {
        Set<String> dropped = new HashSet<>();

        String lean = lean("/Artifact /Prop1 BDC\n/Artifact /Prop2 BDC\nEMC\nEMC\nBT\nET\n", dropped, new HashSet<>());

        assertThat(lean).isEqualTo("BT\nET\n");
        assertThat(dropped).containsExactlyInAnyOrder("Prop1", "Prop2");
    }

    @Test
    void anEmptyTaggedSequenceStaysBecauseTheStructureTreePointsAtIt() {
        Set<String> kept = new HashSet<>();
        String content = "/P /Prop3 BDC\nEMC\n/Span <</MCID 4>> BDC\nEMC\n/Artifact BMC\nEMC\n";

        assertThat(lean(content, new HashSet<>(), kept)).isEqualTo(content);
        assertThat(kept).containsExactly("Prop3");
    }

    @Test
    void aStreamWithAnInlineImageIsLeftAsItIs() {
        String content = "/Artifact /Prop1 BDC\nEMC\nBI\n/W 1 /H 1 /CS /G /BPC 8\nID\n\nEMC\nEI\n";

        assertThat(lean(content, new HashSet<>(), new HashSet<>())).isEqualTo(content);
    }

    /**
     * For any content of artifact sequences (empty, nested, with drawing in them), tagged sequences and drawing, the
     * lean content is the content with empty artifact sequences removed until none is left, and the dropped and kept
     * names are exactly those of the sequences removed and left.
     */
    @Test
    void theLeanContentIsTheContentWithEveryEmptyArtifactRemoved() {
        qt().withExamples(500)
                .forAll(lists().of(integers().between(0, 5)).ofSizeBetween(0, 40))
                .checkAssert(ops -> {
                    String content = content(ops);
                    Set<String> dropped = new HashSet<>();
                    Set<String> kept = new HashSet<>();

                    String lean = lean(content, dropped, kept);

                    String expected = content;
                    for (String previous = null; !expected.equals(previous); ) {
                        previous = expected;
                        expected = EMPTY.matcher(expected).replaceAll("");
                    }
                    assertThat(lean).isEqualTo(expected);
                    assertThat(kept).isEqualTo(names("(?m)^/\\w+ /(\\w+) BDC$", lean));
                    Set<String> gone = names("(?m)^/Artifact /(\\w+) BDC$", content);
                    gone.removeAll(kept);
                    dropped.removeAll(kept);
                    assertThat(dropped).isEqualTo(gone);
                });
    }

    @Test
    void theLeanPlanDrawsAndSaysWhatOpenhtmltopdfsDoesWithFarFewerObjects() throws Exception {
        var view = SentencePlanView.of(
                SentencePlanner.bundled()
                        .plan(
                                AssessedCase.of(
                                        FormulationReportTest.SAMPLE,
                                        FormulationReportTest.CATALOGUE,
                                        LocalDate.of(2026, 11, 22)),
                                Policies.bundled("responsive").orElseThrow()),
                org.caseframe.core.redaction.Redaction.forAudience(
                        ReportAudience.COM.audience(), id -> java.util.Optional.empty()));
        byte[] lean = FormulationReportTest.RENDERER.pdf("sentence-plan", view, FormulationReportTest.DATE, true);
        byte[] full = FormulationReportTest.RENDERER.pdf("sentence-plan", view, FormulationReportTest.DATE, false);

        assertTheSame(lean, full);
        try (PDDocument leanDocument = Loader.loadPDF(lean);
                PDDocument fullDocument = Loader.loadPDF(full)) {
            assertThat(leanDocument.getDocument().getXrefTable().size())
                    .isLessThan(fullDocument.getDocument().getXrefTable().size() / 2);
        }
        assertThat(lean.length).isLessThan(full.length * 3 / 4);
    }

    @Test
    void theLeanFormulationWithRightToLeftTextAndAChartIsTheSameToo() throws Exception {
        var view = FormulationReportTest.view(FormulationReportTest.SAMPLE, ReportAudience.POM);
        assertThat(FormulationReportTest.RENDERER.html("formulation", view)).contains("<svg");

        assertTheSame(
                FormulationReportTest.RENDERER.pdf("formulation", view, FormulationReportTest.DATE, true),
                FormulationReportTest.RENDERER.pdf("formulation", view, FormulationReportTest.DATE, false));
    }

    private static void assertTheSame(byte[] lean, byte[] full) throws Exception {
        try (PDDocument leanDocument = Loader.loadPDF(lean);
                PDDocument fullDocument = Loader.loadPDF(full)) {
            assertThat(leanDocument.getNumberOfPages()).isEqualTo(fullDocument.getNumberOfPages());
            PDFRenderer leanPages = new PDFRenderer(leanDocument);
            PDFRenderer fullPages = new PDFRenderer(fullDocument);
            for (int page = 0; page < leanDocument.getNumberOfPages(); page++) {
                assertThat(differingPixels(
                                leanPages.renderImageWithDPI(page, 60), fullPages.renderImageWithDPI(page, 60)))
                        .as("pixels that differ on page %d", page + 1)
                        .isZero();
            }
            assertThat(structure(leanDocument)).isEqualTo(structure(fullDocument));
            int artifacts = 0;
            for (PDPage page : leanDocument.getPages()) {
                String content = content(page);
                assertThat(EMPTY.matcher(content).find()).isFalse();
                COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                Set<String> named = new HashSet<>();
                properties.keySet().forEach(name -> named.add(name.getName()));
                assertThat(named).isEqualTo(names("(?m)^/\\w+ /(\\w+) BDC$", content));
                artifacts += names("(?m)^/Artifact /(\\w+) BDC$", content).size();
            }
            assertThat(artifacts)
                    .as("the artifacts that draw something are kept")
                    .isPositive();
            for (PDPage page : leanDocument.getPages()) {
                var streams = page.getContentStreams();
                while (streams.hasNext()) {
                    assertThat(streams.next().getCOSObject().getFilters())
                            .as("every page's contents are compressed")
                            .isNotNull();
                }
            }
        }
        assertThat(FormulationReportTest.text(lean)).isEqualTo(FormulationReportTest.text(full));
    }

    // The structure tree as text: each element's type and kids in order, marked content by page and MCID.
    private static String structure(PDDocument document) {
        StringBuilder out = new StringBuilder();
        for (Object kid : document.getDocumentCatalog().getStructureTreeRoot().getKids()) {
            structure(document, kid, out);
        }
        return out.toString();
    }

    private static void structure(PDDocument document, Object node, StringBuilder out) {
        if (node instanceof PDStructureElement element) {
            out.append('(').append(element.getStructureType());
            for (Object kid : element.getKids()) {
                structure(document, kid, out);
            }
            out.append(')');
        } else if (node instanceof PDMarkedContentReference reference) {
            out.append(" mcr p")
                    .append(document.getPages().indexOf(reference.getPage()))
                    .append('#')
                    .append(reference.getMCID());
        } else if (node instanceof Integer mcid) {
            out.append(" mcid#").append(mcid);
        } else {
            out.append(' ').append(node == null ? "null" : node.getClass().getSimpleName());
        }
    }

    private static int differingPixels(BufferedImage one, BufferedImage other) {
        assertThat(one.getWidth()).isEqualTo(other.getWidth());
        assertThat(one.getHeight()).isEqualTo(other.getHeight());
        int[] a = one.getRGB(0, 0, one.getWidth(), one.getHeight(), null, 0, one.getWidth());
        int[] b = other.getRGB(0, 0, other.getWidth(), other.getHeight(), null, 0, other.getWidth());
        int differing = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                differing++;
            }
        }
        return differing;
    }

    private static String content(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String lean(String content, Set<String> dropped, Set<String> kept) {
        return new String(
                EmptyArtifacts.withoutEmptyArtifacts(content.getBytes(StandardCharsets.US_ASCII), dropped, kept),
                StandardCharsets.US_ASCII);
    }

    private static Set<String> names(String regex, String content) {
        Set<String> names = new HashSet<>();
        Matcher matcher = Pattern.compile(regex).matcher(content);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    // Content from operation codes, kept balanced: 0 opens an artifact, 1 closes the innermost sequence, 2 draws,
    // 3 opens a tagged sequence, 4 draws text, 5 opens an artifact whose name an earlier one used.
    private static String content(List<Integer> ops) {
        StringBuilder out = new StringBuilder();
        List<String> names = new ArrayList<>();
        int depth = 0;
        for (int op : ops) {
            switch (op) {
                case 0 -> {
                    names.add("Prop" + names.size());
                    out.append("/Artifact /")
                            .append(names.get(names.size() - 1))
                            .append(" BDC\n");
                    depth++;
                }
                case 1 -> {
                    if (depth > 0) {
                        out.append("EMC\n");
                        depth--;
                    }
                }
                case 2 -> out.append("0 0 m\n1 1 l\nS\n");
                case 3 -> {
                    names.add("Prop" + names.size());
                    out.append("/P /").append(names.get(names.size() - 1)).append(" BDC\n");
                    depth++;
                }
                case 4 -> out.append("BT\n(a) Tj\nET\n");
                default -> {
                    String name = names.isEmpty() ? "Prop0" : names.get(0);
                    if (names.isEmpty()) {
                        names.add(name);
                    }
                    out.append("/Artifact /").append(name).append(" BDC\n");
                    depth++;
                }
            }
        }
        out.append("EMC\n".repeat(depth));
        return out.toString();
    }
}
