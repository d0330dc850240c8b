package org.caseframe.core.validation;

import java.util.Objects;

/**
 * One thing wrong with an input, precise enough to fix without reading the code.
 *
 * @param pointer a JSON Pointer (RFC 6901) to where the problem is; empty for the whole document
 * @param code a stable code
 * @param message what is wrong and, where it helps, what would be right
 */
public record Problem(String pointer, ProblemCode code, String message) {
    public Problem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** {@code POINTER: message}, with {@code /} standing for the whole document. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
