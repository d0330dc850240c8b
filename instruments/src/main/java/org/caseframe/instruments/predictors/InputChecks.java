package org.caseframe.instruments.predictors;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;

/** Collects every problem with a predictor's inputs, then throws them together. */
final class InputChecks {
    private final String predictor;
    private final List<Problem> problems = new ArrayList<>();

    InputChecks(String predictor) {
        this.predictor = predictor;
    }

    void nonNegative(String field, int value) {
        if (value < 0) {
            add(field, ProblemCode.INVALID_VALUE, "is " + value + "; a count cannot be negative");
        }
    }

    void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            add(field, ProblemCode.INVALID_VALUE, "is " + value + "; expected " + min + " to " + max);
        }
    }

    void notAfter(String field, LocalDate date, String otherField, LocalDate other) {
        if (date.isAfter(other)) {
            add(field, ProblemCode.DATE_ORDER, date + " is after " + otherField + " " + other);
        }
    }

    void add(String field, ProblemCode code, String message) {
        problems.add(new Problem("/" + field, code, message));
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(predictor + " input", problems);
        }
    }

    static int age(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears();
    }
}
