package org.caseframe;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caseframe.core.io.AtomicFiles;

/**
 * Several files written all-or-nothing: each is staged beside its target as it comes (forced to disk, readable by the
 * owner only, so a batch holds no more than one document in memory), and only {@link #commit()} moves them all into
 * place; closing without committing, as on any failure, removes every staged file and leaves every target as it was.
 * A temporary file left by a killed process is removed by the next write to the same target. Not thread-safe.
 */
public final class AtomicWrites implements AutoCloseable {
    private final List<AtomicFiles.Staged> staged = new ArrayList<>();

    /** Stages {@code bytes} for {@code file}; nothing is visible at {@code file} until {@link #commit()}. */
    public void add(Path file, byte[] bytes) throws IOException {
        staged.add(AtomicFiles.stage(file, o -> o.write(bytes)));
    }

    /** Moves every staged file into place, each in one step where the file system allows. */
    public void commit() throws IOException {
        for (AtomicFiles.Staged s : staged) {
            s.commit();
        }
    }

    /** Removes whatever was staged and not committed. */
    @Override
    public void close() throws IOException {
        for (AtomicFiles.Staged s : staged) {
            s.close();
        }
    }

    /** One file, written atomically. */
    public static void write(Path file, byte[] bytes) throws IOException {
        try (AtomicWrites one = new AtomicWrites()) {
            one.add(file, bytes);
            one.commit();
        }
    }
}
