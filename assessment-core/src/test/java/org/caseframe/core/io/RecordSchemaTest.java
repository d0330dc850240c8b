package org.caseframe.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseframe.core.validation.Problem;
import org.junit.jupiter.api.Test;

/** A data file bound to a record is checked against a schema derived from the record, like a case file. */
class RecordSchemaTest {
    enum Band {
        LOW,
        HIGH
    }

    record Limit(Band band, int max) {}

    record Data(String id, double coefficient, Optional<String> note, List<Limit> limits, Map<String, Integer> table) {}

    private static List<Problem> problems(String yaml) {
        return DocumentReader.ofRecord(Data.class, d -> List.of(), ReadLimits.DEFAULT)
                .check(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), Format.YAML, "data.yaml")
                .problems();
    }

    @Test
    void aValidFileReads() {
        assertThat(problems("id: x\ncoefficient: 0.5\nlimits: [{band: LOW, max: 3}]\ntable: {a: 1}\n"))
                .isEmpty();
    }

    @Test
    void everyProblemIsNamedAtItsPointer() {
        assertThat(problems("id: x\ncoeficient: 0.5\nnote: 3\nlimits: [{band: LOWER, max: x}]\n"))
                .extracting(Problem::toString)
                .containsExactlyInAnyOrder(
                        "/coefficient: required field \"coefficient\" is missing",
                        "/coeficient: unknown field \"coeficient\" (did you mean \"coefficient\"?)",
                        "/note: expected string but found the number 3",
                        "/limits/0/band: \"LOWER\" is not one of: LOW, HIGH (did you mean \"LOW\"?)",
                        "/limits/0/max: expected integer but found the text \"x\"");
    }
}
