package org.caseframe.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file all-or-nothing: the bytes go to a temporary file beside the target, are forced to disk, then moved
 * over the target in one step. A failure at any point leaves the original untouched and no temporary file behind.
 * Temporary files are named {@code .TARGET.caseframe-PID-RANDOM.tmp}; one left by a process that was killed is
 * removed by the next write to the same target.
 */
public final class AtomicFiles {
    private static final String MARK = ".caseframe-";

    private AtomicFiles() {}

    /** Something that writes the whole content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Replaces {@code target} with what {@code content} writes, atomically where the file system allows. */
    public static void write(Path target, Content content) throws IOException {
        try (Staged staged = stage(target, content)) {
            staged.commit();
        }
    }

    /**
     * Writes what {@code content} writes to a temporary file beside {@code target} and forces it to disk, without
     * touching {@code target}: {@link Staged#commit()} then moves it into place, and closing an uncommitted one
     * removes it. Writing several files all-or-nothing is staging each, then committing each.
     */
    public static Staged stage(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        removeAbandoned(directory, absolute.getFileName().toString());
        Path temporary = directory.resolve(
                "." + absolute.getFileName() + MARK + ProcessHandle.current().pid() + "-"
                        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        Staged staged = new Staged(temporary, absolute);
        // Readable by the owner only, as a case file or report may hold restricted material.
        FileAttribute<?>[] ownerOnly =
                directory.getFileSystem().supportedFileAttributeViews().contains("posix")
                        ? new FileAttribute<?>[] {
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                        }
                        : new FileAttribute<?>[0];
        try (FileChannel channel = FileChannel.open(
                        temporary, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly);
                OutputStream out = Channels.newOutputStream(channel)) {
            content.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            staged.close();
            throw e;
        }
        return staged;
    }

    /** A file written beside its target, waiting to be moved into place. */
    public static final class Staged implements AutoCloseable {
        private final Path temporary;
        private final Path target;
        private boolean committed;

        private Staged(Path temporary, Path target) {
            this.temporary = temporary;
            this.target = target;
        }

        /** The file this will replace. */
        public Path target() {
            return target;
        }

        /** Moves the staged file over the target in one step where the file system allows. */
        public void commit() throws IOException {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        /** Removes the staged file unless it was committed. */
        @Override
        public void close() throws IOException {
            if (!committed) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    // Temporary files for this target left by a process that no longer runs (killed mid-write).
    private static void removeAbandoned(Path directory, String name) throws IOException {
        String prefix = "." + name + MARK;
        DirectoryStream.Filter<Path> ours = p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        };
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, ours)) {
            for (Path leftover : leftovers) {
                String rest = leftover.getFileName().toString().substring(prefix.length());
                int dash = rest.indexOf('-');
                long pid;
                try {
                    pid = Long.parseLong(rest.substring(0, Math.max(dash, 0)));
                } catch (NumberFormatException e) {
                    continue; // not one of ours after all
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue; // a write in progress in another process
                }
                Files.deleteIfExists(leftover);
            }
        }
    }
}
