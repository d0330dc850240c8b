package org.caseframe.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.caseframe.core.internal.SchemaCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The compiled schema proof gives the schema library's answers for the planning data files too: every leaf of each
 * bundled file replaced by values chosen to break a type, pattern, length, count, bound or enum, every field removed
 * and an unknown one added, and the problems compared with the library's own.
 */
class SchemaProofDifferentialTest {
    private static final String BASE = "/org/caseframe/planning/";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<JsonNode> REPLACEMENTS = List.of(
            F.nullNode(),
            F.textNode(""),
            F.textNode("  "),
            F.textNode("x"),
            F.textNode("Bad Id!"),
            F.textNode("HIGH"),
            F.textNode("a".repeat(5_001)),
            F.textNode("AB\n"),
            F.textNode("2024-02-30"),
            F.numberNode(-1),
            F.numberNode(0),
            F.numberNode(1),
            F.numberNode(1_000_000),
            F.numberNode(1.5),
            F.numberNode(2.0),
            F.booleanNode(true),
            F.arrayNode(),
            F.objectNode());

    @Test
    void everyPlanningSchemaCompilesToAProof() {
        for (String schema : List.of("policy-1.0", "standards-1.0", "plan-templates-1.0")) {
            assertThat(schema(schema).hasProof()).as(schema).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "policy-1.0, policies/responsive-1.1.yaml",
        "policy-1.0, policies/current-practice-1.1.yaml",
        "standards-1.0, standards-1.0.yaml",
        "plan-templates-1.0, plan-templates-1.0.yaml"
    })
    void everyEditGivesTheLibrarysProblems(String schemaName, String file) throws IOException {
        SchemaCheck schema = schema(schemaName);
        JsonNode valid;
        try (InputStream in = SchemaProofDifferentialTest.class.getResourceAsStream(BASE + file)) {
            valid = new YAMLMapper().readTree(in);
        }
        assertThat(schema.check(valid)).isEmpty();
        int containers = containers(valid).size();
        int compared = 0;
        for (int c = 0; c < containers; c++) {
            int size = containers(valid).get(c).size();
            for (int k = 0; k < size; k++) {
                for (JsonNode replacement : REPLACEMENTS) {
                    JsonNode copy = valid.deepCopy();
                    set(containers(copy).get(c), k, replacement.deepCopy());
                    compare(schema, copy);
                    compared++;
                }
                JsonNode copy = valid.deepCopy();
                remove(containers(copy).get(c), k);
                compare(schema, copy);
            }
            JsonNode copy = valid.deepCopy();
            if (containers(copy).get(c) instanceof ObjectNode object) {
                object.put("unexpected", "x");
                compare(schema, copy);
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    private static void compare(SchemaCheck schema, JsonNode document) {
        assertThat(schema.check(document)).as("%s", document).isEqualTo(schema.explain(document));
    }

    private static SchemaCheck schema(String name) {
        try (InputStream in = SchemaProofDifferentialTest.class.getResourceAsStream(BASE + name + ".schema.json")) {
            return SchemaCheck.read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void set(JsonNode container, int k, JsonNode value) {
        if (container instanceof ObjectNode object) {
            object.set(nameAt(object, k), value);
        } else {
            ((ArrayNode) container).set(k, value);
        }
    }

    private static void remove(JsonNode container, int k) {
        if (container instanceof ObjectNode object) {
            object.remove(nameAt(object, k));
        } else {
            ((ArrayNode) container).remove(k);
        }
    }

    private static String nameAt(ObjectNode object, int k) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names.get(k);
    }

    private static List<JsonNode> containers(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }
}
