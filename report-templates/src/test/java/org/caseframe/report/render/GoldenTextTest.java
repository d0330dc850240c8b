package org.caseframe.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.caseframe.report.view.ReportAudience;
import org.junit.jupiter.api.Test;

/**
 * The text of each report kind against a reviewed golden file. After a reviewed change, regenerate with {@code
 * ./mvnw -pl report-templates -am test -Dtest=GoldenTextTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcaseframe.updateGolden=true}.
 */
class GoldenTextTest {
    @Test
    void formulationReportForThePom() throws Exception {
        Path golden = Path.of("src/test/resources/golden/formulation-POM.txt");
        String text = FormulationReportTest.text(FormulationReportTest.RENDERER.pdf(
                "formulation",
                FormulationReportTest.view(FormulationReportTest.SAMPLE, ReportAudience.POM),
                FormulationReportTest.DATE));
        if (Boolean.getBoolean("caseframe.updateGolden")) {
            Files.writeString(golden, text);
        }
        assertThat(text).isEqualTo(Files.readString(golden));
    }
}
