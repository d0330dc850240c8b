package org.caseframe.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.util.XRLog;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.standards.Standards;
import org.caseframe.planning.whatif.CohortGenerator;
import org.caseframe.planning.whatif.WhatIf;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.WhatIfView;
import org.junit.jupiter.api.Test;

/**
 * Every report kind carries a title and a description in both the document information and the XMP metadata (what a
 * screen reader announces and what PDF/UA asks for), and rendering logs no warning: openhtmltopdf warns when a PDF/UA
 * document has no description, which is how a template missing its {@code subject} meta was found.
 */
class DocumentMetadataTest {
    @Test
    void everyKindHasATitleAndDescriptionAndRendersWithoutWarnings() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 1, 1);
        InstrumentCatalogue catalogue = InstrumentCatalogue.bundled();
        Map<String, Supplier<byte[]>> kinds = Map.of(
                "formulation",
                        () -> FormulationReportTest.RENDERER.pdf(
                                "formulation",
                                FormulationReportTest.view(FormulationReportTest.SAMPLE, ReportAudience.POM),
                                FormulationReportTest.DATE),
                "sentence-plan", SentencePlanReportTest::pdf,
                "risk-management", PlanReportsTest::riskManagement,
                "mappa", PlanReportsTest::mappa,
                "whatif",
                        () -> FormulationReportTest.RENDERER.pdf(
                                "whatif",
                                WhatIfView.of(new WhatIf(Standards.bundled(), 3)
                                        .compare(
                                                new CohortGenerator(catalogue, asOf)
                                                        .generate(10, 3).stream()
                                                                .map(c -> AssessedCase.of(c, catalogue, asOf))
                                                                .toList(),
                                                Policies.bundled("current-practice")
                                                        .orElseThrow(),
                                                Policies.bundled("responsive").orElseThrow(),
                                                asOf)),
                                FormulationReportTest.DATE));

        for (Map.Entry<String, Supplier<byte[]>> kind : kinds.entrySet()) {
            List<String> warnings = new ArrayList<>();
            byte[] pdf = whileCapturing(warnings, kind.getValue());

            assertThat(warnings).as(kind.getKey() + " warnings").isEmpty();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String title = doc.getDocumentInformation().getTitle();
                String description = doc.getDocumentInformation().getSubject();
                String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
                assertThat(title).as(kind.getKey() + " title").isNotBlank();
                assertThat(description)
                        .as(kind.getKey() + " description")
                        .startsWith(title)
                        .containsPattern("marked (OFFICIAL|OFFICIAL-SENSITIVE|SECRET|TOP SECRET)");
                assertThat(xmp).as(kind.getKey() + " XMP").contains("dc:description");
            }
        }
    }

    private static byte[] whileCapturing(List<String> warnings, Supplier<byte[]> render) {
        // openhtmltopdf's loggers do not pass records to their parents, so listen on each one.
        List<Logger> loggers =
                XRLog.listRegisteredLoggers().stream().map(Logger::getLogger).toList();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        loggers.forEach(l -> l.addHandler(handler));
        try {
            return render.get();
        } finally {
            loggers.forEach(l -> l.removeHandler(handler));
        }
    }
}
