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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.caseframe.core.internal.InputText;
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
    private final boolean reference;

    StrictReader(Class<T> type, SchemaCheck schema, ReadLimits limits, Function<T, List<Problem>> semantics) {
        this(type, schema, limits, semantics, false);
    }

    private StrictReader(
            Class<T> type,
            SchemaCheck schema,
            ReadLimits limits,
            Function<T, List<Problem>> semantics,
            boolean reference) {
        this.reference = reference;
        this.type = Objects.requireNonNull(type, "type");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.semantics = Objects.requireNonNull(semantics, "semantics");
        this.json = Mappers.json(limits.maxBytes(), limits.maxDepth(), limits.maxStringChars(), limits.maxTokens());
        this.yaml = Mappers.yaml(limits.maxBytes(), limits.maxDepth(), limits.maxStringChars(), limits.maxTokens());
    }

    /**
     * The same pipeline without the fast paths: every document through the schema library, and {@code semantics}
     * (e.g. with Bean Validation) in place of this reader's. What the differential properties compare with.
     */
    StrictReader<T> reference(Function<T, List<Problem>> semantics) {
        return new StrictReader<>(type, schema, limits, semantics, true);
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
        InputText.DecodedText decoded = InputText.decodeUtf8(content);
        if (decoded.problem().isPresent()) {
            return ReadResult.invalid(source, List.of(decoded.problem().get()));
        }
        String text = decoded.text();
        if (format == Format.YAML) {
            List<InputText.Run> runs = InputText.longRuns(text, limits.maxStringChars());
            if (!runs.isEmpty()) {
                return ReadResult.invalid(source, Problem.atMostReported(longRunProblems(text, runs)));
            }
        }
        JsonNode tree;
        JsonParser parser = null;
        try {
            parser = format == Format.JSON ? json.getFactory().createParser(text) : yamlParser(text);
            tree = (format == Format.JSON ? json : yaml).readTree(parser);
        } catch (JsonProcessingException e) {
            return ReadResult.invalid(source, List.of(parseProblem(e, format, parser)));
        } catch (IOException | RuntimeException e) {
            // snakeyaml can fail outside Jackson's exception hierarchy; still a typed problem, never a raw throw.
            return ReadResult.invalid(source, List.of(parseProblem(e, format, parser)));
        } finally {
            closeQuietly(parser);
        }
        if (tree == null || tree.isMissingNode()) {
            return ReadResult.invalid(source, List.of(new Problem("", ProblemCode.SYNTAX, "the document is empty")));
        }
        List<Problem> structural = new ArrayList<>(InputText.unprintableCharacters(tree, Problem.REPORTED_AT_MOST));
        structural.addAll(reference ? schema.explain(tree) : schema.check(tree));
        if (!structural.isEmpty()) {
            return ReadResult.invalid(source, Problem.atMostReported(structural));
        }
        T value;
        try {
            value = json.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return ReadResult.invalid(source, List.of(bindingProblem(e)));
        }
        List<Problem> problems = semantics.apply(value);
        return problems.isEmpty()
                ? ReadResult.valid(source, value)
                : ReadResult.invalid(source, Problem.atMostReported(problems));
    }

    /**
     * A YAML parser that refuses what would silently change the data or take unbounded time: aliases (Jackson reads
     * one as the anchor's name), tags such as {@code !!binary} (read as bytes no field can hold), and strings or
     * token counts past the limits (which Jackson enforces for JSON while reading).
     */
    private JsonParser yamlParser(String text) throws IOException {
        YAMLParser parser = (YAMLParser) yaml.getFactory().createParser(text);
        return new JsonParserDelegate(parser) {
            private long tokens;

            @Override
            public JsonToken nextToken() throws IOException {
                JsonToken token = super.nextToken();
                if (token == null) {
                    return null;
                }
                if (parser.isCurrentAlias()) {
                    throw new JsonParseException(
                            parser, "YAML aliases (*name) are not supported; write the value out in full");
                }
                String tag = parser.getTypeId();
                if (tag != null || token == JsonToken.VALUE_EMBEDDED_OBJECT) {
                    String standard = "tag:yaml.org,2002:";
                    String shown = tag == null
                            ? "!!binary"
                            : tag.startsWith(standard) ? "!!" + tag.substring(standard.length()) : "!" + tag;
                    throw new JsonParseException(
                            parser, "YAML tags (" + shown + ") are not supported; write the value as plain text");
                }
                if (++tokens > limits.maxTokens()) {
                    throw new LimitExceeded(parser, Limits.tokens(limits.maxTokens()));
                }
                if (token == JsonToken.FIELD_NAME && parser.getTextLength() > Limits.MAX_NAME_CHARS) {
                    throw new LimitExceeded(parser, Limits.name());
                }
                if (token == JsonToken.VALUE_STRING && parser.getTextLength() > limits.maxStringChars()) {
                    throw new LimitExceeded(parser, Limits.string(limits.maxStringChars()));
                }
                return token;
            }
        };
    }

    /** A limit met while reading, in our words; the parser's context names the field. */
    private static final class LimitExceeded extends JsonParseException {
        LimitExceeded(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    // Each long run gets a problem naming its field: the document is parsed once more with every long run cut to one
    // character (runs hold no line break, so the lines and columns of everything before each cut stay the same) and
    // the token found at each run's start names the field it belongs to.
    private List<Problem> longRunProblems(String text, List<InputText.Run> runs) {
        StringBuilder cut = new StringBuilder(text.length());
        int from = 0;
        for (InputText.Run run : runs) {
            cut.append(text, from, run.offset()).append('x');
            from = run.offset() + run.length();
        }
        cut.append(text, from, text.length());
        java.util.Map<String, String> pointers = new java.util.HashMap<>();
        for (InputText.Run run : runs) {
            pointers.put(run.line() + ":" + run.column(), null);
        }
        int found = 0;
        try (JsonParser parser = yaml.getFactory().createParser(cut.toString())) {
            while (found < runs.size() && parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                String key = at.getLineNr() + ":" + at.getColumnNr();
                if (pointers.containsKey(key) && pointers.get(key) == null) {
                    pointers.put(key, parser.getParsingContext().pathAsPointer().toString());
                    found++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // The rest of the document does not parse: those runs are reported without a field.
        }
        List<Problem> problems = new ArrayList<>();
        for (InputText.Run run : runs) {
            problems.add(new Problem(
                    java.util.Objects.requireNonNullElse(pointers.get(run.line() + ":" + run.column()), ""),
                    ProblemCode.LIMIT_EXCEEDED,
                    Limits.run(run, limits.maxStringChars())));
        }
        return problems;
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException | RuntimeException e) {
                // Nothing to release that matters: the input is in memory.
            }
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

    private Problem parseProblem(Exception e, Format format, JsonParser parser) {
        String pointer = "";
        JsonParser context =
                e instanceof JsonProcessingException jpe && jpe.getProcessor() instanceof JsonParser p ? p : parser;
        if (context != null && context.getParsingContext() != null) {
            pointer = context.getParsingContext().pathAsPointer().toString();
        }
        String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        String where = e instanceof JsonProcessingException jpe ? location(jpe.getLocation()) : "";
        if (e instanceof LimitExceeded) {
            return new Problem(pointer, ProblemCode.LIMIT_EXCEEDED, message + where);
        }
        if (e instanceof StreamConstraintsException || message.contains("Nesting Depth exceeded")) {
            return new Problem(pointer, ProblemCode.LIMIT_EXCEEDED, Limits.inOurWords(message, limits) + where);
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
