package org.caseframe.cli;

import picocli.CommandLine.Option;

/** The {@code --policy FILE|ID} option shared by commands that plan. */
final class PolicyOption {
    @Option(
            names = "--policy",
            paramLabel = "FILE|ID",
            description = "A policy file, or a bundled policy id (current-practice, responsive). Default: responsive.")
    String policy = "responsive";

    /** The policy file named, when the option names a file rather than a bundled id. */
    java.util.Optional<java.nio.file.Path> file() {
        return new Named(policy).file();
    }

    /** A policy named by file or bundled id. */
    record Named(String policy) {
        /** The file, when {@code policy} names one. */
        java.util.Optional<java.nio.file.Path> file() {
            try {
                java.nio.file.Path path = java.nio.file.Path.of(policy);
                return java.nio.file.Files.isRegularFile(path)
                        ? java.util.Optional.of(path)
                        : java.util.Optional.empty();
            } catch (java.nio.file.InvalidPathException e) {
                return java.util.Optional.empty();
            }
        }
    }
}
