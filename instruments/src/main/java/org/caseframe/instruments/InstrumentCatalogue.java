package org.caseframe.instruments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseframe.core.io.DataDirectory;
import org.caseframe.core.io.Format;
import org.caseframe.core.io.InstrumentDefinitions;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.InstrumentRef;
import org.caseframe.core.model.Versions;
import org.caseframe.core.validation.DefinitionLookup;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;

/**
 * Finds any instrument definition by exact {@code id@version}: the definitions bundled in this jar plus any a user
 * adds from a directory. A new instrument version is a new file, never new code, and an old assessment is always
 * read with the version it was made under. Immutable and thread-safe.
 */
public final class InstrumentCatalogue implements DefinitionLookup {
    private static final String BUNDLED = "/org/caseframe/instruments/definitions/";

    private final Map<InstrumentRef, InstrumentDefinition> definitions;

    private InstrumentCatalogue(Map<InstrumentRef, InstrumentDefinition> definitions) {
        this.definitions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
    }

    /** The definitions shipped in this jar. Cheap: read and checked once per JVM, on first use, then the same immutable value is shared. */
    public static InstrumentCatalogue bundled() {
        return Bundled.CATALOGUE;
    }

    // Initialised on first use by the JVM's class-initialisation guarantee: once, thread-safe.
    private static final class Bundled {
        static final InstrumentCatalogue CATALOGUE = readBundled();
    }

    private static InstrumentCatalogue readBundled() {
        Map<InstrumentRef, InstrumentDefinition> found = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String name : bundledNames()) {
            try (InputStream in = InstrumentCatalogue.class.getResourceAsStream(BUNDLED + name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled definition listed but missing: " + name);
                }
                add(
                        found,
                        InstrumentDefinitions.check(
                                in, Format.ofFileName(Path.of(name)).orElseThrow(), name),
                        problems);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(new InvalidInputException("bundled instrument definitions", problems));
        }
        return new InstrumentCatalogue(found);
    }

    /**
     * This catalogue plus every {@code .json}, {@code .yaml} and {@code .yml} definition in {@code directory}.
     *
     * @throws InvalidInputException listing every problem in every file, or an {@code id@version} defined twice;
     *     nothing is added unless every file is valid
     */
    public InstrumentCatalogue withDirectory(Path directory) {
        Map<InstrumentRef, InstrumentDefinition> found = new LinkedHashMap<>(definitions);
        List<Problem> problems = new ArrayList<>();
        List<Path> files = DataDirectory.files(directory);
        for (Path file : files) {
            add(found, InstrumentDefinitions.check(file), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(directory.toString(), problems);
        }
        return new InstrumentCatalogue(found);
    }

    @Override
    public Optional<InstrumentDefinition> find(InstrumentRef ref) {
        return Optional.ofNullable(definitions.get(ref));
    }

    /** The highest version of the instrument with this id, comparing versions segment by segment (1.10 after 1.9). */
    public Optional<InstrumentDefinition> latest(String id) {
        return definitions.values().stream()
                .filter(d -> d.id().equals(id))
                .max((a, b) -> Versions.compare(a.version(), b.version()));
    }

    /**
     * The definition named by {@code id@version}, or the latest version when only {@code id} is given.
     *
     * @throws IllegalArgumentException if the text is not an id or an {@code id@version}
     */
    public Optional<InstrumentDefinition> find(String idOrRef) {
        return idOrRef.contains("@") ? find(InstrumentRef.parse(idOrRef)) : latest(idOrRef);
    }

    /** Every definition, bundled first, in the order loaded. */
    public List<InstrumentDefinition> all() {
        return List.copyOf(definitions.values());
    }

    private static void add(
            Map<InstrumentRef, InstrumentDefinition> found,
            ReadResult<InstrumentDefinition> result,
            List<Problem> problems) {
        // Problems from several files are told apart by prefixing the file to the message.
        result.problems()
                .forEach(p -> problems.add(new Problem(p.pointer(), p.code(), result.source() + ": " + p.message())));
        result.value().ifPresent(d -> {
            if (found.putIfAbsent(d.ref(), d) != null) {
                problems.add(new Problem(
                        "/version",
                        ProblemCode.DUPLICATE_ID,
                        result.source() + ": " + d.ref()
                                + " is already defined; a changed instrument needs a new version"));
            }
        });
    }

    private static List<String> bundledNames() {
        try (InputStream in = InstrumentCatalogue.class.getResourceAsStream(BUNDLED + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.substring(l.lastIndexOf('/') + 1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
