package org.caseframe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.model.CaseFile;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.instruments.OasysStyle;
import org.junit.jupiter.api.Test;

/** The sample's ERG assessment reaches the OASys-style sections it informs (inspection recommendation 8). */
class CtRiskInOasysTest {
    @Test
    void theSampleErgAssessmentIsCarriedIntoTheRelevantSections() {
        InstrumentCatalogue catalogue = InstrumentCatalogue.bundled();
        CaseFile sample = CaseFiles.reader()
                .withDefinitions(catalogue)
                .withClock(SamplesTest.NOW)
                .read(Path.of("cases/terrorist-licence.yaml"));

        Map<Integer, List<String>> bySection = OasysStyle.ctRiskBySection(sample, catalogue);

        assertThat(bySection.keySet()).containsExactly(2, 7, 10, 11, 12);
        assertThat(bySection.get(12))
                .contains("Extremism risk guidance (ERG22+ structure), F1 Need to redress injustice and express"
                        + " grievance: Strongly present - Long-held grievance about the treatment of Muslims abroad,"
                        + " voiced repeatedly in interview and in custody.");
        assertThat(bySection.get(12)).noneMatch(l -> l.contains("F16"));
        assertThat(bySection.get(2))
                .contains("Extremism risk guidance (ERG22+ structure), Level of intent: LOW - No endorsement of harm to"
                        + " others; earlier justifying attitudes have weakened.");
        assertThat(bySection.get(10)).singleElement().asString().contains("F13 Mental health: Partly present");
    }
}
