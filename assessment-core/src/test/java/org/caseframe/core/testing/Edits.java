package org.caseframe.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Systematic edits of a JSON tree for the differential and robustness properties: every leaf replaced by each of some
 * values, every field or element removed, an unknown field added to every object and an element to every array. Each
 * edit is made on a fresh copy.
 */
public final class Edits {
    private Edits() {}

    /** Every object and array in {@code root}, depth first, {@code root} first. */
    public static List<JsonNode> containers(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    /** A copy of {@code valid} with each child of each container replaced by each of {@code values}, in turn. */
    public static void replacingEachChild(JsonNode valid, List<JsonNode> values, Consumer<JsonNode> check) {
        eachChild(
                valid,
                (c, k) -> values.forEach(value -> {
                    JsonNode edited = valid.deepCopy();
                    JsonNode target = containers(edited).get(c);
                    if (target instanceof ObjectNode object) {
                        object.set(nameAt(object, k), value.deepCopy());
                    } else {
                        ((ArrayNode) target).set(k, value.deepCopy());
                    }
                    check.accept(edited);
                }));
    }

    /** A copy of {@code valid} with each child of each container removed, in turn. */
    public static void removingEachChild(JsonNode valid, Consumer<JsonNode> check) {
        eachChild(valid, (c, k) -> {
            JsonNode edited = valid.deepCopy();
            JsonNode target = containers(edited).get(c);
            if (target instanceof ObjectNode object) {
                object.remove(nameAt(object, k));
            } else {
                ((ArrayNode) target).remove(k);
            }
            check.accept(edited);
        });
    }

    /**
     * A copy of {@code valid} with one more child in each container, in turn: a field no schema knows in an object, a
     * copy of the first element (or the text "x") at the end of an array.
     */
    public static void addingToEachContainer(JsonNode valid, Consumer<JsonNode> check) {
        int count = containers(valid).size();
        for (int c = 0; c < count; c++) {
            JsonNode edited = valid.deepCopy();
            JsonNode target = containers(edited).get(c);
            if (target instanceof ObjectNode object) {
                object.put("unexpected", "x");
            } else {
                ArrayNode array = (ArrayNode) target;
                array.add(array.isEmpty() ? array.textNode("x") : array.get(0).deepCopy());
            }
            check.accept(edited);
        }
    }

    // Calls {@code visit} with the position of each container (depth first) and of each of its children.
    private static void eachChild(JsonNode valid, java.util.function.BiConsumer<Integer, Integer> visit) {
        List<JsonNode> containers = containers(valid);
        for (int c = 0; c < containers.size(); c++) {
            for (int k = 0; k < containers.get(c).size(); k++) {
                visit.accept(c, k);
            }
        }
    }

    private static String nameAt(ObjectNode object, int k) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names.get(k);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }
}
