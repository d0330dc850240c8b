package org.caseframe.core.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;

/**
 * The outcome of reading: a value when the input was valid, otherwise every problem found.
 *
 * @param source what was read, e.g. a file name
 * @param value the value, present exactly when there are no problems
 * @param problems every problem found, in document order where it could be told
 * @param <T> what was read
 */
public record ReadResult<T>(String source, Optional<T> value, List<Problem> problems) {

    public ReadResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(problems);
        if (value.isPresent() != problems.isEmpty()) {
            throw new IllegalArgumentException("a result has a value or problems, not both or neither");
        }
    }

    static <T> ReadResult<T> valid(String source, T value) {
        return new ReadResult<>(source, Optional.of(value), List.of());
    }

    static <T> ReadResult<T> invalid(String source, List<Problem> problems) {
        return new ReadResult<>(source, Optional.empty(), problems);
    }

    /** Whether the input was valid. */
    public boolean isValid() {
        return value.isPresent();
    }

    /** The value, or an {@link InvalidInputException} carrying every problem. */
    public T orThrow() {
        return value.orElseThrow(() -> new InvalidInputException(source, problems));
    }
}
