package org.caseframe.instruments.predictors;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;
import org.caseframe.core.validation.Suggestions;

/**
 * Reads the fields of one JSON case (one line of JSON Lines), collecting every problem: missing and unknown fields,
 * wrong types, bad dates and enum values. Missing values read as defaults; check {@link #problems()} before use.
 */
final class JsonCase {
    private final JsonNode node;
    private final Set<String> known = new LinkedHashSet<>();
    private final List<Problem> problems = new ArrayList<>();

    JsonCase(JsonNode node) {
        this.node = node;
        if (!node.isObject()) {
            problems.add(new Problem("", ProblemCode.WRONG_TYPE, "expected a JSON object with the case's fields"));
        }
    }

    int integer(String field) {
        JsonNode v = field(field);
        if (v == null) {
            return 0;
        }
        if (!v.canConvertToExactIntegral() || !v.canConvertToInt()) {
            wrongType(field, "a whole number", v);
            return 0;
        }
        return v.asInt();
    }

    boolean bool(String field) {
        JsonNode v = field(field);
        if (v != null && !v.isBoolean()) {
            wrongType(field, "true or false", v);
        }
        return v != null && v.asBoolean();
    }

    String text(String field) {
        JsonNode v = field(field);
        if (v != null && !v.isTextual()) {
            wrongType(field, "text", v);
            return "";
        }
        return v == null ? "" : v.asText();
    }

    /** A whole number that may be left out. */
    Optional<Integer> optionalInteger(String field) {
        known.add(field);
        return has(field) ? Optional.of(integer(field)) : Optional.empty();
    }

    /** True or false, false when left out. */
    boolean optionalBool(String field) {
        known.add(field);
        return has(field) && bool(field);
    }

    /** Marks {@code field} as read and absent. */
    <T> Optional<T> absent(String field) {
        known.add(field);
        return Optional.empty();
    }

    /** A problem with {@code field}: it conflicts with another. */
    void conflict(String field, String message) {
        problems.add(new Problem("/" + field, ProblemCode.INVALID_VALUE, message));
    }

    /** Whether the case gives a (non-null) value for {@code field}. */
    boolean has(String field) {
        return node.isObject() && node.hasNonNull(field);
    }

    LocalDate date(String field) {
        return parseDate(field, field(field)).orElse(LocalDate.EPOCH);
    }

    Optional<LocalDate> optionalDate(String field) {
        known.add(field);
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : parseDate(field, v);
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String value = text(field);
        List<String> names =
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (node.has(field) && node.get(field).isTextual() && !names.contains(value)) {
            problems.add(new Problem(
                    "/" + field,
                    ProblemCode.INVALID_VALUE,
                    "\"" + value + "\" is not one of: " + String.join(", ", names) + Suggestions.hint(value, names)));
            return null;
        }
        return names.contains(value) ? Enum.valueOf(type, value) : null;
    }

    /** Every problem, after checking for fields that no reader asked for. */
    List<Problem> problems() {
        List<Problem> all = new ArrayList<>(problems);
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!known.contains(name)) {
                    all.add(new Problem(
                            "/" + name,
                            ProblemCode.UNKNOWN_FIELD,
                            "unknown field \"" + name + "\"" + Suggestions.hint(name, known)));
                }
            }
        }
        return List.copyOf(all);
    }

    private Optional<LocalDate> parseDate(String field, JsonNode v) {
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            wrongType(field, "a date as YYYY-MM-DD", v);
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v.asText()));
        } catch (DateTimeParseException e) {
            problems.add(new Problem(
                    "/" + field, ProblemCode.INVALID_VALUE, "\"" + v.asText() + "\" is not a date as YYYY-MM-DD"));
            return Optional.empty();
        }
    }

    private JsonNode field(String field) {
        known.add(field);
        JsonNode v = node.get(field);
        if (node.isObject() && (v == null || v.isNull())) {
            problems.add(
                    new Problem("/" + field, ProblemCode.MISSING_FIELD, "required field \"" + field + "\" is missing"));
            return null;
        }
        return v;
    }

    private void wrongType(String field, String expected, JsonNode found) {
        problems.add(new Problem("/" + field, ProblemCode.WRONG_TYPE, "expected " + expected + " but found " + found));
    }
}
