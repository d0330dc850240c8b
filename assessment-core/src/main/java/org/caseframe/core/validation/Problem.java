package org.caseframe.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with an input, precise enough to fix without reading the code.
 *
 * @param pointer a JSON Pointer (RFC 6901) to where the problem is; empty for the whole document
 * @param code a stable code
 * @param message what is wrong and, where it helps, what would be right
 */
public record Problem(String pointer, ProblemCode code, String message) {
    /** At most this many problems are reported for one input; the rest are counted in one last problem. */
    public static final int REPORTED_AT_MOST = 1_000;

    public Problem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * {@code POINTER: message}, with {@code /} standing for the whole document; the count of problems left out
     * ({@link ProblemCode#MORE_PROBLEMS}) is just its message, "and N more problems".
     */
    @Override
    public String toString() {
        return code == ProblemCode.MORE_PROBLEMS ? message : (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }

    /**
     * The first {@link #REPORTED_AT_MOST} problems of {@code problems} and, when there were more, one last problem
     * saying how many more there were; {@code problems} itself when it is short enough.
     */
    public static List<Problem> atMostReported(List<Problem> problems) {
        return atMostReported(problems, 0);
    }

    /**
     * As {@link #atMostReported(List)}, with {@code alreadyLeftOut} problems that were counted but never held (so
     * that a collector can stop holding problems early and still report the right number).
     */
    public static List<Problem> atMostReported(List<Problem> problems, long alreadyLeftOut) {
        long more = alreadyLeftOut;
        List<Problem> kept = new ArrayList<>(Math.min(problems.size(), REPORTED_AT_MOST + 1));
        for (Problem p : problems) {
            if (p.code() == ProblemCode.MORE_PROBLEMS) {
                more += standsFor(p);
            } else if (kept.size() < REPORTED_AT_MOST) {
                kept.add(p);
            } else {
                more++;
            }
        }
        if (more == 0 && kept.size() == problems.size()) {
            return problems;
        }
        if (more > 0) {
            kept.add(more(more));
        }
        return kept;
    }

    /** How many problems {@code problems} stands for, counting those left out; e.g. "1,200 problems". */
    public static String count(List<Problem> problems) {
        long total = 0;
        for (Problem p : problems) {
            total += standsFor(p);
        }
        return String.format(Locale.ROOT, "%,d %s", total, total == 1 ? "problem" : "problems");
    }

    // How many problems this one stands for: 1, or the count written by more(long) into its message.
    private static long standsFor(Problem p) {
        return p.code() == ProblemCode.MORE_PROBLEMS
                ? Long.parseLong(p.message().replaceAll("\\D", ""))
                : 1;
    }

    /** The problem standing for {@code count} problems left out. */
    public static Problem more(long count) {
        return new Problem(
                "",
                ProblemCode.MORE_PROBLEMS,
                String.format(Locale.ROOT, "and %,d more %s", count, count == 1 ? "problem" : "problems"));
    }
}
