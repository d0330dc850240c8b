package org.caseframe.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.testing.CaseFileGen;
import org.caseframe.core.testing.Edits;
import org.caseframe.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The reader's fast path (the compiled schema proof, then the semantic checks without Bean Validation, which the
 * schema makes redundant) gives exactly the answers of the reference path (every document through the schema library,
 * then Bean Validation and the semantic checks): the same decision, the same problems in the same order, the same
 * case file. Checked over every leaf and field of a valid case file with values chosen to break each keyword, over the
 * text mutations of the robustness properties, and over generated valid case files, in JSON and in YAML.
 */
class FastReadDifferentialProperties {
    private static final CaseFileReader READER = Fixtures.reader();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonNode VALID = valid();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Values that break a type, pattern, length, count, bound, enum or format somewhere in the schema. */
    private static final List<JsonNode> REPLACEMENTS = List.of(
            F.nullNode(),
            F.textNode(""),
            F.textNode("   "),
            F.textNode("x"),
            F.textNode("Bad Id!"),
            F.textNode("LOW"),
            F.textNode("OFFICIAL"),
            F.textNode("a".repeat(5_001)),
            F.textNode("a".repeat(100_001)),
            F.textNode("ab\n"),
            F.textNode("ab\n\n"),
            F.textNode("2026-13-45"),
            F.textNode("2024-02-30"),
            F.textNode("2024-02-29"),
            F.textNode("2024-05-01T10:00:00Z"),
            F.textNode("2024-05-01t10:00:00z"),
            F.textNode("2024-05-01T10:00:60Z"),
            F.textNode("0123456789abcdef"),
            F.textNode("e".repeat(64)),
            F.textNode("\ud83d\ude00".repeat(3)),
            F.numberNode(-1),
            F.numberNode(0),
            F.numberNode(1),
            F.numberNode(3),
            F.numberNode(4),
            F.numberNode(101),
            F.numberNode(1.5),
            F.numberNode(2.0),
            F.numberNode(1e300),
            F.booleanNode(true),
            F.arrayNode(),
            F.arrayNode().add("x"),
            F.objectNode(),
            F.objectNode().put("text", "ok"));

    private static JsonNode valid() {
        try {
            return JSON.readTree(Files.readString(Fixtures.resource("valid-case.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theBundledSchemasCompileToAProof() {
        assertThat(CaseFiles.SCHEMA.get().hasProof()).isTrue();
        assertThat(org.caseframe.core.internal.SchemaCheck.load(InstrumentDefinitions.SCHEMA_RESOURCE)
                        .hasProof())
                .isTrue();
    }

    @Test
    void theFixtureIsValidOnBothPaths() {
        assertSame(VALID, true);
        assertThat(READER.check(bytes(VALID, Format.JSON), Format.JSON, "x").isValid())
                .isTrue();
    }

    @Test
    void everyLeafReplacedGivesTheSameAnswers() {
        int[] checked = {0};
        Edits.replacingEachChild(VALID, REPLACEMENTS, edited -> {
            assertSame(edited, false);
            checked[0]++;
        });
        assertThat(checked[0]).isGreaterThan(1_000);
    }

    @Test
    void everyEditOfAnInstrumentDefinitionGivesTheSameAnswers() throws IOException {
        for (String fixture : List.of("fixture-spj-1.0.yaml", "fixture-checklist-1.0.yaml")) {
            JsonNode valid = YAML.readTree(Files.readString(Fixtures.resource(fixture)));
            assertSameDefinition(valid);
            Edits.replacingEachChild(valid, REPLACEMENTS, FastReadDifferentialProperties::assertSameDefinition);
            Edits.removingEachChild(valid, FastReadDifferentialProperties::assertSameDefinition);
            Edits.addingToEachContainer(valid, FastReadDifferentialProperties::assertSameDefinition);
        }
    }

    private static void assertSameDefinition(JsonNode document) {
        byte[] content = bytes(document, Format.JSON);
        assertThat(InstrumentDefinitions.check(new java.io.ByteArrayInputStream(content), Format.JSON, "doc"))
                .as("%s", document)
                .isEqualTo(InstrumentDefinitions.checkByReference(content, Format.JSON, "doc"));
    }

    @Test
    void everyFieldRemovedOrAddedGivesTheSameAnswers() {
        Edits.removingEachChild(VALID, edited -> assertSame(edited, false));
        Edits.addingToEachContainer(VALID, edited -> assertSame(edited, false));
    }

    @Test
    void textMutationsGiveTheSameAnswers() {
        String text = VALID.toPrettyString();
        String yaml = new String(bytes(VALID, Format.YAML), StandardCharsets.UTF_8);
        qt().withExamples(1_500)
                .forAll(
                        integers().between(0, 100_000),
                        integers().between(0, 6),
                        integers().between(0, 10_000))
                .checkAssert((position, kind, seed) -> {
                    for (Format format : Format.values()) {
                        String source = format == Format.JSON ? text : yaml;
                        String mutated = ReaderRobustnessProperties.mutateText(
                                source, position % (source.length() + 1), kind, seed);
                        assertSameBytes(mutated.getBytes(StandardCharsets.UTF_8), format);
                    }
                });
    }

    @Test
    void generatedCaseFilesGiveTheSameAnswers() {
        qt().withExamples(300).forAll(CaseFileGen.caseFiles()).checkAssert(caseFile -> {
            assertSameBytes(CaseFiles.toJson(caseFile).getBytes(StandardCharsets.UTF_8), Format.JSON);
            assertSameBytes(CaseFiles.toYaml(caseFile).getBytes(StandardCharsets.UTF_8), Format.YAML);
        });
    }

    private static void assertSame(JsonNode document, boolean yamlToo) {
        assertSameBytes(bytes(document, Format.JSON), Format.JSON);
        if (yamlToo) {
            assertSameBytes(bytes(document, Format.YAML), Format.YAML);
        }
    }

    private static void assertSameBytes(byte[] content, Format format) {
        ReadResult<CaseFile> fast = READER.check(content, format, "doc");
        ReadResult<CaseFile> reference = READER.checkByReference(content, format, "doc");
        assertThat(fast)
                .as("%s document:%n%s", format, new String(content, StandardCharsets.UTF_8))
                .isEqualTo(reference);
    }

    private static byte[] bytes(JsonNode tree, Format format) {
        try {
            return format == Format.JSON ? JSON.writeValueAsBytes(tree) : YAML.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
