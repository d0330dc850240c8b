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
import org.caseframe.report.view.PlanReports;
import org.caseframe.report.view.ReportAudience;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PlanReportsTest {
    static final AssessedCase ASSESSED =
            AssessedCase.of(FormulationReportTest.SAMPLE, FormulationReportTest.CATALOGUE, LocalDate.of(2026, 11, 22));
    static final SentencePlan PLAN = SentencePlanner.bundled()
            .plan(ASSESSED, Policies.bundled("responsive").orElseThrow());

    static byte[] riskManagement() {
        return FormulationReportTest.RENDERER.pdf(
                "risk-management",
                PlanReports.riskManagement(PLAN, ASSESSED, ASSESSED.redaction(ReportAudience.COM.audience())),
                FormulationReportTest.DATE);
    }

    static byte[] mappa() {
        return FormulationReportTest.RENDERER.pdf(
                "mappa",
                PlanReports.mappaSummary(PLAN, ASSESSED, ASSESSED.redaction(ReportAudience.MAPPA_PANEL.audience())),
                FormulationReportTest.DATE);
    }

    static void assertPdfUa(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            assertThat(validator.validate(parser).isCompliant()).isTrue();
        }
    }

    static void assertGolden(String name, byte[] pdf) throws Exception {
        Path golden = Path.of("src/test/resources/golden/" + name + ".txt");
        String text = FormulationReportTest.text(pdf);
        if (Boolean.getBoolean("caseframe.updateGolden")) {
            Files.writeString(golden, text);
        }
        assertThat(text).isEqualTo(Files.readString(golden));
    }

    @Test
    void theRiskManagementPlanFollowsTheOasysHeadingsInWords() throws Exception {
        byte[] pdf = riskManagement();
        String text = FormulationReportTest.text(pdf).replaceAll("\\s+", " ");

        assertThat(text)
                .containsSubsequence(
                        "Further offences",
                        "Who is at risk",
                        "Supervision",
                        "Monitoring and control",
                        "Interventions and treatment",
                        "Victim safety planning",
                        "Contingency");
        assertThat(text)
                .contains(
                        "Polygraph examinations",
                        "MAPPA category 4, level 2",
                        "Enquiries at release",
                        "Children in the household No children live in or visit the household.",
                        "Home-visit safety plan",
                        "Presenting risk rises");
        assertPdfUa(pdf);
        assertGolden("risk-management-COM", pdf);
    }

    @Test
    void theMappaSummaryHasLevelReasonsRoshControlsActionsFindingsDecisionsAndReview() throws Exception {
        byte[] pdf = mappa();
        String text = FormulationReportTest.text(pdf).replaceAll("\\s+", " ");

        assertThat(text)
                .contains(
                        "Category 4, level 2; next review by 2027-05-22",
                        "Terrorist-convicted cases are managed at MAPPA level 2 at least.",
                        "responsive@1.1: MAPPA_L2_CONVICTED",
                        "Complete the Healthy Identity Intervention",
                        "Forensic psychologist",
                        "Owner: Community offender manager",
                        "Risk of serious harm has not been assessed",
                        "Decisions recorded",
                        "MAPPA panel");
        assertPdfUa(pdf);
        assertGolden("mappa-MAPPA_PANEL", pdf);
        assertThat(mappa()).isEqualTo(pdf);
    }
}
