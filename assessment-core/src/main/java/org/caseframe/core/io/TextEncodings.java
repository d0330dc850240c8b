package org.caseframe.core.io;

import java.util.Optional;

/** Tells text that is not UTF-8 from its first bytes, so that it can be named rather than misread. */
public final class TextEncodings {
    private TextEncodings() {}

    /**
     * The encoding that the first bytes of {@code b} plainly show when it is not UTF-8: a UTF-16 or UTF-32 byte-order
     * mark, or the NUL bytes of UTF-16 text without one; empty otherwise (which does not prove the rest is UTF-8).
     */
    public static Optional<String> otherThanUtf8(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return Optional.of("UTF-32 (big-endian)");
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return Optional.of("UTF-32 (little-endian)");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of("UTF-16 (big-endian)");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of("UTF-16 (little-endian)");
        }
        if (b.length >= 2 && b[0] == 0 && b[1] != 0) {
            return Optional.of("UTF-16 (big-endian)");
        }
        if (b.length >= 2 && b[0] != 0 && b[1] == 0) {
            return Optional.of("UTF-16 (little-endian)");
        }
        return Optional.empty();
    }
}
