package org.caseframe.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.SentencePlanner;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.SentencePlanView;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class SentencePlanReportTest {
    static byte[] pdf() {
        SentencePlan plan = SentencePlanner.bundled()
                .plan(
                        AssessedCase.of(
                                FormulationReportTest.SAMPLE,
                                FormulationReportTest.CATALOGUE,
                                LocalDate.of(2026, 11, 22)),
                        Policies.bundled("responsive").orElseThrow());
        return FormulationReportTest.RENDERER.pdf(
                "sentence-plan",
                SentencePlanView.of(
                        plan,
                        org.caseframe.core.redaction.Redaction.forAudience(
                                ReportAudience.COM.audience(), id -> java.util.Optional.empty())),
                FormulationReportTest.DATE);
    }

    @Test
    void thePlanReportShowsEveryPartWithReasonsAndIsPdfUa1() throws Exception {
        byte[] pdf = pdf();
        String text = FormulationReportTest.text(pdf).replaceAll("\\s+", " ");

        assertThat(text)
                .contains(
                        "Sentence plan",
                        "responsive@1.1",
                        "Managed by NSD",
                        "Category 4, level 2",
                        "Terrorist-convicted cases are managed at MAPPA level 2 at least.",
                        "responsive@1.1: MAPPA_L2_CONVICTED",
                        "Polygraph examinations",
                        "Healthy Identity Intervention",
                        "Polygraph examination",
                        "the ERG recommends Education, training and employment support",
                        "Presenting risk rises",
                        "OFFICIAL");
        assertThat(pdf).isEqualTo(pdf());
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            assertThat(validator.validate(parser).isCompliant()).isTrue();
        }
    }

    @Test
    void goldenText() throws Exception {
        Path golden = Path.of("src/test/resources/golden/sentence-plan-COM.txt");
        String text = FormulationReportTest.text(pdf());
        if (Boolean.getBoolean("caseframe.updateGolden")) {
            Files.writeString(golden, text);
        }
        assertThat(text).isEqualTo(Files.readString(golden));
    }
}
