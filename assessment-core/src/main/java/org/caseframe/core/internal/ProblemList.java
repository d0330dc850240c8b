package org.caseframe.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;

/** Collects problems while a validator walks its input. Not API. */
public final class ProblemList {
    private final List<Problem> problems = new ArrayList<>();

    public void add(String pointer, ProblemCode code, String message) {
        problems.add(new Problem(pointer, code, message));
    }

    public void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<Problem> toList() {
        return List.copyOf(problems);
    }
}
