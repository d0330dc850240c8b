package org.caseframe.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.caseframe.core.internal.Mappers;
import org.caseframe.core.internal.SchemaCheck;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;

/**
 * The reading pipeline every document goes through: bounded bytes, a strict parse to a tree, the bundled JSON Schema
 * (collecting every problem), binding to records, then the caller's semantic checks. Whatever goes wrong comes back
 * as problems; nothing is thrown for bad input.
 */
final class StrictReader<T> {
    private final Class<T> type;
    private final SchemaCheck schema;
    private final ReadLimits limits;
    private final Function<T, List<Problem>> semantics;
    private final ObjectMapper json;
    private final ObjectMapper yaml;

    StrictReader(Class<T> type, SchemaCheck schema, ReadLimits limits, Function<T, List<Problem>> semantics) {
        this.type = Objects.requireNonNull(type, "type");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.semantics = Objects.requireNonNull(semantics, "semantics");
        this.json = Mappers.json(limits.maxBytes(), limits.maxDepth(), limits.maxStringChars(), limits.maxTokens());
        this.yaml = Mappers.yaml(limits.maxBytes(), limits.maxDepth(), limits.maxStringChars(), limits.maxTokens());
    }

    ReadResult<T> read(Path path) {
        String source = path.toString();
        try {
            if (Files.isRegularFile(path) && Files.size(path) > limits.maxBytes()) {
                return tooLarge(source);
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] content = in.readNBytes(limits.maxBytes() + 1);
                return read(content, Format.detect(path, content), source);
            }
        } catch (NoSuchFileException e) {
            return ReadResult.invalid(source, List.of(new Problem("", ProblemCode.IO, "no such file")));
        } catch (IOException e) {
            return ReadResult.invalid(
                    source, List.of(new Problem("", ProblemCode.IO, "cannot read the file: " + e.getMessage())));
        }
    }

    ReadResult<T> read(InputStream in, Format format, String source) {
        try {
            return read(in.readNBytes(limits.maxBytes() + 1), format, source);
        } catch (IOException e) {
            return ReadResult.invalid(
                    source, List.of(new Problem("", ProblemCode.IO, "cannot read the input: " + e.getMessage())));
        }
    }

    ReadResult<T> read(byte[] content, Format format, String source) {
        if (content.length > limits.maxBytes()) {
            return tooLarge(source);
        }
        JsonNode tree;
        try {
            tree = format == Format.JSON ? json.readTree(content) : readYaml(content);
        } catch (JsonProcessingException e) {
            return ReadResult.invalid(source, List.of(parseProblem(e, format)));
        } catch (IOException | RuntimeException e) {
            // snakeyaml can fail outside Jackson's exception hierarchy; still a typed problem, never a raw throw.
            return ReadResult.invalid(
                    source,
                    List.of(new Problem("", ProblemCode.SYNTAX, "not valid " + format + ": " + e.getMessage())));
        }
        if (tree == null || tree.isMissingNode()) {
            return ReadResult.invalid(source, List.of(new Problem("", ProblemCode.SYNTAX, "the document is empty")));
        }
        List<Problem> structural = schema.check(tree);
        if (!structural.isEmpty()) {
            return ReadResult.invalid(source, structural);
        }
        T value;
        try {
            value = json.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return ReadResult.invalid(source, List.of(bindingProblem(e)));
        }
        List<Problem> problems = semantics.apply(value);
        return problems.isEmpty() ? ReadResult.valid(source, value) : ReadResult.invalid(source, problems);
    }

    // Jackson reads a YAML alias as the anchor's name, silently changing the data, so aliases are refused outright.
    private JsonNode readYaml(byte[] content) throws IOException {
        try (YAMLParser parser = (YAMLParser) yaml.getFactory().createParser(content)) {
            JsonParser checked = new JsonParserDelegate(parser) {
                @Override
                public JsonToken nextToken() throws IOException {
                    JsonToken token = super.nextToken();
                    if (parser.isCurrentAlias()) {
                        throw new JsonParseException(
                                parser, "YAML aliases (*name) are not supported; write the value out in full");
                    }
                    return token;
                }
            };
            return yaml.readTree(checked);
        }
    }

    private ReadResult<T> tooLarge(String source) {
        return ReadResult.invalid(
                source,
                List.of(new Problem(
                        "",
                        ProblemCode.LIMIT_EXCEEDED,
                        "the document is larger than the limit of " + limits.maxBytes() + " bytes")));
    }

    private static Problem parseProblem(JsonProcessingException e, Format format) {
        String pointer = "";
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            pointer = parser.getParsingContext().pathAsPointer().toString();
        }
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        String where = location(e.getLocation());
        if (e instanceof StreamConstraintsException) {
            return new Problem(
                    pointer,
                    ProblemCode.LIMIT_EXCEEDED,
                    "the document exceeds a safety limit" + where + ": "
                            + message.replaceAll(" ?\\(from `[^`]*`\\)", ""));
        }
        if (message.startsWith("Duplicate field")) {
            String field = message.replaceAll("^Duplicate field '(.*)'$", "$1");
            return new Problem(
                    pointer,
                    ProblemCode.DUPLICATE_KEY,
                    "the key \"" + field + "\" appears more than once in the same object" + where);
        }
        if (message.startsWith("Trailing token")) {
            return new Problem(
                    "",
                    ProblemCode.SYNTAX,
                    format == Format.YAML
                            ? "more than one YAML document" + where + "; a file holds one document"
                            : "more content after the end of the JSON document" + where);
        }
        return new Problem(pointer, ProblemCode.SYNTAX, "not valid " + format + where + ": " + firstLine(message));
    }

    private static Problem bindingProblem(Exception e) {
        String pointer = "";
        if (e instanceof JsonMappingException mapping) {
            StringBuilder b = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                b.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : ref.getIndex());
            }
            pointer = b.toString();
        }
        String message;
        if (e instanceof InvalidFormatException invalid) {
            message = "\"" + invalid.getValue() + "\" is not a valid "
                    + invalid.getTargetType()
                            .getSimpleName()
                            .replaceAll("([a-z])([A-Z])", "$1 $2")
                            .toLowerCase(java.util.Locale.ROOT);
        } else if (e instanceof ValueInstantiationException vie && vie.getCause() != null) {
            message = String.valueOf(vie.getCause().getMessage());
        } else if (e instanceof DatabindException db) {
            message = firstLine(String.valueOf(db.getOriginalMessage()));
        } else {
            message = firstLine(String.valueOf(e.getMessage()));
        }
        return new Problem(pointer, ProblemCode.INVALID_VALUE, message);
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
