package org.caseframe.planning.matrix;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.caseframe.core.io.DataDirectory;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.model.Versions;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;

/**
 * Control and interventions policies by {@code id@version}: the bundled ones, plus any read from a directory. Each
 * policy is read and checked once, and its compiled matrix is built once and kept, so looking a policy up or deciding
 * under it in a request loop costs nothing extra. Immutable and thread-safe.
 */
public final class PolicyCatalogue {
    private final Map<String, Policy> byRef;
    private final ConcurrentMap<Policy, Matrix> compiled = new ConcurrentHashMap<>();

    private PolicyCatalogue(Map<String, Policy> byRef) {
        this.byRef = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byRef));
    }

    /**
     * The bundled policies ({@code current-practice}, {@code responsive}), every version. Cheap: read once per JVM.
     */
    public static PolicyCatalogue bundled() {
        Map<String, Policy> found = new LinkedHashMap<>();
        for (String id : Policies.BUNDLED_IDS) {
            Policies.bundledVersions(id).forEach(p -> found.put(p.ref(), p));
        }
        return new PolicyCatalogue(found);
    }

    /**
     * This catalogue plus every {@code .json}, {@code .yaml} and {@code .yml} policy in {@code directory}.
     *
     * @throws InvalidInputException listing every problem in every file, or an {@code id@version} defined twice;
     *     nothing is added unless every file is valid
     */
    public PolicyCatalogue withDirectory(Path directory) {
        Map<String, Policy> found = new LinkedHashMap<>(byRef);
        List<Problem> problems = new ArrayList<>();
        List<Path> files = DataDirectory.files(directory);
        for (Path file : files) {
            ReadResult<Policy> read = Policies.check(file);
            if (!read.isValid()) {
                read.problems()
                        .forEach(p -> problems.add(new Problem(p.pointer(), p.code(), file + ": " + p.message())));
                continue;
            }
            Policy p = read.orThrow();
            if (found.putIfAbsent(p.ref(), p) != null) {
                problems.add(new Problem(
                        "/version", ProblemCode.DUPLICATE_ID, file + ": " + p.ref() + " is defined more than once"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(directory.toString(), problems);
        }
        return new PolicyCatalogue(found);
    }

    /** Every policy, bundled first, then in the order read. */
    public List<Policy> all() {
        return List.copyOf(byRef.values());
    }

    /**
     * The policy named {@code idOrRef}: {@code id@version} exactly, or the highest version of {@code id} (comparing
     * versions segment by segment).
     */
    public Optional<Policy> find(String idOrRef) {
        if (idOrRef.contains("@")) {
            return Optional.ofNullable(byRef.get(idOrRef));
        }
        return byRef.values().stream()
                .filter(p -> p.id().equals(idOrRef))
                .max((a, b) -> Versions.compare(a.version(), b.version()));
    }

    /**
     * A policy named by a file path, or by {@code id} or {@code id@version} in this catalogue when no such file
     * exists: what a command line's {@code --policy} accepts. A file is read and checked each time it is named.
     */
    public ReadResult<Policy> resolve(String fileOrRef) {
        Optional<Policy> known = find(fileOrRef);
        if (known.isPresent() && !exists(fileOrRef)) {
            return new ReadResult<>(fileOrRef, known, List.of());
        }
        if (!exists(fileOrRef)) {
            List<String> names = new ArrayList<>();
            byRef.values().forEach(p -> names.add(p.id()));
            return new ReadResult<>(
                    fileOrRef,
                    Optional.empty(),
                    List.of(new Problem(
                            "",
                            ProblemCode.IO,
                            "no policy file or policy called \"" + fileOrRef + "\" (policies: "
                                    + String.join(
                                            ", ", names.stream().distinct().toList()) + ")")));
        }
        return Policies.check(Path.of(fileOrRef));
    }

    /** The compiled matrix of {@code policy}, built on first use and kept. */
    public Matrix matrix(Policy policy) {
        return compiled.computeIfAbsent(policy, Matrix::compile);
    }

    private static boolean exists(String name) {
        try {
            return Files.exists(Path.of(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
