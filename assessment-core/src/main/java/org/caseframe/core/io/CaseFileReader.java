package org.caseframe.core.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.validation.CaseFileValidator;
import org.caseframe.core.validation.DefinitionLookup;
import org.caseframe.core.validation.InvalidInputException;

/**
 * Reads case files from JSON or YAML and validates them in full. Immutable and thread-safe: configure once with the
 * {@code with*} methods and share.
 *
 * <pre>{@code
 * CaseFileReader reader = CaseFiles.reader().withDefinitions(catalogue).withClock(clock);
 * ReadResult<CaseFile> result = reader.check(path);   // every problem, or the case file
 * CaseFile caseFile = reader.read(path);              // or throws InvalidInputException
 * }</pre>
 */
public final class CaseFileReader {
    private final Optional<DefinitionLookup> definitions;
    private final Clock clock;
    private final ReadLimits limits;
    private final StrictReader<CaseFile> reader;
    private final StrictReader<CaseFile> referenceReader;

    CaseFileReader(Optional<DefinitionLookup> definitions, Clock clock, ReadLimits limits) {
        this.definitions = definitions;
        this.clock = clock;
        this.limits = limits;
        CaseFileValidator validator = definitions
                .map(d -> CaseFileValidator.withDefinitions(d, clock))
                .orElseGet(() -> CaseFileValidator.withoutDefinitions(clock));
        // The schema already rules out what Bean Validation would find, so the reader skips it (see the reference).
        this.reader =
                new StrictReader<>(CaseFile.class, CaseFiles.SCHEMA.get(), limits, validator::validateAfterSchema);
        this.referenceReader = reader.reference(validator::validate);
    }

    /** The reading pipeline without its fast paths, which must give the same answers: for the differential tests. */
    ReadResult<CaseFile> checkByReference(byte[] content, Format format, String source) {
        return referenceReader.read(content, format, source);
    }

    /** A reader that also checks each assessment against the definition it was made under. */
    public CaseFileReader withDefinitions(DefinitionLookup lookup) {
        return new CaseFileReader(Optional.of(Objects.requireNonNull(lookup, "lookup")), clock, limits);
    }

    /** A reader whose "today" comes from {@code clock}: nothing in the case file may be dated after it. */
    public CaseFileReader withClock(Clock clock) {
        return new CaseFileReader(definitions, Objects.requireNonNull(clock, "clock"), limits);
    }

    /** A reader with other size and depth limits. */
    public CaseFileReader withLimits(ReadLimits limits) {
        return new CaseFileReader(definitions, clock, Objects.requireNonNull(limits, "limits"));
    }

    /** Reads and validates a file, choosing JSON or YAML by its name (else its first character). */
    public ReadResult<CaseFile> check(Path path) {
        return reader.read(path);
    }

    /** Reads and validates a document already in memory. */
    public ReadResult<CaseFile> check(byte[] content, Format format, String source) {
        return reader.read(content, format, source);
    }

    /** Reads and validates a stream, which is read to its end (within the byte limit) but not closed. */
    public ReadResult<CaseFile> check(InputStream in, Format format, String source) {
        return reader.read(in, format, source);
    }

    /**
     * Reads and validates a file.
     *
     * @throws InvalidInputException listing every problem, if the file is unreadable or invalid
     */
    public CaseFile read(Path path) {
        return check(path).orThrow();
    }
}
