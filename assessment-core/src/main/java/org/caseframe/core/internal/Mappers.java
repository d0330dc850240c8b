package org.caseframe.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one place Jackson is configured: strict on the way in (limits, duplicate keys, unknown fields), stable and
 * readable on the way out (two-space indent, {@code "key": value}, absent values left out). Not API.
 */
public final class Mappers {
    private Mappers() {}

    /** A JSON mapper that parses within {@code limits}. */
    public static ObjectMapper json(int maxBytes, int maxDepth, int maxStringChars, long maxTokens) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints(maxBytes, maxDepth, maxStringChars, maxTokens))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return configure(JsonMapper.builder(factory)).build();
    }

    /** A YAML mapper that parses within {@code limits}, refusing duplicate keys. */
    public static ObjectMapper yaml(int maxBytes, int maxDepth, int maxStringChars, long maxTokens) {
        LoaderOptions loader = new LoaderOptions();
        loader.setAllowDuplicateKeys(false);
        loader.setMaxAliasesForCollections(0);
        loader.setAllowRecursiveKeys(false);
        loader.setNestingDepthLimit(maxDepth);
        loader.setCodePointLimit(maxBytes);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(constraints(maxBytes, maxDepth, maxStringChars, maxTokens))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .build();
        return configure(YAMLMapper.builder(factory)).build();
    }

    /** The JSON writer: two-space indent, {@code "key": value}, newline-separated arrays. */
    public static ObjectWriter prettyJson(ObjectMapper mapper) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        return mapper.writer(printer);
    }

    private static StreamReadConstraints constraints(int maxBytes, int maxDepth, int maxStringChars, long maxTokens) {
        return StreamReadConstraints.builder()
                .maxDocumentLength(maxBytes)
                .maxNestingDepth(maxDepth)
                .maxStringLength(maxStringChars)
                .maxNumberLength(64)
                .maxNameLength(1_000) // Limits.MAX_NAME_CHARS
                .maxTokenCount(maxTokens)
                .build();
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        return builder.addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Absent optional booleans default to false; an explicit null is refused by the schema first.
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.USE_DEFAULTS));
    }
}
