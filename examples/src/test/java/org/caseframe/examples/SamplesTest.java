package org.caseframe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.instruments.InstrumentCatalogue;
import org.junit.jupiter.api.Test;

/** Every sample case validates against the JSON Schema shipped in the jar, and in full through the reader. */
class SamplesTest {
    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    static List<Path> samples(String folder) throws Exception {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.filter(p -> p.toString().matches(".*\\.(json|ya?ml)$"))
                    .sorted()
                    .toList();
        }
    }

    static Schema shippedSchema() throws Exception {
        try (InputStream in = CaseFiles.schema()) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new ObjectMapper().readTree(in));
        }
    }

    static JsonNode tree(Path file) throws Exception {
        return (file.toString().endsWith(".json") ? new ObjectMapper() : new YAMLMapper()).readTree(file.toFile());
    }

    @Test
    void everySampleCaseConformsToTheShippedSchema() throws Exception {
        Schema schema = shippedSchema();
        assertThat(samples("cases"))
                .isNotEmpty()
                .allSatisfy(sample -> assertThat(schema.validate(tree(sample)))
                        .as(sample.toString())
                        .isEmpty());
    }

    @Test
    void everySampleCaseIsValidInFullAgainstTheBundledInstruments() throws Exception {
        var reader = CaseFiles.reader()
                .withDefinitions(InstrumentCatalogue.bundled())
                .withClock(NOW);
        assertThat(samples("cases"))
                .allSatisfy(sample -> assertThat(reader.check(sample).problems())
                        .as(sample.toString())
                        .isEmpty());
    }

    @Test
    void theStructurallyBrokenSampleFailsTheShippedSchemaToo() throws Exception {
        assertThat(shippedSchema().validate(tree(Path.of("broken/structural-problems.yaml"))))
                .hasSize(3);
    }

    @Test
    void everySampleIsCanonicalSoItRoundTripsByteForByte() throws Exception {
        var reader = CaseFiles.reader()
                .withDefinitions(InstrumentCatalogue.bundled())
                .withClock(NOW);
        for (Path sample : samples("cases")) {
            String text = Files.readString(sample);
            String written = sample.toString().endsWith(".json")
                    ? CaseFiles.toJson(reader.read(sample))
                    : CaseFiles.toYaml(reader.read(sample));
            assertThat(written).as(sample.toString()).isEqualTo(text);
        }
    }
}
