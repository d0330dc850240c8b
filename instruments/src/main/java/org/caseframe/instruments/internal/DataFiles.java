package org.caseframe.instruments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.caseframe.core.io.DocumentReader;
import org.caseframe.core.io.Format;
import org.caseframe.core.io.ReadLimits;
import org.caseframe.core.io.ReadResult;

/**
 * Reads the module's data files (predictor coefficients, section tables) through the same strict pipeline as case
 * files, checked against the schema of the record they bind to: every problem with its pointer. Not API.
 */
public final class DataFiles {
    private DataFiles() {}

    /** Reads a classpath resource of this module into {@code type}; a broken bundled file is a build defect. */
    public static <T extends Record> T load(String resource, Class<T> type) {
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from the jar: " + resource);
            }
            ReadResult<T> read = DocumentReader.ofRecord(type, t -> List.of(), ReadLimits.DEFAULT)
                    .check(in, Format.YAML, resource);
            if (!read.isValid()) {
                throw new IllegalStateException("bundled data file " + resource + " is invalid: " + read.problems());
            }
            return read.orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data file " + resource, e);
        }
    }

    /** Reads and checks a user's data file into {@code type}, with every problem. */
    public static <T extends Record> ReadResult<T> check(Path file, Class<T> type) {
        return DocumentReader.ofRecord(type, t -> List.of(), ReadLimits.DEFAULT).check(file);
    }
}
