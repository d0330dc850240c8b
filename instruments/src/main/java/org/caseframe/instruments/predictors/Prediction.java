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
 * @param notes what the reader should know about the input, e.g. a deprecated field name that was accepted
 */
public record Prediction(
        String model,
        Optional<Double> oneYear,
        Optional<Double> twoYear,
        Optional<Double> probability,
        Optional<Integer> points,
        Band band,
        List<Term> terms,
        List<String> notes) {

    /** A prediction with no notes. */
    public Prediction(
            String model,
            Optional<Double> oneYear,
            Optional<Double> twoYear,
            Optional<Double> probability,
            Optional<Integer> points,
            Band band,
            List<Term> terms) {
        this(model, oneYear, twoYear, probability, points, band, terms, List.of());
    }

    public Prediction {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(oneYear, "oneYear");
        Objects.requireNonNull(twoYear, "twoYear");
        Objects.requireNonNull(probability, "probability");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(band, "band");
        terms = List.copyOf(terms);
        notes = List.copyOf(notes);
    }

    /** This prediction with {@code note} added. */
    public Prediction withNote(String note) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.add(note);
        return new Prediction(model, oneYear, twoYear, probability, points, band, terms, all);
    }

    /** A predictor that does not apply to this person: band {@code NOT_APPLICABLE}, probability 0, and why. */
    public static Prediction notApplicable(String model, String why) {
        return new Prediction(
                model,
                Optional.empty(),
                Optional.empty(),
                Optional.of(0.0),
                Optional.empty(),
                Band.NOT_APPLICABLE,
                List.of(new Term("notApplicable", why, 0)));
    }
}
