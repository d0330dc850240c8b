package org.caseframe.planning.matrix;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.caseframe.planning.plan.Vocabulary;

/** What controls and interventions share as codes from the vocabulary: their form, the bundled ones, their order. */
final class Codes {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private Codes() {}

    /** {@code code}, if it has the form of a code; {@code what} names it in the message ("a control"). */
    static String checked(String code, String what) {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("\"" + code + "\" is not " + what
                    + " code: upper-case letters, digits and _ only, starting with a letter, at most 64 characters");
        }
        return code;
    }

    /** The codes of {@code kind} in the bundled vocabulary, in its order, as values. */
    static <T> List<T> bundled(String kind, Function<String, T> of) {
        return Vocabulary.bundled().codes(kind).stream().map(of).toList();
    }

    /** The bundled vocabulary's order of {@code kind}, then others by code. */
    static <T> Comparator<T> vocabularyOrder(String kind, Function<T, String> code) {
        List<String> bundled = Vocabulary.bundled().codes(kind);
        return Comparator.<T>comparingInt(t -> {
                    int at = bundled.indexOf(code.apply(t));
                    return at < 0 ? Integer.MAX_VALUE : at;
                })
                .thenComparing(code);
    }
}
