package org.caseframe.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.planning.profile.Factor;
import org.caseframe.report.view.ReportAudience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessPlanRenderTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    @Test
    void aPrisonerWithDomesticAbuseHistoryIsAssessedPlannedAndReportedForThePom() throws Exception {
        AssessPlanRender.Outcome outcome = AssessPlanRender.run(
                Path.of("cases/tact-prerelease-domestic-abuse.yaml"), ReportAudience.POM, AS_OF, dir);

        assertThat(outcome.scores()).containsExactly("dash-style@1.0 RISK_LEVEL: MEDIUM");
        assertThat(outcome.profile().levels()).containsEntry(Factor.DOMESTIC_ABUSE, "MEDIUM");
        assertThat(outcome.plan().objectives()).isNotEmpty();
        assertThat(outcome.plan().policy()).isEqualTo("responsive@1.1");
        assertThat(outcome.reports()).containsExactly(dir.resolve("formulation.pdf"), dir.resolve("sentence-plan.pdf"));
        assertThat(text(dir.resolve("formulation.pdf"))).contains(outcome.subjectId(), "OFFICIAL");
        assertThat(text(dir.resolve("sentence-plan.pdf")).replaceAll("\\s+", " "))
                .contains(outcome.subjectId(), "responsive@1.1");
    }

    @Test
    void aCaseWithoutAnErgAssessmentGetsItsSentencePlanOnly() throws Exception {
        AssessPlanRender.Outcome outcome =
                AssessPlanRender.run(Path.of("cases/risk-complex-not-ct.yaml"), ReportAudience.COM, AS_OF, dir);

        assertThat(outcome.reports()).containsExactly(dir.resolve("sentence-plan.pdf"));
        assertThat(dir.resolve("formulation.pdf")).doesNotExist();
    }

    @Test
    void anInvalidCaseFileThrowsEveryProblemAndWritesNothing() {
        Path out = dir.resolve("out");

        assertThatThrownBy(() ->
                        AssessPlanRender.run(Path.of("broken/semantic-problems.yaml"), ReportAudience.POM, AS_OF, out))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).hasSize(4));
        assertThat(out).doesNotExist();
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
