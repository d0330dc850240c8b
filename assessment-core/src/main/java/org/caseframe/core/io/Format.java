package org.caseframe.core.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The text formats Caseframe reads and writes. */
public enum Format {
    JSON,
    YAML;

    /** The format a file name implies: {@code .json}, or {@code .yaml}/{@code .yml}. */
    public static Optional<Format> ofFileName(Path path) {
        String name =
                path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }

    /** The format of a file by its name, else by its first non-blank character ({@code {} means JSON). */
    static Format detect(Path path, byte[] content) {
        return ofFileName(path).orElseGet(() -> {
            for (byte b : content) {
                if (!Character.isWhitespace(b)) {
                    return b == '{' ? JSON : YAML;
                }
            }
            return YAML;
        });
    }
}
