package org.caseframe.workbench.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;
import org.caseframe.Caseframe;
import org.caseframe.CheckedCase;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.plan.SentencePlan;

/**
 * The case files of one directory, each read, checked, assessed and planned once and kept until the file changes (by
 * its modification time and size). A broken file is kept with its problems, never rewritten. Not API. Thread-safe.
 */
final class CaseLibrary {
    /** One file: its plan when it is valid, else its problems. */
    record Entry(String name, Path file, Optional<Loaded> loaded, List<Problem> problems, String stamp) {}

    /** A valid case, assessed and planned. */
    record Loaded(CheckedCase checked, AssessedCase assessed, SentencePlan plan) {}

    private final Path directory;
    private final Caseframe caseframe;
    private final Policy policy;
    private final ConcurrentMap<Path, Entry> cache = new ConcurrentHashMap<>();

    CaseLibrary(Path directory, Caseframe caseframe, Policy policy) {
        this.directory = directory;
        this.caseframe = caseframe;
        this.policy = policy;
    }

    Policy policy() {
        return policy;
    }

    /**
     * Every case file of the directory (YAML or JSON, not in subdirectories), by name. Files not read before (or
     * changed since) are read in parallel; a file no longer there leaves the cache.
     */
    List<Entry> all() {
        List<Path> files;
        try (Stream<Path> listed = Files.list(directory)) {
            files = listed.filter(CaseLibrary::isCaseFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cache.keySet().retainAll(new java.util.HashSet<>(files));
        return files.parallelStream().map(this::entry).toList();
    }

    /** The file called {@code name} in the directory, if there is one: never a path outside it. */
    Optional<Entry> named(String name) {
        if (name == null || name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            return Optional.empty();
        }
        Path file = directory.resolve(name);
        return isCaseFile(file) && Files.isRegularFile(file) ? Optional.of(entry(file)) : Optional.empty();
    }

    Path directory() {
        return directory;
    }

    static boolean isCaseFile(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p)
                && !n.startsWith(".")
                && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"));
    }

    private Entry entry(Path file) {
        String stamp = stamp(file);
        Entry cached = cache.get(file);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached;
        }
        Entry fresh = load(file, stamp);
        cache.put(file, fresh);
        return fresh;
    }

    private Entry load(Path file, String stamp) {
        String name = file.getFileName().toString();
        ReadResult<CheckedCase> read = caseframe.check(file);
        if (read.value().isEmpty()) {
            return new Entry(name, file, Optional.empty(), read.problems(), stamp);
        }
        try {
            AssessedCase assessed = caseframe.assess(read.value().get());
            SentencePlan plan = caseframe.plan(assessed, policy);
            return new Entry(
                    name, file, Optional.of(new Loaded(read.value().get(), assessed, plan)), read.problems(), stamp);
        } catch (InvalidInputException e) {
            return new Entry(name, file, Optional.empty(), e.problems(), stamp);
        }
    }

    /** The file's modification time and size: what says it changed. */
    static String stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.lastModifiedTime().toMillis() + ":" + a.size();
        } catch (IOException e) {
            return "missing";
        }
    }
}
