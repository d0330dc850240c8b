package org.caseframe.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;
import org.caseframe.core.validation.Suggestions;

/**
 * Validates a parsed document against one of the JSON Schemas shipped in this jar and turns each error into a
 * {@link Problem} a practitioner can act on. Not API.
 */
public final class SchemaCheck {
    private final JsonNode schemaNode;
    private final java.util.Optional<SchemaProof> proof;
    // The schema library is loaded and the schema compiled on first need: with a proof, only a document that does
    // not conform needs it (which keeps it off the cold start of a run over valid files).
    private final java.util.function.Supplier<Schema> library;

    private SchemaCheck(JsonNode schemaNode) {
        this.schemaNode = schemaNode;
        this.proof = SchemaProof.compile(schemaNode);
        this.library = Lazy.of(() -> SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schemaNode));
        if (proof.isEmpty()) {
            library.get();
        }
    }

    /** Loads a schema from a classpath resource of this module. */
    public static SchemaCheck load(String resource) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing from the jar: " + resource);
            }
            return new SchemaCheck(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled schema " + resource, e);
        }
    }

    /** A schema already parsed, e.g. one derived from a record type. */
    public static SchemaCheck of(JsonNode schema) {
        return new SchemaCheck(schema);
    }

    /** Loads a schema from a stream (e.g. another module's resource); the stream is read but not closed. */
    public static SchemaCheck read(InputStream in) {
        try {
            return new SchemaCheck(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a JSON Schema", e);
        }
    }

    /**
     * Every schema problem in {@code document}, at most {@link Problem#REPORTED_AT_MOST} and then how many more;
     * empty when it conforms. Errors past that number are counted, never held, so a document with millions of wrong
     * entries is checked in memory proportional to its size.
     */
    public List<Problem> check(JsonNode document) {
        if (proof.isPresent() && proof.get().proves(document)) {
            return List.of();
        }
        return explain(document);
    }

    /** Whether this schema compiled to a fast proof (else every document goes to the schema library). */
    public boolean hasProof() {
        return proof.isPresent();
    }

    /**
     * What the schema library finds in {@code document}, without the fast proof: the reference {@link #check} must
     * agree with, and what explains a document the proof could not pass.
     */
    public List<Problem> explain(JsonNode document) {
        CappedErrors errors = new CappedErrors(Problem.REPORTED_AT_MOST);
        library.get().validate(document, context -> {
            context.executionConfig(config -> config.formatAssertionsEnabled(true));
            context.setErrors(errors);
        });
        Set<Problem> problems = new LinkedHashSet<>();
        for (Error error : errors) {
            problems.add(toProblem(error));
        }
        return Problem.atMostReported(new ArrayList<>(problems), errors.leftOut);
    }

    /** The validator's error list: keeps the first errors, counts the rest. */
    private static final class CappedErrors extends AbstractList<Error> {
        private final int cap;
        private final List<Error> kept = new ArrayList<>();
        private long leftOut;

        CappedErrors(int cap) {
            this.cap = cap;
        }

        @Override
        public boolean add(Error error) {
            if (kept.size() < cap) {
                kept.add(error);
            } else {
                leftOut++;
            }
            return true;
        }

        @Override
        public Error get(int index) {
            return kept.get(index);
        }

        @Override
        public int size() {
            return kept.size();
        }
    }

    private Problem toProblem(Error error) {
        String at = pointer(error.getInstanceLocation());
        JsonNode instance = error.getInstanceNode();
        JsonNode keywordValue = schemaNodeAt(error, 0);
        JsonNode owner = schemaNodeAt(error, 1);
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        switch (keyword) {
            case "required": {
                String field = error.getProperty();
                return new Problem(
                        Pointer.child(at, field),
                        ProblemCode.MISSING_FIELD,
                        "required field \"" + field + "\" is missing");
            }
            case "additionalProperties": {
                String field = error.getProperty();
                List<String> known = owner.path("properties").isObject()
                        ? StreamSupport.stream(
                                        ((Iterable<String>) () ->
                                                        owner.path("properties").fieldNames())
                                                .spliterator(),
                                        false)
                                .toList()
                        : List.of();
                return new Problem(
                        Pointer.child(at, field),
                        ProblemCode.UNKNOWN_FIELD,
                        "unknown field \"" + field + "\"" + Suggestions.hint(field, known));
            }
            case "type":
                return new Problem(
                        at,
                        ProblemCode.WRONG_TYPE,
                        "expected " + keywordValue.asText() + " but found " + describe(instance));
            case "enum":
                return enumProblem(at, instance, keywordValue);
            case "pattern":
                if (owner.path("pattern").asText().equals("\\S")) {
                    return new Problem(at, ProblemCode.INVALID_VALUE, "must not be blank");
                }
                return new Problem(
                        at,
                        ProblemCode.INVALID_VALUE,
                        quote(instance) + " is not "
                                + owner.path("description").asText("in the expected form " + keywordValue.asText()));
            case "format":
                return new Problem(
                        at,
                        ProblemCode.INVALID_VALUE,
                        quote(instance) + " is not "
                                + owner.path("description").asText("a valid " + keywordValue.asText()));
            case "minLength":
                return new Problem(at, ProblemCode.INVALID_VALUE, "must not be empty");
            case "maxLength":
                return new Problem(
                        at,
                        ProblemCode.LIMIT_EXCEEDED,
                        "is " + instance.asText().length() + " characters long; the limit is " + keywordValue.asInt());
            case "maxItems":
            case "maxProperties":
                return new Problem(
                        at,
                        ProblemCode.LIMIT_EXCEEDED,
                        "has " + instance.size() + " entries; the limit is " + keywordValue.asInt());
            case "minItems":
                return new Problem(
                        at,
                        ProblemCode.INVALID_VALUE,
                        "needs at least " + keywordValue.asInt() + (keywordValue.asInt() == 1 ? " entry" : " entries"));
            case "minimum":
                return new Problem(
                        at,
                        ProblemCode.INVALID_VALUE,
                        instance.asText() + " is below the minimum " + keywordValue.asText());
            case "maximum":
                return new Problem(
                        at,
                        ProblemCode.INVALID_VALUE,
                        instance.asText() + " is above the maximum " + keywordValue.asText());
            default:
                return new Problem(at, ProblemCode.INVALID_VALUE, error.getMessage());
        }
    }

    private static Problem enumProblem(String at, JsonNode instance, JsonNode allowed) {
        List<String> values = new ArrayList<>();
        allowed.forEach(v -> values.add(v.asText()));
        if (instance != null && !instance.isTextual() && values.contains(instance.asText())) {
            return new Problem(
                    at,
                    ProblemCode.WRONG_TYPE,
                    "expected the text \"" + instance.asText() + "\" but found " + describe(instance)
                            + "; in YAML, quote it");
        }
        ProblemCode code = at.equals("/schemaVersion") ? ProblemCode.UNSUPPORTED_VERSION : ProblemCode.INVALID_VALUE;
        String hint = instance.isTextual() ? Suggestions.hint(instance.asText(), values) : "";
        return new Problem(at, code, quote(instance) + " is not one of: " + String.join(", ", values) + hint);
    }

    // The schema node at the error's keyword (up = 0) or at the schema object holding it (up = 1).
    private JsonNode schemaNodeAt(Error error, int up) {
        if (error.getSchemaLocation() == null || error.getSchemaLocation().getFragment() == null) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        NodePath fragment = error.getSchemaLocation().getFragment();
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < fragment.getNameCount() - up; i++) {
            pointer.append('/').append(Pointer.escape(String.valueOf(fragment.getElement(i))));
        }
        return schemaNode.at(pointer.toString());
    }

    static String pointer(NodePath path) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            b.append('/').append(Pointer.escape(String.valueOf(path.getElement(i))));
        }
        return b.toString();
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "the text " + quote(node);
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String quote(JsonNode node) {
        if (node == null) {
            return "the value";
        }
        String text = node.isTextual() ? node.asText() : node.toString();
        if (text.length() > 80) {
            text = text.substring(0, 77) + "...";
        }
        return "\"" + text + "\"";
    }
}
