package org.caseframe.core.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.caseframe.core.internal.BeanValidation;
import org.caseframe.core.internal.Lazy;
import org.caseframe.core.internal.Mappers;
import org.caseframe.core.internal.SchemaCheck;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;

/**
 * The front door for reading and writing case files.
 *
 * <p>Reading never throws a raw parser or null-pointer exception: it returns a {@link ReadResult} or throws one
 * {@link InvalidInputException} listing every problem, each with a JSON Pointer, a stable code and a message.
 * Writing is atomic and refuses a case file that would not read back exactly as it is.
 */
public final class CaseFiles {
    /** Classpath location of the JSON Schema of the case-file format. */
    public static final String SCHEMA_RESOURCE = "/org/caseframe/core/schema/case-file-1.0.schema.json";

    static final Supplier<SchemaCheck> SCHEMA = Lazy.of(() -> SchemaCheck.load(SCHEMA_RESOURCE));

    private static final ObjectMapper JSON = Mappers.json(Integer.MAX_VALUE, 1_000, Integer.MAX_VALUE, Long.MAX_VALUE);
    private static final ObjectMapper YAML = Mappers.yaml(Integer.MAX_VALUE, 1_000, Integer.MAX_VALUE, Long.MAX_VALUE);
    private static final ObjectWriter JSON_WRITER = Mappers.prettyJson(JSON);

    private CaseFiles() {}

    /** A reader with no instrument definitions, the system clock and the default limits. */
    public static CaseFileReader reader() {
        return new CaseFileReader(Optional.empty(), Clock.systemDefaultZone(), ReadLimits.DEFAULT);
    }

    /**
     * Reads a case file with {@link #reader()}.
     *
     * @throws InvalidInputException listing every problem
     */
    public static CaseFile read(Path path) {
        return reader().read(path);
    }

    /** The case file as JSON text (UTF-8, two-space indent, ending in a newline). */
    public static String toJson(CaseFile caseFile) {
        return new String(bytes(caseFile, Format.JSON), StandardCharsets.UTF_8);
    }

    /** The case file as YAML text. */
    public static String toYaml(CaseFile caseFile) {
        return new String(bytes(caseFile, Format.YAML), StandardCharsets.UTF_8);
    }

    /** Writes the case file to a stream in the given format. */
    public static void write(CaseFile caseFile, Format format, OutputStream out) throws IOException {
        out.write(checkedBytes(caseFile, format));
    }

    /**
     * Writes the case file atomically, as JSON or YAML by the file's name ({@code .json}, {@code .yaml}, {@code .yml}).
     * On any failure the original file is untouched.
     *
     * @throws InvalidInputException if the case file is invalid or would not read back exactly
     * @throws IOException if the file system fails
     */
    public static void write(CaseFile caseFile, Path path) throws IOException {
        Format format = Format.ofFileName(path)
                .orElseThrow(() -> new IllegalArgumentException(
                        "cannot tell the format from the file name (use .json, .yaml or .yml): " + path));
        byte[] content = checkedBytes(caseFile, format);
        AtomicFiles.write(path, out -> out.write(content));
    }

    /** The JSON Schema of the case-file format, as shipped in this jar. */
    public static InputStream schema() {
        return CaseFiles.class.getResourceAsStream(SCHEMA_RESOURCE);
    }

    private static byte[] checkedBytes(CaseFile caseFile, Format format) {
        List<Problem> problems = new ArrayList<>(BeanValidation.validate(caseFile));
        byte[] content = bytes(caseFile, format);
        if (problems.isEmpty()) {
            // Read it back through the full structural pipeline: what we write, we can read, unchanged.
            ReadResult<CaseFile> back = new StrictReader<>(
                            CaseFile.class, SCHEMA.get(), ReadLimits.DEFAULT, c -> List.of())
                    .read(content, format, "output");
            problems.addAll(back.problems());
            if (back.isValid() && !back.value().get().equals(caseFile)) {
                problems.add(new Problem(
                        "",
                        ProblemCode.INVALID_VALUE,
                        "the case file does not survive a round" + " trip through " + format
                                + "; this is a bug in Caseframe, please report it"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("case file to be written", problems);
        }
        return content;
    }

    private static byte[] bytes(CaseFile caseFile, Format format) {
        try {
            if (format == Format.YAML) {
                return YAML.writeValueAsBytes(caseFile);
            }
            // Text files end with a newline, so the written file diffs cleanly against a hand-written one.
            return (JSON_WRITER.writeValueAsString(caseFile) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the case file", e);
        }
    }
}
