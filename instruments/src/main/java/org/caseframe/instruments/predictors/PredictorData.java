package org.caseframe.instruments.predictors;

import java.util.List;
import java.util.Optional;
import org.caseframe.instruments.internal.DataFiles;

/** Loads a predictor's coefficients from its bundled data file, strictly. */
final class PredictorData {
    private PredictorData() {}

    static <T extends Record> T load(String file, Class<T> type) {
        return DataFiles.load("/org/caseframe/instruments/predictors/" + file, type);
    }

    /** A band that applies up to and including {@code max}. */
    record BandLimit(Band band, int max) {}

    /** Points for a value within {@code from..to} inclusive. */
    record PointsRange(int from, int to, int points) {
        boolean contains(int value) {
            return value >= from && value <= to;
        }
    }

    static Band band(List<BandLimit> limits, int value) {
        return limits.stream()
                .filter(l -> value <= l.max())
                .findFirst()
                .map(BandLimit::band)
                .orElse(limits.get(limits.size() - 1).band());
    }

    static Optional<Integer> points(List<PointsRange> ranges, int value) {
        return ranges.stream().filter(r -> r.contains(value)).findFirst().map(PointsRange::points);
    }

    /** Points from a table indexed by count, the last entry standing for that count or more. */
    static int capped(List<Integer> table, int count) {
        return table.get(Math.min(count, table.size() - 1));
    }

    /** The points a list of terms adds up to. */
    static int total(List<Term> terms) {
        return (int) Math.round(terms.stream().mapToDouble(Term::value).sum());
    }

    /** A points model's prediction: logistic(coefficient x points + intercept) at one and two years, banded on the
     * 2-year percentage. */
    static Prediction pointsModel(
            String model,
            List<Term> terms,
            double coefficient,
            double oneYearIntercept,
            double twoYearIntercept,
            List<BandLimit> bands) {
        int points = total(terms);
        double oneYear = logistic(coefficient * points + oneYearIntercept);
        double twoYear = logistic(coefficient * points + twoYearIntercept);
        return new Prediction(
                model,
                Optional.of(oneYear),
                Optional.of(twoYear),
                Optional.empty(),
                Optional.of(points),
                band(bands, percent(twoYear)),
                terms);
    }

    static double logistic(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** A probability as a whole percentage, rounded half up, as bands are stated. */
    static int percent(double probability) {
        return (int) Math.round(probability * 100.0);
    }
}
