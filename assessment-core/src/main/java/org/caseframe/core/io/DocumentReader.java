package org.caseframe.core.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.caseframe.core.internal.SchemaCheck;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;

/**
 * Reads any Caseframe document (JSON or YAML) into a record type through the same pipeline as case files: bounded
 * bytes, a strict parse (duplicate keys and YAML aliases refused), a JSON Schema collecting every structural problem
 * with "did you mean" hints, binding, then the caller's semantic checks. Other modules use it for their own data files
 * (e.g. planning policies). The record type's package must be open to Jackson. Immutable and thread-safe.
 *
 * @param <T> the record type read
 */
public final class DocumentReader<T> {
    private final StrictReader<T> reader;

    private DocumentReader(StrictReader<T> reader) {
        this.reader = reader;
    }

    /**
     * A reader of {@code type} checked against the JSON Schema in {@code schema} (read now, not closed) and then by
     * {@code semantics}, which returns every problem it finds.
     */
    public static <T> DocumentReader<T> of(
            Class<T> type, InputStream schema, Function<T, List<Problem>> semantics, ReadLimits limits) {
        Objects.requireNonNull(schema, "schema");
        return new DocumentReader<>(new StrictReader<>(type, SchemaCheck.read(schema), limits, semantics));
    }

    /**
     * A reader of the record {@code type} checked against a JSON Schema derived from the record's components (every
     * component required but {@code Optional}s and collections, no other field allowed), then by {@code semantics}:
     * for data files whose shape is exactly a record.
     */
    public static <T extends Record> DocumentReader<T> ofRecord(
            Class<T> type, Function<T, List<Problem>> semantics, ReadLimits limits) {
        SchemaCheck schema = SchemaCheck.of(org.caseframe.core.internal.RecordSchema.of(type));
        return new DocumentReader<>(new StrictReader<>(type, schema, limits, semantics));
    }

    /** Reads and checks a file, choosing JSON or YAML by its name (else its first character). */
    public ReadResult<T> check(Path path) {
        return reader.read(path);
    }

    /** Reads and checks a stream, which is read to its end (within the byte limit) but not closed. */
    public ReadResult<T> check(InputStream in, Format format, String source) {
        return reader.read(in, format, source);
    }

    /**
     * Reads and checks a file.
     *
     * @throws InvalidInputException listing every problem
     */
    public T read(Path path) {
        return check(path).orThrow();
    }
}
