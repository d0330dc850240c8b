package org.caseframe.instruments.predictors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.model.Citation;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.instruments.internal.DataFiles;

/**
 * OGP, the OASys General reoffending Predictor: a points score built on the OGRS3 2-year percentage plus dynamic
 * factors, turned into the probability of proven non-violent reoffending within one and two years. Points and
 * constants come from {@code predictors/ogp-1.0.yaml}. Immutable and thread-safe.
 */
public final class Ogp {
    private static final Ogp BUNDLED = new Ogp(PredictorData.load("ogp-1.0.yaml", Coefficients.class));

    private final Coefficients c;

    private Ogp(Coefficients coefficients) {
        this.c = coefficients;
    }

    /** OGP with the bundled points and constants. */
    public static Ogp bundled() {
        return BUNDLED;
    }

    /**
     * Ogp with the coefficients of a data file of the same form as the bundled one (a new version, say), read and
     * checked like a case file: every problem with its pointer.
     */
    public static ReadResult<Ogp> check(Path file) {
        ReadResult<Coefficients> read = DataFiles.check(file, Coefficients.class);
        return new ReadResult<>(read.source(), read.value().map(Ogp::new), read.problems());
    }

    /** The version of the coefficients, e.g. {@code 1.0}. */
    public String version() {
        return c.version();
    }

    /**
     * What OGP needs. Scored items take 0 (no problem), 1 (some problems) or 2 (significant problems).
     *
     * @param ogrs3TwoYearPercent the OGRS3 2-year probability as a whole percentage, 0-100
     * @param noFixedAbode no fixed abode
     * @param unemployed unemployed
     * @param regularActivities problems with regular activities, 0-2
     * @param drugMisuse drug misuse, 0-2
     * @param motivationToTackleDrugMisuse lack of motivation to tackle drug misuse, 0-2
     * @param problemSolving problems with problem solving, 0-2
     * @param awarenessOfConsequences problems with awareness of consequences, 0-2
     * @param understandingOthersViews problems understanding others' views, 0-2
     * @param proCriminalAttitudes pro-criminal attitudes, 0-2
     */
    public record Input(
            int ogrs3TwoYearPercent,
            boolean noFixedAbode,
            boolean unemployed,
            int regularActivities,
            int drugMisuse,
            int motivationToTackleDrugMisuse,
            int problemSolving,
            int awarenessOfConsequences,
            int understandingOthersViews,
            int proCriminalAttitudes) {}

    /** The OGRS3 2-year probability of a prediction as the whole percentage OGP takes. */
    public static int ogrs3Percent(Prediction ogrs3) {
        return PredictorData.percent(ogrs3.twoYear()
                .orElseThrow(() -> new IllegalArgumentException("not an OGRS3 prediction: " + ogrs3.model())));
    }

    /**
     * Predicts.
     *
     * @throws InvalidInputException listing every problem with the input
     */
    public Prediction predict(Input in) {
        InputChecks checks = new InputChecks("ogp");
        checks.range("ogrs3TwoYearPercent", in.ogrs3TwoYearPercent(), 0, 100);
        checks.range("regularActivities", in.regularActivities(), 0, 2);
        checks.range("drugMisuse", in.drugMisuse(), 0, 2);
        checks.range("motivationToTackleDrugMisuse", in.motivationToTackleDrugMisuse(), 0, 2);
        checks.range("problemSolving", in.problemSolving(), 0, 2);
        checks.range("awarenessOfConsequences", in.awarenessOfConsequences(), 0, 2);
        checks.range("understandingOthersViews", in.understandingOthersViews(), 0, 2);
        checks.range("proCriminalAttitudes", in.proCriminalAttitudes(), 0, 2);
        checks.throwIfAny();

        List<Term> terms = new ArrayList<>();
        terms.add(new Term(
                "ogrs3",
                "OGRS3 2-year " + in.ogrs3TwoYearPercent() + "%",
                Math.round(c.ogrs3Multiplier() * in.ogrs3TwoYearPercent())));
        terms.add(Term.flag("noFixedAbode", in.noFixedAbode(), c.noFixedAbode()));
        terms.add(Term.flag("unemployed", in.unemployed(), c.unemployed()));
        terms.add(new Term(
                "regularActivities",
                "scored " + in.regularActivities(),
                c.regularActivities().get(in.regularActivities())));
        int drugs = in.drugMisuse() + in.motivationToTackleDrugMisuse();
        terms.add(new Term(
                "drugMisuse",
                "misuse " + in.drugMisuse() + " + motivation " + in.motivationToTackleDrugMisuse(),
                Math.round(c.drugMultiplier() * drugs)));
        int thinking = in.problemSolving() + in.awarenessOfConsequences() + in.understandingOthersViews();
        terms.add(new Term(
                "thinking",
                "problem solving " + in.problemSolving() + " + consequences " + in.awarenessOfConsequences()
                        + " + others' views " + in.understandingOthersViews(),
                Math.round(c.thinkingMultiplier() * thinking)));
        terms.add(new Term(
                "proCriminalAttitudes",
                "scored " + in.proCriminalAttitudes(),
                c.proCriminalAttitudes().get(in.proCriminalAttitudes())));
        return PredictorData.pointsModel(
                c.id() + "@" + c.version(),
                terms,
                c.pointsCoefficient(),
                c.oneYearIntercept(),
                c.twoYearIntercept(),
                c.bands());
    }

    record Coefficients(
            String id,
            String version,
            String title,
            List<Citation> sources,
            double pointsCoefficient,
            double oneYearIntercept,
            double twoYearIntercept,
            double ogrs3Multiplier,
            int noFixedAbode,
            int unemployed,
            List<Integer> regularActivities,
            double drugMultiplier,
            double thinkingMultiplier,
            List<Integer> proCriminalAttitudes,
            List<PredictorData.BandLimit> bands) {}
}
