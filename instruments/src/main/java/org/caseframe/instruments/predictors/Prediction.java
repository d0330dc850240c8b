package org.caseframe.instruments.predictors;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an actuarial predictor produced, with the model version and every term's contribution, so the figure can be
 * explained and reproduced.
 *
 * @param model the predictor and data version, e.g. {@code ogrs3@3.0}
 * @param oneYear probability of the outcome within one year, where the model defines it
 * @param twoYear probability within two years, where the model defines it
 * @param probability a single probability for models without a horizon (OSP/DC, OSP/IIC's RSR contribution)
 * @param points the points score, for points models
 * @param band the band
 * @param terms each term's contribution, in the order applied
 */
public record Prediction(
        String model,
        Optional<Double> oneYear,
        Optional<Double> twoYear,
        Optional<Double> probability,
        Optional<Integer> points,
        Band band,
        List<Term> terms) {

    public Prediction {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(oneYear, "oneYear");
        Objects.requireNonNull(twoYear, "twoYear");
        Objects.requireNonNull(probability, "probability");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(band, "band");
        terms = List.copyOf(terms);
    }
}
