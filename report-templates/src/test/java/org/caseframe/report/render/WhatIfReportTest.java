package org.caseframe.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.standards.Standards;
import org.caseframe.planning.whatif.CohortGenerator;
import org.caseframe.planning.whatif.WhatIf;
import org.caseframe.report.view.WhatIfView;
import org.junit.jupiter.api.Test;

class WhatIfReportTest {
    @Test
    void theWhatIfReportCountsChangesAndShowsReasonsOnBothSides() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 1, 1);
        InstrumentCatalogue catalogue = InstrumentCatalogue.bundled();
        WhatIf.Report report = new WhatIf(Standards.bundled(), 3)
                .compare(
                        new CohortGenerator(catalogue, asOf)
                                .generate(40, 3).stream()
                                        .map(c -> AssessedCase.of(c, catalogue, asOf))
                                        .toList(),
                        Policies.bundled("current-practice").orElseThrow(),
                        Policies.bundled("responsive").orElseThrow(),
                        asOf);
        byte[] pdf = FormulationReportTest.RENDERER.pdf("whatif", WhatIfView.of(report), FormulationReportTest.DATE);
        String text = FormulationReportTest.text(pdf).replaceAll("\\s+", " ");

        assertThat(text)
                .contains(
                        "current-practice@1.1 against responsive@1.1",
                        "Cases 40",
                        "MAPPA level down",
                        "hours a month under current-practice@1.1",
                        "was NSD_TERRORIST_RISK_BROAD; now NSD_TERRORIST_RISK_LOW");
        assertThat(text.replace(" ", "")).contains("COH-0000");
        PlanReportsTest.assertPdfUa(pdf);
        String alt = WhatIfView.of(report).chart().alt();
        assertThat(alt)
                .startsWith("Shifts between policies. NSD-managed (cases): ")
                .contains("MAPPA level 3 (cases)", "Workload (hours a month)");
        int inNsd = report.tallies().get(0).baseline();
        assertThat(text).contains("NSD-managed (cases) " + inNsd);
        assertThat(report.tallies().stream().skip(1).mapToInt(t -> t.baseline()).sum())
                .isEqualTo(40);
        assertThat(FormulationReportTest.RENDERER.pdf("whatif", WhatIfView.of(report), FormulationReportTest.DATE))
                .isEqualTo(pdf);
        PlanReportsTest.assertGolden("whatif-current-practice-responsive", pdf);
    }
}
