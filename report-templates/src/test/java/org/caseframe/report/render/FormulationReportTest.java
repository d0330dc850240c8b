package org.caseframe.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.Evidence;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.core.model.SourceAgency;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.report.view.FormulationView;
import org.caseframe.report.view.ReportAudience;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class FormulationReportTest {
    static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.bundled();
    static final CaseFile SAMPLE = CaseFiles.reader()
            .withDefinitions(CATALOGUE)
            .withClock(Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC))
            .read(Path.of("src/test/resources/fixtures/terrorist-licence.yaml"));
    static final ReportRenderer RENDERER = ReportRenderer.bundled();
    static final Instant DATE = Instant.parse("2026-11-22T12:00:00Z");

    @BeforeAll
    static void verapdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static FormulationView view(CaseFile caseFile, ReportAudience audience) {
        var erg = caseFile.assessments().get(0);
        return FormulationView.of(
                AssessedCase.of(caseFile, CATALOGUE, LocalDate.of(2026, 11, 22)),
                CATALOGUE.find(erg.instrument()).orElseThrow(),
                erg,
                audience.audience());
    }

    /** The sample case with its evidence replaced. */
    static CaseFile sampleWithEvidence(List<Evidence> evidence) {
        return new CaseFile(
                SAMPLE.schemaVersion(),
                SAMPLE.subject(),
                SAMPLE.cohort(),
                SAMPLE.legalStatus(),
                SAMPLE.sentence(),
                evidence,
                SAMPLE.assessments(),
                SAMPLE.checks(),
                SAMPLE.contacts(),
                SAMPLE.events(),
                SAMPLE.decisionLog());
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            // Table cells wrap lines; compare words, not layout.
            return stripper.getText(doc).replaceAll("[ \\t]*\\R[ \\t]*", "\n");
        }
    }

    @Test
    void anOffenderManagerSeesNoSecretOrManagersOnlyEvidenceAndAnOfficialSensitiveBanner() throws Exception {
        String pdfText = text(RENDERER.pdf("formulation", view(SAMPLE, ReportAudience.POM), DATE));
        String text = pdfText.replaceAll("\\s+", " ");

        assertThat(text)
                .contains(
                        "OFFICIAL-SENSITIVE",
                        "Need to redress",
                        "Strongly present",
                        "Digital forensic summary of group chats",
                        "1 evidence item marked SECRET withheld (handling restriction: managers only)",
                        "3 rationales marked SECRET withheld (handling restriction: managers only)",
                        "(rationale withheld: marked SECRET (handling restriction: managers only))",
                        "1 judgement rationale marked SECRET replaced by a sanitised version",
                        "[sanitised version; decision-log record 4]",
                        "because it includes factor ratings of erg22plus@1.0",
                        "Prison offender manager",
                        "Page 1 of");
        assertThat(text).doesNotContain("Intelligence assessment of the current activity of former online contacts");
        assertThat(text)
                .as("rationales written from the SECRET, managers-only evidence E5")
                .doesNotContain("IT skills used to run encrypted channels", "Former online contacts remain active");
        assertThat(pdfText.lines()
                        .filter(l -> l.strip().equals("OFFICIAL-SENSITIVE"))
                        .count())
                .as("banner at the top and bottom of every page")
                .isGreaterThanOrEqualTo(2);
        assertThat(pdfText.lines().noneMatch(l -> l.strip().equals("SECRET"))).isTrue();
    }

    @Test
    void anNsdManagerSeesTheSecretEvidenceUnderASecretBanner() throws Exception {
        String text = text(RENDERER.pdf("formulation", view(SAMPLE, ReportAudience.NSD_MANAGER), DATE));

        assertThat(text.replaceAll("\\s+", " "))
                .contains(
                        "Intelligence assessment of the current activity of former online contacts",
                        "IT skills used to run encrypted channels",
                        "Former online contacts remain active");
        assertThat(text.lines().filter(l -> l.strip().equals("SECRET")).count()).isGreaterThanOrEqualTo(2);
        assertThat(text).doesNotContain(" marked SECRET withheld", "withheld:", "sanitised version");
        assertThat(text.replaceAll("\\s+", " "))
                .contains("SECRET because it includes the rationale of F12 in assessment ERG-2023-01");
    }

    @Test
    void theComAlsoGetsNoRationaleWrittenFromSecretMaterialAndIsToldWhatWasWithheld() throws Exception {
        String text = text(RENDERER.pdf("formulation", view(SAMPLE, ReportAudience.COM), DATE))
                .replaceAll("\\s+", " ");

        assertThat(text).doesNotContain("IT skills used to run encrypted channels", "Former online contacts remain");
        assertThat(text).contains("3 rationales marked SECRET withheld (handling restriction: managers only)");
    }

    @Test
    void anAuthorMayRaiseARationalesMarking() throws Exception {
        var erg = SAMPLE.assessments().get(0);
        var f1 = erg.ratings().get("F1");
        var raised = new org.caseframe.core.model.ItemRating(
                f1.level(),
                f1.relevance(),
                f1.evidence(),
                f1.rationale(),
                java.util.Optional.of(org.caseframe.core.model.ProtectiveMarking.SECRET),
                java.util.Optional.empty());
        var ratings = new java.util.LinkedHashMap<>(erg.ratings());
        ratings.put("F1", raised);
        CaseFile edited = new CaseFile(
                SAMPLE.schemaVersion(),
                SAMPLE.subject(),
                SAMPLE.cohort(),
                SAMPLE.legalStatus(),
                SAMPLE.sentence(),
                SAMPLE.evidence(),
                List.of(new org.caseframe.core.model.Assessment(
                        erg.id(),
                        erg.instrument(),
                        erg.assessor(),
                        erg.started(),
                        erg.completed(),
                        erg.status(),
                        erg.countersignature(),
                        ratings,
                        erg.openItems(),
                        erg.judgements(),
                        erg.formulation(),
                        erg.scenarios())),
                SAMPLE.checks(),
                SAMPLE.contacts(),
                SAMPLE.events(),
                SAMPLE.decisionLog());

        String pom = text(RENDERER.pdf("formulation", view(edited, ReportAudience.POM), DATE))
                .replaceAll("\\s+", " ");

        assertThat(pom)
                .doesNotContain(f1.rationale().orElseThrow())
                .contains(
                        "1 rationale marked SECRET withheld",
                        "3 rationales marked SECRET withheld (handling restriction: managers only)");
    }

    @Test
    void everyReportIsPdfUa1Conformant() throws Exception {
        for (ReportAudience audience : List.of(ReportAudience.POM, ReportAudience.NSD_MANAGER)) {
            byte[] pdf = RENDERER.pdf("formulation", view(SAMPLE, audience), DATE);
            try (PDFAParser parser = Foundries.defaultInstance()
                            .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                    PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
                ValidationResult result = validator.validate(parser);
                List<String> failed = new ArrayList<>();
                for (TestAssertion a : result.getTestAssertions()) {
                    if (a.getStatus() == TestAssertion.Status.FAILED) {
                        failed.add(
                                a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage());
                    }
                }
                assertThat(failed).as(audience.name()).isEmpty();
                assertThat(result.isCompliant()).isTrue();
            }
        }
    }

    @Test
    void anArabicNameIsShapedAndReadsRightToLeft() throws Exception {
        String text = text(RENDERER.pdf("formulation", view(SAMPLE, ReportAudience.POM), DATE));

        // Extraction returns logical order; shaping used presentation forms, which normalise back to the name.
        assertThat(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC))
                .contains("يوسف مثال");
    }

    @Test
    void theDomainProfileChartIsAFigureWithATextAlternativeAndAFiguresTable() throws Exception {
        byte[] pdf = RENDERER.pdf("formulation", view(SAMPLE, ReportAudience.PSYCHOLOGIST), DATE);
        String alt = view(SAMPLE, ReportAudience.PSYCHOLOGIST).chart().alt();

        assertThat(alt)
                .isEqualTo("Domain profile. Engagement: 4 not present, 5 partly present, 4 strongly present (of"
                        + " 13). Intent: 3 not present, 3 partly present, 0 strongly present (of 6). Capability: 1 not present,"
                        + " 2 partly present, 0 strongly present (of 3).");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> alts = new ArrayList<>();
            collectFigureAlts(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            assertThat(alts).containsExactly(alt);
        }
        assertThat(text(pdf).replaceAll("\\s+", " "))
                .contains("Engagement 4 not present, 5 partly present, 4 strongly present (of 13)");
    }

    private static void collectFigureAlts(List<Object> kids, List<String> alts) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if ("Figure".equals(e.getStructureType()) && e.getAlternateDescription() != null) {
                    alts.add(e.getAlternateDescription());
                }
                collectFigureAlts(e.getKids(), alts);
            }
        }
    }

    @Test
    void longTextPaginatesAndNothingIsClipped() throws Exception {
        StringBuilder longText = new StringBuilder();
        for (int i = 1; longText.length() < 19_000; i++) {
            longText.append("Sentence ").append(i).append(" of a long psychology account. ");
        }
        List<Evidence> evidence = new ArrayList<>(SAMPLE.evidence());
        Evidence first = evidence.get(0);
        evidence.set(
                0,
                new Evidence(
                        first.id(),
                        longText.toString().strip(),
                        first.source(),
                        first.date(),
                        first.reference(),
                        first.marking(),
                        first.handling()));
        CaseFile caseFile = sampleWithEvidence(evidence);

        String text = text(RENDERER.pdf("formulation", view(caseFile, ReportAudience.POM), DATE))
                .replaceAll("\\s+", "");

        // Every copy of the evidence (one per factor citing it) must reach its last sentence.
        int last = longText.toString().split("Sentence ").length - 1;
        long citing = SAMPLE.assessments().get(0).ratings().values().stream()
                .filter(r -> r.evidence().contains("E1"))
                .count();
        String lastSentence = "Sentence" + last + "ofalongpsychologyaccount.";
        assertThat(text.split(java.util.regex.Pattern.quote(lastSentence), -1)).hasSize((int) citing + 1);
        assertThat(citing).isGreaterThanOrEqualTo(3);
    }

    @Test
    void renderingIsDeterministic() {
        FormulationView v = view(SAMPLE, ReportAudience.PSYCHOLOGIST);

        assertThat(RENDERER.pdf("formulation", v, DATE)).isEqualTo(RENDERER.pdf("formulation", v, DATE));
    }

    @Test
    void userTextRendersLiterallyNeverAsMarkupOrTemplate() throws Exception {
        Evidence hostile = new Evidence(
                "E1",
                "<script>alert(1)</script> {{title}} & <b>bold</b>",
                SourceAgency.PROBATION,
                java.time.LocalDate.of(2023, 1, 30),
                Optional.empty(),
                ProtectiveMarking.OFFICIAL,
                Optional.empty());
        List<Evidence> evidence = new ArrayList<>(SAMPLE.evidence());
        evidence.set(0, hostile);
        CaseFile caseFile = sampleWithEvidence(evidence);
        FormulationView v = view(caseFile, ReportAudience.POM);

        // Zero-width break opportunities in long runs are invisible, and not text.
        assertThat(RENDERER.html("formulation", v).replace("\u200B", ""))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; {{title}} &amp;");
        assertThat(text(RENDERER.pdf("formulation", v, DATE))
                        .replace("\u200B", "")
                        .replaceAll("\\s+", ""))
                .as("lines may break inside it (after a slash), so compared without white space")
                .contains("<script>alert(1)</script>{{title}}&<b>bold</b>");
    }
}
