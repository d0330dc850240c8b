package org.caseframe.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.caseframe.core.internal.Mappers;

/**
 * Writes Caseframe values (records, with {@code Optional} and {@code java.time} fields) as JSON in the library's one
 * style: two-space indent, {@code "key": value}, absent and empty values left out, dates as ISO text. The value's
 * package must be open to Jackson.
 */
public final class Json {
    private static final ObjectMapper MAPPER =
            Mappers.json(Integer.MAX_VALUE, 1_000, Integer.MAX_VALUE, Long.MAX_VALUE);

    private static final ObjectMapper YAML = Mappers.yaml(Integer.MAX_VALUE, 1_000, Integer.MAX_VALUE, Long.MAX_VALUE);

    private Json() {}

    /** The value as YAML in the same style (absent and empty values left out, dates as ISO text). */
    public static String yaml(Object value) {
        try {
            return YAML.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as YAML", e);
        }
    }

    /** The value as indented JSON, ending in a newline. */
    public static String pretty(Object value) {
        try {
            return Mappers.prettyJson(MAPPER).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
