package org.caseframe.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when input is invalid, carrying <em>every</em> problem found, not just the first. This is the only exception
 * Caseframe's readers throw for bad input: never a raw parser or null-pointer exception.
 */
public final class InvalidInputException extends RuntimeException {
    private final String source;
    private final transient List<Problem> problems;

    /**
     * @param source what was being read, e.g. a file name
     * @param problems at least one problem
     */
    public InvalidInputException(String source, List<Problem> problems) {
        super(summary(source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one problem");
        }
        this.source = Objects.requireNonNull(source, "source");
        this.problems = List.copyOf(problems);
    }

    /** What was being read. */
    public String source() {
        return source;
    }

    /** Every problem found, in document order where it could be told. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(String source, List<Problem> problems) {
        return source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
