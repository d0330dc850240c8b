package org.caseframe.instruments.predictors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.model.Citation;
import org.caseframe.core.model.Sex;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.ProblemCode;
import org.caseframe.instruments.internal.DataFiles;

/**
 * OVP, the OASys Violence Predictor: a points score from static and dynamic factors, turned into the probability of
 * proven violent reoffending within one and two years. Points and constants come from {@code predictors/ovp-1.0.yaml}.
 * Immutable and thread-safe.
 */
public final class Ovp {
    private static final Ovp BUNDLED = new Ovp(PredictorData.load("ovp-1.0.yaml", Coefficients.class));

    private final Coefficients c;

    private Ovp(Coefficients coefficients) {
        this.c = coefficients;
    }

    /** OVP with the bundled points and constants. */
    public static Ovp bundled() {
        return BUNDLED;
    }

    /**
     * Ovp with the coefficients of a data file of the same form as the bundled one (a new version, say), read and
     * checked like a case file: every problem with its pointer.
     */
    public static ReadResult<Ovp> check(Path file) {
        ReadResult<Coefficients> read = DataFiles.check(file, Coefficients.class);
        return new ReadResult<>(read.source(), read.value().map(Ovp::new), read.problems());
    }

    /** The version of the coefficients, e.g. {@code 1.0}. */
    public String version() {
        return c.version();
    }

    /**
     * What OVP needs. Scored items take 0 (no problem), 1 (some problems) or 2 (significant problems).
     *
     * @param sex sex as recorded
     * @param dateOfBirth date of birth
     * @param followUpStartDate start of follow-up (e.g. release or sentence start in the community)
     * @param totalSanctions every sanction, the current one included (OVP's own count, unlike OGRS3's {@code
     *     previousSanctions}, which leaves the current one out)
     * @param violentSanctions how many of them were for violence
     * @param noFixedAbode no fixed abode
     * @param unemployed unemployed
     * @param doesNotRecogniseImpact does not recognise the impact of offending on victims
     * @param currentAlcoholMisuse current alcohol misuse, 0-2
     * @param bingeDrinking binge drinking, 0-2
     * @param psychiatricTreatment current psychiatric treatment
     * @param temperControl problems with temper control, 0-2
     * @param proCriminalAttitudes pro-criminal attitudes, 0-2
     */
    public record Input(
            Sex sex,
            LocalDate dateOfBirth,
            LocalDate followUpStartDate,
            int totalSanctions,
            int violentSanctions,
            boolean noFixedAbode,
            boolean unemployed,
            boolean doesNotRecogniseImpact,
            int currentAlcoholMisuse,
            int bingeDrinking,
            boolean psychiatricTreatment,
            int temperControl,
            int proCriminalAttitudes) {

        public Input {
            Objects.requireNonNull(sex, "sex");
            Objects.requireNonNull(dateOfBirth, "dateOfBirth");
            Objects.requireNonNull(followUpStartDate, "followUpStartDate");
        }
    }

    /**
     * Predicts.
     *
     * @throws InvalidInputException listing every problem with the input
     */
    public Prediction predict(Input in) {
        InputChecks checks = new InputChecks("ovp");
        checks.nonNegative("totalSanctions", in.totalSanctions());
        checks.nonNegative("violentSanctions", in.violentSanctions());
        if (in.violentSanctions() > in.totalSanctions()) {
            checks.add(
                    "violentSanctions",
                    ProblemCode.INVALID_VALUE,
                    "is " + in.violentSanctions() + ", more than the " + in.totalSanctions() + " sanctions in total");
        }
        checks.range("currentAlcoholMisuse", in.currentAlcoholMisuse(), 0, 2);
        checks.range("bingeDrinking", in.bingeDrinking(), 0, 2);
        checks.range("temperControl", in.temperControl(), 0, 2);
        checks.range("proCriminalAttitudes", in.proCriminalAttitudes(), 0, 2);
        checks.notAfter("dateOfBirth", in.dateOfBirth(), "followUpStartDate", in.followUpStartDate());
        int age = InputChecks.age(in.dateOfBirth(), in.followUpStartDate());
        Optional<Integer> agePoints = PredictorData.points(c.ageAtFollowUp(), age);
        if (agePoints.isEmpty()) {
            checks.add(
                    "dateOfBirth",
                    ProblemCode.INVALID_VALUE,
                    "the person is " + age + " at the start of follow-up; OVP applies from 18");
        }
        checks.throwIfAny();

        int nonViolent = in.totalSanctions() - in.violentSanctions();
        List<Term> terms = new ArrayList<>();
        terms.add(new Term(
                "anyPreviousSanctions",
                in.totalSanctions() + " sanctions in total",
                in.totalSanctions() > 0 ? c.anyPreviousSanctions() : 0));
        terms.add(new Term(
                "violentSanctions",
                in.violentSanctions() + " violent",
                PredictorData.capped(c.violentSanctions(), in.violentSanctions())));
        terms.add(new Term(
                "nonViolentSanctions",
                nonViolent + " non-violent",
                PredictorData.points(c.nonViolentSanctions(), nonViolent).orElse(0)));
        terms.add(new Term("ageAtFollowUp", "aged " + age, agePoints.get()));
        terms.add(new Term("sex", in.sex().toString(), in.sex() == Sex.MALE ? c.male() : 0));
        terms.add(Term.flag("noFixedAbode", in.noFixedAbode(), c.noFixedAbode()));
        terms.add(Term.flag("unemployed", in.unemployed(), c.unemployed()));
        terms.add(Term.flag("doesNotRecogniseImpact", in.doesNotRecogniseImpact(), c.doesNotRecogniseImpact()));
        int alcohol = in.currentAlcoholMisuse() + in.bingeDrinking();
        terms.add(new Term(
                "alcohol",
                "current " + in.currentAlcoholMisuse() + " + binge " + in.bingeDrinking(),
                Math.ceil(c.alcoholMultiplier() * alcohol)));
        terms.add(Term.flag("psychiatricTreatment", in.psychiatricTreatment(), c.psychiatricTreatment()));
        terms.add(new Term("temperControl", "scored " + in.temperControl(), c.temperMultiplier() * in.temperControl()));
        terms.add(new Term(
                "proCriminalAttitudes",
                "scored " + in.proCriminalAttitudes(),
                c.proCriminalAttitudesMultiplier() * in.proCriminalAttitudes()));
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
            int anyPreviousSanctions,
            List<Integer> violentSanctions,
            List<PredictorData.PointsRange> nonViolentSanctions,
            List<PredictorData.PointsRange> ageAtFollowUp,
            int male,
            int noFixedAbode,
            int unemployed,
            int doesNotRecogniseImpact,
            double alcoholMultiplier,
            int psychiatricTreatment,
            int temperMultiplier,
            int proCriminalAttitudesMultiplier,
            List<PredictorData.BandLimit> bands) {}
}
