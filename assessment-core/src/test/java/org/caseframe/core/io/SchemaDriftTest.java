package org.caseframe.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.InstrumentDefinition;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON Schemas and the records must describe the same fields: walks each record type and the schema
 * object it maps to, in step, and compares property names at every level.
 */
class SchemaDriftTest {
    @Test
    void caseFileSchemaMatchesTheRecords() throws Exception {
        assertThat(drift(CaseFiles.SCHEMA_RESOURCE, CaseFile.class)).isEmpty();
    }

    @Test
    void instrumentDefinitionSchemaMatchesTheRecords() throws Exception {
        assertThat(drift(InstrumentDefinitions.SCHEMA_RESOURCE, InstrumentDefinition.class))
                .isEmpty();
    }

    private static List<String> drift(String resource, Class<?> root) throws Exception {
        JsonNode schema;
        try (InputStream in = SchemaDriftTest.class.getResourceAsStream(resource)) {
            schema = new ObjectMapper().readTree(in);
        }
        List<String> out = new ArrayList<>();
        walk(schema, schema, root, root.getSimpleName(), out, new HashSet<>());
        return out;
    }

    private static void walk(
            JsonNode root, JsonNode node, Class<?> type, String where, List<String> out, Set<Class<?>> seen) {
        node = resolve(root, node);
        // Records written as a single string (e.g. InstrumentRef as "id@version") are leaves.
        if (!type.isRecord() || node.path("type").asText().equals("string") || !seen.add(type)) {
            return;
        }
        Set<String> inSchema = new TreeSet<>();
        node.path("properties").fieldNames().forEachRemaining(inSchema::add);
        Set<String> inRecord = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            inRecord.add(c.getName());
        }
        if (!inSchema.equals(inRecord)) {
            out.add(where + ": schema has " + inSchema + " but record " + type.getSimpleName() + " has " + inRecord);
        }
        if (!node.path("additionalProperties").isBoolean()
                || node.path("additionalProperties").asBoolean()) {
            out.add(where + ": schema object does not refuse unknown fields");
        }
        for (RecordComponent c : type.getRecordComponents()) {
            JsonNode property = resolve(root, node.path("properties").path(c.getName()));
            Class<?> element = elementType(c.getGenericType());
            JsonNode elementSchema = property.has("items")
                    ? property.path("items")
                    : property.path("additionalProperties").isObject()
                            ? property.path("additionalProperties")
                            : property;
            walk(root, elementSchema, element, where + "." + c.getName(), out, seen);
        }
    }

    // A value written either as a string or as an object (oneOf) is compared through its object form.
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        while (node.has("$ref") || node.has("oneOf")) {
            if (node.has("oneOf")) {
                JsonNode object = null;
                for (JsonNode alternative : node.path("oneOf")) {
                    if (resolve(root, alternative).has("properties")) {
                        object = resolve(root, alternative);
                    }
                }
                if (object == null) {
                    return node;
                }
                node = object;
            } else {
                node = root.at(node.path("$ref").asText().substring(1));
            }
        }
        return node;
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            return elementType(args[args.length - 1]);
        }
        return type instanceof Class<?> c ? c : Object.class;
    }
}
