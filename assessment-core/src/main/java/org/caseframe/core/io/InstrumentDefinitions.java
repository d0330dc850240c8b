package org.caseframe.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.caseframe.core.internal.Lazy;
import org.caseframe.core.internal.Mappers;
import org.caseframe.core.internal.SchemaCheck;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.validation.InstrumentDefinitionValidator;
import org.caseframe.core.validation.InvalidInputException;

/**
 * Reads instrument definition files (JSON or YAML) and checks them on load: the bundled schema, unique ids,
 * resolvable references and ordered, non-empty scales.
 */
public final class InstrumentDefinitions {
    /** Classpath location of the JSON Schema of instrument definitions. */
    public static final String SCHEMA_RESOURCE = "/org/caseframe/core/schema/instrument-definition-1.0.schema.json";

    private static final Supplier<StrictReader<InstrumentDefinition>> READER = Lazy.of(() -> new StrictReader<>(
            InstrumentDefinition.class,
            SchemaCheck.load(SCHEMA_RESOURCE),
            ReadLimits.DEFAULT,
            InstrumentDefinitionValidator::validateAfterSchema));

    private static final ObjectMapper JSON = Mappers.json(Integer.MAX_VALUE, 1_000, Integer.MAX_VALUE, Long.MAX_VALUE);
    private static final ObjectMapper YAML = Mappers.yaml(Integer.MAX_VALUE, 1_000, Integer.MAX_VALUE, Long.MAX_VALUE);

    private InstrumentDefinitions() {}

    /** The definition as JSON text (two-space indent, ending in a newline), in the file format it is read from. */
    public static String toJson(InstrumentDefinition definition) {
        try {
            return Mappers.prettyJson(JSON).writeValueAsString(definition) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The definition as YAML text, in the file format it is read from. */
    public static String toYaml(InstrumentDefinition definition) {
        try {
            return YAML.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reading pipeline without its fast paths, which must give the same answers: for the differential tests. */
    static ReadResult<InstrumentDefinition> checkByReference(byte[] content, Format format, String source) {
        return READER.get().reference(InstrumentDefinitionValidator::validate).read(content, format, source);
    }

    /** Reads and checks a definition file, reporting every problem. */
    public static ReadResult<InstrumentDefinition> check(Path path) {
        return READER.get().read(path);
    }

    /** Reads and checks a definition from a stream (e.g. a classpath resource), which is not closed. */
    public static ReadResult<InstrumentDefinition> check(InputStream in, Format format, String source) {
        return READER.get().read(in, format, source);
    }

    /**
     * Reads and checks a definition file.
     *
     * @throws InvalidInputException listing every problem
     */
    public static InstrumentDefinition read(Path path) {
        return check(path).orThrow();
    }
}
