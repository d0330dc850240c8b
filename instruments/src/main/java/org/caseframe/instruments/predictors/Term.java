package org.caseframe.instruments.predictors;

import java.util.Objects;

/**
 * One term of a prediction and what it contributed: a coefficient added to the linear predictor of a logistic model,
 * or points added to a points score.
 *
 * @param name the term, e.g. {@code ageGender}
 * @param basis the input it came from, in words, e.g. "MALE aged 23 (band 21-24)"
 * @param value its contribution
 */
public record Term(String name, String basis, double value) {
    public Term {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(basis, "basis");
    }

    /** A yes-or-no factor: {@code points} when present, nothing when not. */
    static Term flag(String name, boolean present, double points) {
        return new Term(name, present ? "yes" : "no", present ? points : 0);
    }
}
