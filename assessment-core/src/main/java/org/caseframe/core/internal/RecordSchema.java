package org.caseframe.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON Schema (draft 2020-12) of a record type, derived from its components, so that a data file bound to a record
 * is checked like a case file (unknown fields with "did you mean", missing fields, wrong types, values not in an
 * enum, each at its pointer) without a hand-written schema that could drift from the record. Every component is
 * required except {@code Optional}s and collections; records nest; no other field is allowed. Not API.
 */
public final class RecordSchema {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordSchema() {}

    /** The schema of {@code type}, a record. */
    public static JsonNode of(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        ObjectNode schema = forType(type, new ArrayDeque<>());
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        return schema;
    }

    private static ObjectNode forType(Type type, Deque<Class<?>> path) {
        ObjectNode node = NODES.objectNode();
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (Optional.class.equals(raw)) {
                return forType(args[0], path);
            }
            if (Collection.class.isAssignableFrom(raw)) {
                node.put("type", "array");
                node.set("items", forType(args[0], path));
                return node;
            }
            if (Map.class.isAssignableFrom(raw)) {
                node.put("type", "object");
                node.set("additionalProperties", forType(args[1], path));
                return node;
            }
            return forType(raw, path);
        }
        Class<?> c = (Class<?>) type;
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class) {
            node.put("type", "integer");
        } else if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            node.put("type", "number");
        } else if (c == boolean.class || c == Boolean.class) {
            node.put("type", "boolean");
        } else if (c == String.class) {
            node.put("type", "string");
        } else if (c == LocalDate.class) {
            node.put("type", "string");
            node.put("format", "date");
        } else if (c.isEnum()) {
            node.put("type", "string");
            ArrayNode values = node.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
        } else if (writtenAsString(c)) {
            // A value type Jackson writes as its text (e.g. a control code): a string; its own factory checks it.
            node.put("type", "string");
        } else if (c.isRecord()) {
            if (path.contains(c)) {
                throw new IllegalArgumentException("a record that contains itself has no finite schema: " + c);
            }
            path.push(c);
            node.put("type", "object");
            node.put("additionalProperties", false);
            ObjectNode properties = node.putObject("properties");
            ArrayNode required = NODES.arrayNode();
            for (RecordComponent component : c.getRecordComponents()) {
                properties.set(component.getName(), forType(component.getGenericType(), path));
                Class<?> raw = component.getType();
                if (!Optional.class.equals(raw)
                        && !Collection.class.isAssignableFrom(raw)
                        && !Map.class.isAssignableFrom(raw)) {
                    required.add(component.getName());
                }
            }
            if (!required.isEmpty()) {
                node.set("required", required);
            }
            path.pop();
        }
        // Anything else (JsonNode, Object) is left open.
        return node;
    }

    private static boolean writtenAsString(Class<?> c) {
        for (java.lang.reflect.Method m : c.getMethods()) {
            if (m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonValue.class)
                    && m.getReturnType() == String.class
                    && m.getParameterCount() == 0) {
                return true;
            }
        }
        return false;
    }
}
