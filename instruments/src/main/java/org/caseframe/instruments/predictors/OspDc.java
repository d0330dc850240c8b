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
 * OSP/DC, the OASys Sexual reoffending Predictor for direct-contact offending: a 64-point score from sexual and other
 * sanctions, age and victim type, turned into a probability and banded on points. Points and constants come from
 * {@code predictors/osp-dc-1.0.yaml}. Immutable and thread-safe.
 */
public final class OspDc {
    // Every bundled version, oldest first, so that past results stay reproducible; the last is the default.
    private static final List<OspDc> VERSIONS = List.of(
            new OspDc(PredictorData.load("osp-dc-1.0.yaml", Coefficients.class)),
            new OspDc(PredictorData.load("osp-dc-1.1.yaml", Coefficients.class)));
    private static final OspDc BUNDLED = VERSIONS.get(VERSIONS.size() - 1);

    private final Coefficients c;

    private OspDc(Coefficients coefficients) {
        this.c = coefficients;
    }

    /** Every bundled version of the coefficients, oldest first. */
    public static List<OspDc> bundledVersions() {
        return VERSIONS;
    }

    /** OSP/DC with the latest bundled points and constants. */
    public static OspDc bundled() {
        return BUNDLED;
    }

    /**
     * OspDc with the coefficients of a data file of the same form as the bundled one (a new version, say), read and
     * checked like a case file: every problem with its pointer.
     */
    public static ReadResult<OspDc> check(Path file) {
        ReadResult<Coefficients> read = DataFiles.check(file, Coefficients.class);
        return new ReadResult<>(read.source(), read.value().map(OspDc::new), read.problems());
    }

    /** The version of the coefficients, e.g. {@code 1.0}. */
    public String version() {
        return c.version();
    }

    /**
     * What OSP/DC needs.
     *
     * @param sex sex as recorded (the predictor is calculated for men; for a woman it does not apply)
     * @param dateOfBirth date of birth
     * @param followUpStartDate start of follow-up
     * @param lastSexualSanctionDate date of the most recent sexual sanction, if known (scored 0 when not)
     * @param adultContactSanctions sanctions for contact sexual offences against adults
     * @param childContactSanctions sanctions for contact sexual offences against children
     * @param nonContactSanctions sanctions for non-contact sexual offences (indecent images excluded)
     * @param otherSanctions sanctions for anything other than sexual offences
     * @param strangerVictim whether any victim was a stranger (false when not known, as the MoJ service scores it)
     * @param inCommunity whether the person is in the community (not in custody)
     * @param offenceFreeYears whole years offence-free in the community
     */
    public record Input(
            Sex sex,
            LocalDate dateOfBirth,
            LocalDate followUpStartDate,
            Optional<LocalDate> lastSexualSanctionDate,
            int adultContactSanctions,
            int childContactSanctions,
            int nonContactSanctions,
            int otherSanctions,
            boolean strangerVictim,
            boolean inCommunity,
            int offenceFreeYears) {

        public Input {
            Objects.requireNonNull(sex, "sex");
            Objects.requireNonNull(dateOfBirth, "dateOfBirth");
            Objects.requireNonNull(followUpStartDate, "followUpStartDate");
            Objects.requireNonNull(lastSexualSanctionDate, "lastSexualSanctionDate");
        }

        /** An input with the date of the last sexual sanction known. */
        public Input(
                Sex sex,
                LocalDate dateOfBirth,
                LocalDate followUpStartDate,
                LocalDate lastSexualSanctionDate,
                int adultContactSanctions,
                int childContactSanctions,
                int nonContactSanctions,
                int otherSanctions,
                boolean strangerVictim,
                boolean inCommunity,
                int offenceFreeYears) {
            this(
                    sex,
                    dateOfBirth,
                    followUpStartDate,
                    Optional.of(lastSexualSanctionDate),
                    adultContactSanctions,
                    childContactSanctions,
                    nonContactSanctions,
                    otherSanctions,
                    strangerVictim,
                    inCommunity,
                    offenceFreeYears);
        }
    }

    /** The probability for a points score: 0 for no points, else logistic(intercept + coefficient x points). */
    public double probability(int points) {
        return points == 0 ? 0.0 : PredictorData.logistic(c.intercept() + c.pointsCoefficient() * points);
    }

