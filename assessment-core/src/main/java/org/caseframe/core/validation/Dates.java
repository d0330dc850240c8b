package org.caseframe.core.validation;

import java.time.LocalDate;
import org.caseframe.core.internal.ProblemList;

/** Shared date checks. */
final class Dates {
    private Dates() {}

    static void notAfter(ProblemList problems, String pointer, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            problems.add(pointer, ProblemCode.DATE_IN_FUTURE, date + " is after today (" + today + ")");
        }
    }

    static void ordered(
            ProblemList problems,
            String pointer,
            LocalDate first,
            String firstName,
            LocalDate second,
            String secondName) {
        if (second.isBefore(first)) {
            problems.add(
                    pointer,
                    ProblemCode.DATE_ORDER,
                    secondName + " date " + second + " is before " + firstName + " date " + first);
        }
    }
}
