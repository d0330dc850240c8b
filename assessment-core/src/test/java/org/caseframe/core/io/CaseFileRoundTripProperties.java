package org.caseframe.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.testing.CaseFileGen;
import org.caseframe.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

class CaseFileRoundTripProperties {
    private static final CaseFileReader READER = CaseFiles.reader().withClock(Fixtures.CLOCK);

    @Test
    void everyValidCaseFileRoundTripsThroughJson() {
        qt().withExamples(300).forAll(CaseFileGen.caseFiles()).checkAssert(caseFile -> {
            String json = CaseFiles.toJson(caseFile);
            ReadResult<CaseFile> back = READER.check(json.getBytes(StandardCharsets.UTF_8), Format.JSON, "json");

            assertThat(back.problems()).isEmpty();
            assertThat(back.value()).contains(caseFile);
            assertThat(CaseFiles.toJson(back.value().orElseThrow())).isEqualTo(json);
        });
    }

    @Test
    void everyValidCaseFileRoundTripsThroughYaml() {
        qt().withExamples(300).forAll(CaseFileGen.caseFiles()).checkAssert(caseFile -> {
            String yaml = CaseFiles.toYaml(caseFile);
            ReadResult<CaseFile> back = READER.check(yaml.getBytes(StandardCharsets.UTF_8), Format.YAML, "yaml");

            assertThat(back.problems()).as(yaml).isEmpty();
            assertThat(back.value()).contains(caseFile);
            assertThat(CaseFiles.toYaml(back.value().orElseThrow())).isEqualTo(yaml);
        });
    }
}
