package org.caseframe.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.testing.Edits;
import org.caseframe.core.testing.Fixtures;
import org.caseframe.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

/** Validation never throws anything but the typed problem result, whatever the input. */
class ReaderRobustnessProperties {
    private static final String VALID = read();
    private static final CaseFileReader READER = Fixtures.reader();
    private static final String JUNK = "{}[]\":,\\ \n\t-#&*!|>'%@`0123456789eE.+nulltrue\u0000\u00e9\u0627\ud83d\ude00";

    private static String read() {
        try {
            return Files.readString(Fixtures.resource("valid-case.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void textMutationsGiveProblemsNeverExceptions() {
        qt().withExamples(2_000)
                .forAll(
                        integers().between(0, VALID.length()),
                        integers().between(0, 6),
                        integers().between(0, 10_000))
                .checkAssert((position, kind, seed) -> {
                    String mutated = mutateText(VALID, position, kind, seed);
                    for (Format format : Format.values()) {
                        ReadResult<CaseFile> result =
                                READER.check(mutated.getBytes(StandardCharsets.UTF_8), format, "mutated");
                        assertThat(result.isValid() || !result.problems().isEmpty())
                                .isTrue();
                        result.problems().forEach(p -> assertThat(p.pointer()).matches("(/[^/]*)*"));
                    }
                });
    }

    @Test
    void treeMutationsGiveProblemsWithPointersNeverExceptions() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode original = mapper.readTree(VALID);
        List<JsonNode> containers = Edits.containers(original);
        qt().withExamples(2_000)
                .forAll(
                        integers().between(0, containers.size() - 1),
                        integers().between(0, 7),
                        integers().between(0, 50))
                .checkAssert((which, kind, pick) -> {
                    JsonNode copy = original.deepCopy();
                    mutateTree(Edits.containers(copy).get(which), kind, pick);
                    byte[] bytes = copy.toString().getBytes(StandardCharsets.UTF_8);
                    ReadResult<CaseFile> result = READER.check(bytes, Format.JSON, "mutated");

                    if (!copy.equals(original)) {
                        assertThat(result.isValid() || !result.problems().isEmpty())
                                .isTrue();
                    }
                    assertThat(result.problems()).noneMatch(p -> p.code() == ProblemCode.SYNTAX);
                });
    }

    static String mutateText(String s, int position, int kind, int seed) {
        char junk = JUNK.charAt(seed % JUNK.length());
        int end = Math.min(s.length(), position + 1 + seed % 40);
        return switch (kind) {
            case 0 -> s.substring(0, position) + s.substring(end);
            case 1 -> s.substring(0, position) + junk + s.substring(position);
            case 2 -> s.substring(0, position) + junk + s.substring(Math.min(s.length(), position + 1));
            case 3 -> s.substring(0, position);
            case 4 -> s.substring(0, end) + s.substring(position);
            case 5 -> s.substring(position);
            default -> s.substring(0, position) + String.valueOf(junk).repeat(1 + seed % 200) + s.substring(position);
        };
    }

    private static void mutateTree(JsonNode container, int kind, int pick) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode replacement = switch (kind % 6) {
            case 0 -> f.nullNode();
            case 1 -> f.numberNode(pick - 25);
            case 2 -> f.textNode(pick % 2 == 0 ? "" : "STRONGLY_PRESENT");
            case 3 -> f.arrayNode().add(pick);
            case 4 -> f.objectNode().put("x" + pick, pick);
            default -> f.booleanNode(pick % 2 == 0);
        };
        if (container instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(pick % names.size());
            if (kind == 6) {
                object.remove(name);
            } else if (kind == 7) {
                object.set(name + "_", object.get(name));
            } else {
                object.set(name, replacement);
            }
        } else if (container instanceof ArrayNode array) {
            if (kind >= 6 && array.size() > 0) {
                array.remove(pick % array.size());
            } else {
                array.add(replacement);
            }
        }
    }
}