    /**
     * Predicts.
     *
     * @throws InvalidInputException listing every problem with the input
     */
    public Prediction predict(Input in) {
        InputChecks checks = new InputChecks("osp-dc");
        checks.nonNegative("adultContactSanctions", in.adultContactSanctions());
        checks.nonNegative("childContactSanctions", in.childContactSanctions());
        checks.nonNegative("nonContactSanctions", in.nonContactSanctions());
        checks.nonNegative("otherSanctions", in.otherSanctions());
        checks.nonNegative("offenceFreeYears", in.offenceFreeYears());
        in.lastSexualSanctionDate().ifPresent(last -> {
            checks.notAfter("dateOfBirth", in.dateOfBirth(), "lastSexualSanctionDate", last);
            checks.notAfter("lastSexualSanctionDate", last, "followUpStartDate", in.followUpStartDate());
        });
        Optional<Integer> lastPoints = in.lastSexualSanctionDate()
                .map(last -> PredictorData.points(c.ageAtLastSexualSanction(), InputChecks.age(in.dateOfBirth(), last))
                        .orElse(-1));
        if (lastPoints.isPresent() && lastPoints.get() < 0) {
            checks.add(
                    "lastSexualSanctionDate",
                    ProblemCode.INVALID_VALUE,
                    "the person was "
                            + InputChecks.age(
                                    in.dateOfBirth(),
                                    in.lastSexualSanctionDate().get())
                            + " at the last sexual sanction; sanctions start at the age of criminal responsibility (10)");
        }
        checks.throwIfAny();
        String model = c.id() + "@" + c.version();
        // As the MoJ risk-actuarial service does: not an error, a predictor that does not apply.
        if (in.sex() != Sex.MALE) {
            return Prediction.notApplicable(model, "OSP/DC is not calculated for women");
        }
        if (in.adultContactSanctions() + in.childContactSanctions() + in.nonContactSanctions() == 0) {
            return Prediction.notApplicable(model, "no sexual sanctions: OSP/DC applies to people with at least one");
        }

        int age = InputChecks.age(in.dateOfBirth(), in.followUpStartDate());
        int agePoints = age >= c.ageAtFollowUpZeroFrom()
                ? 0
                : c.ageAtFollowUpBase() - Math.max(0, (age - c.ageAtFollowUpPivot()) / c.ageAtFollowUpStep());
        List<Term> terms = new ArrayList<>();
        terms.add(new Term(
                "adultContactSanctions",
                in.adultContactSanctions() + " sanctions",
                PredictorData.capped(c.adultContactSanctions(), in.adultContactSanctions())));
        terms.add(new Term(
                "childContactSanctions",
                in.childContactSanctions() + " sanctions",
                PredictorData.capped(c.childContactSanctions(), in.childContactSanctions())));
        terms.add(new Term(
                "nonContactSanctions",
                in.nonContactSanctions() + " sanctions",
                PredictorData.capped(c.nonContactSanctions(), in.nonContactSanctions())));
        terms.add(new Term("ageAtFollowUp", "aged " + age, agePoints));
        terms.add(new Term(
                "ageAtLastSexualSanction",
                in.lastSexualSanctionDate()
                        .map(last -> "aged " + InputChecks.age(in.dateOfBirth(), last))
                        .orElse("not known"),
                lastPoints.orElse(0)));
        terms.add(new Term(
                "otherSanctions",
                in.otherSanctions() + " sanctions",
                in.otherSanctions() > 0 ? c.anyOtherSanctions() : 0));
        terms.add(Term.flag("strangerVictim", in.strangerVictim(), c.strangerVictim()));
        int points = PredictorData.total(terms);
        Band band = PredictorData.band(c.bands(), points);
        if (in.inCommunity() && in.offenceFreeYears() >= c.offenceFreeYearsForReduction() && band != Band.LOW) {
            band = Band.values()[band.ordinal() - 1];
            terms.add(new Term("bandReduction", in.offenceFreeYears() + " offence-free years in the community", 0));
        }
        return new Prediction(
                model,
                Optional.empty(),
                Optional.empty(),
                Optional.of(probability(points)),
                Optional.of(points),
                band,
                terms);
    }

    record Coefficients(
            String id,
            String version,
            String title,
            List<Citation> sources,
            double intercept,
            double pointsCoefficient,
            List<Integer> adultContactSanctions,
            List<Integer> childContactSanctions,
            List<Integer> nonContactSanctions,
            int ageAtFollowUpBase,
            int ageAtFollowUpPivot,
            int ageAtFollowUpStep,
            int ageAtFollowUpZeroFrom,
            List<PredictorData.PointsRange> ageAtLastSexualSanction,
            int anyOtherSanctions,
            int strangerVictim,
            List<PredictorData.BandLimit> bands,
            int offenceFreeYearsForReduction) {}
}
