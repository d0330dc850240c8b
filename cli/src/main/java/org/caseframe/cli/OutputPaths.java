package org.caseframe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a command may write. Every output path is checked before anything is computed, so a bad one is refused with
 * exit code 2 and touches nothing: a device, FIFO or socket, a directory where a file is meant (or a file where a
 * directory is meant), an input of the same command, or a place whose parent cannot be a directory.
 */
final class OutputPaths {
    private OutputPaths() {}

    /** An output path refused; the command line prints {@code OPTION PATH: reason} and exits with 2. */
    static final class Refused extends RuntimeException {
        Refused(String option, Path path, String reason) {
            super(option + " " + path + ": " + reason);
        }
    }

    /** Refuses {@code out} unless it is a regular file, or can be created as one, and none of {@code inputs}. */
    static void file(String option, Path out, Path... inputs) {
        Objects.requireNonNull(out, option);
        if (Files.exists(out)) {
            if (Files.isDirectory(out)) {
                throw new Refused(option, out, "is a directory; name the file to write");
            }
            if (!Files.isRegularFile(out)) {
                throw new Refused(
                        option,
                        out,
                        "is " + kind(out) + ", not a regular file; Caseframe writes regular" + " files only");
            }
            for (Path input : inputs) {
                if (input != null && same(input, out)) {
                    throw new Refused(
                            option, out, "is the input file " + input + "; writing there would overwrite" + " it");
                }
            }
            if (!Files.isWritable(out)) {
                throw new Refused(option, out, "cannot be written (no permission, or a read-only file system)");
            }
        } else if (Files.isSymbolicLink(out)) {
            throw new Refused(option, out, "is a link to nothing; name a file to write");
        }
        parentCanHold(option, out);
    }

    /** Refuses {@code dir} unless it is a writable directory, or can be created as one. */
    static void directory(String option, Path dir) {
        Objects.requireNonNull(dir, option);
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new Refused(
                        option,
                        dir,
                        (Files.isRegularFile(dir) ? "is a file" : "is " + kind(dir))
                                + ", not a directory; name a directory to write into");
            }
            if (!Files.isWritable(dir)) {
                throw new Refused(option, dir, "cannot be written (no permission, or a read-only file system)");
            }
            return;
        }
        parentCanHold(option, dir);
    }

    // The nearest existing ancestor must be a writable directory, so the missing ones can be created.
    private static void parentCanHold(String option, Path path) {
        Path ancestor = path.toAbsolutePath().getParent();
        while (ancestor != null && !Files.exists(ancestor, LinkOption.NOFOLLOW_LINKS)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null) {
            return;
        }
        if (!Files.isDirectory(ancestor)) {
            throw new Refused(
                    option,
                    path,
                    "cannot be created: " + ancestor + " is "
                            + (Files.isRegularFile(ancestor) ? "a file" : kind(ancestor)) + ", not a directory");
        }
        if (!Files.isWritable(ancestor)) {
            throw new Refused(
                    option,
                    path,
                    "cannot be created: " + ancestor + " cannot be written (no permission,"
                            + " or a read-only file system)");
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    // What a path that is not a regular file or directory is, in words.
    private static String kind(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            return switch (mode & 0170000) {
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0010000 -> "a named pipe (FIFO)";
                case 0140000 -> "a socket";
                default -> "not a regular file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "not a regular file";
        }
    }
}
