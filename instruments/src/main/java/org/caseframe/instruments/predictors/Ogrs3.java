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
import org.caseframe.core.validation.Suggestions;
import org.caseframe.instruments.internal.DataFiles;

/**
 * OGRS3, the Offender Group Reconviction Scale: the probability of proven reoffending within one and two years from
 * age, sex, the current offence and the pace of past sanctions. Coefficients come from the bundled data file
 * ({@code predictors/ogrs3-3.0.yaml}), not from code.
 *
 * <p>By default it follows the conventions of the published rsr-calculator and its fixtures: age in whole years at the
 * assessment date for the age/sex term, and previous sanctions capped at 50. {@link Options} selects the
 * alternatives (age at the start of follow-up; no cap). Immutable and thread-safe.
 */
public final class Ogrs3 {
    private static final Ogrs3 BUNDLED = new Ogrs3(PredictorData.load("ogrs3-3.0.yaml", Coefficients.class));

    private final Coefficients c;

    private Ogrs3(Coefficients coefficients) {
        this.c = coefficients;
    }

    /** OGRS3 with the bundled coefficients. */
    public static Ogrs3 bundled() {
        return BUNDLED;
    }

    /**
     * Ogrs3 with the coefficients of a data file of the same form as the bundled one (a new version, say), read and
     * checked like a case file: every problem with its pointer.
     */
    public static ReadResult<Ogrs3> check(Path file) {
        ReadResult<Coefficients> read = DataFiles.check(file, Coefficients.class);
        return new ReadResult<>(read.source(), read.value().map(Ogrs3::new), read.problems());
    }

    /** The version of the coefficients, e.g. {@code 1.0}. */
    public String version() {
        return c.version();
    }

    /** The offence category names this model knows, in index order. */
    public List<String> offenceCategories() {
        return c.offenceCategories().stream().map(OffenceCategory::name).toList();
    }

    /** Which age the age/sex term uses. */
    public enum AgeAnchor {
        /** Age at the assessment date (rsr-calculator; the default). */
        ASSESSMENT_DATE,
        /** Age at the start of follow-up (the MoJ risk-actuarial API); needs {@link Input#followUpStartDate()}. */
        START_OF_FOLLOW_UP
    }

    /**
     * Conventions where the published implementations differ.
     *
     * @param ageAnchor which age the age/sex term uses
     * @param capPreviousSanctions whether previous sanctions are capped (at 50) before the Copas rate
     */
    public record Options(AgeAnchor ageAnchor, boolean capPreviousSanctions) {
        /** Age at the assessment date, sanctions capped: reproduces the reference fixtures. */
        public static final Options DEFAULT = new Options(AgeAnchor.ASSESSMENT_DATE, true);

        public Options {
            Objects.requireNonNull(ageAnchor, "ageAnchor");
        }
    }

    /**
     * What OGRS3 needs.
     *
     * @param sex sex as recorded
     * @param offenceCategory the current offence's category, e.g. {@code VIOLENCE}
     * @param previousSanctions sanctions before the current conviction
     * @param dateOfBirth date of birth
     * @param currentConvictionDate date of the current conviction
     * @param firstSanctionDate date of the first sanction (the current conviction, if there were none before)
     * @param assessmentDate date of the assessment
     * @param followUpStartDate start of follow-up (e.g. release), needed only with {@link AgeAnchor#START_OF_FOLLOW_UP}
     */
    public record Input(
            Sex sex,
            String offenceCategory,
            int previousSanctions,
            LocalDate dateOfBirth,
            LocalDate currentConvictionDate,
            LocalDate firstSanctionDate,
            LocalDate assessmentDate,
            Optional<LocalDate> followUpStartDate) {

        public Input {
            Objects.requireNonNull(sex, "sex");
            Objects.requireNonNull(offenceCategory, "offenceCategory");
            Objects.requireNonNull(dateOfBirth, "dateOfBirth");
            Objects.requireNonNull(currentConvictionDate, "currentConvictionDate");
            Objects.requireNonNull(firstSanctionDate, "firstSanctionDate");
            Objects.requireNonNull(assessmentDate, "assessmentDate");
            followUpStartDate = followUpStartDate == null ? Optional.empty() : followUpStartDate;
        }
    }

    /** Predicts with the default conventions. */
    public Prediction predict(Input input) {
        return predict(input, Options.DEFAULT);
    }

    /**
     * Predicts with the given conventions.
     *
     * @throws InvalidInputException listing every problem with the input
     */
    public Prediction predict(Input input, Options options) {
        InputChecks checks = new InputChecks("ogrs3");
        Optional<OffenceCategory> offence = c.offenceCategories().stream()
                .filter(o -> o.name().equals(input.offenceCategory()))
                .findFirst();
        if (offence.isEmpty()) {
            checks.add(
                    "offenceCategory",
                    ProblemCode.INVALID_VALUE,
                    "\"" + input.offenceCategory()
                            + "\" is not an OGRS3 offence category"
                            + Suggestions.hint(input.offenceCategory(), offenceCategories()));
        }
        checks.nonNegative("previousSanctions", input.previousSanctions());
        checks.notAfter("dateOfBirth", input.dateOfBirth(), "firstSanctionDate", input.firstSanctionDate());
        checks.notAfter(
                "firstSanctionDate", input.firstSanctionDate(), "currentConvictionDate", input.currentConvictionDate());
        checks.notAfter(
                "currentConvictionDate", input.currentConvictionDate(), "assessmentDate", input.assessmentDate());
        int ageAtConviction = InputChecks.age(input.dateOfBirth(), input.currentConvictionDate());
        int ageAtFirst = InputChecks.age(input.dateOfBirth(), input.firstSanctionDate());
        if (ageAtConviction < 10) {
            checks.add(
                    "currentConvictionDate",
                    ProblemCode.INVALID_VALUE,
                    "the person was " + ageAtConviction
                            + " at conviction; OGRS3 applies from the age of criminal responsibility (10)");
        }
        if (ageAtFirst < 10) {
            checks.add(
                    "firstSanctionDate",
                    ProblemCode.INVALID_VALUE,
                    "the person was " + ageAtFirst
                            + " at the first sanction; sanctions start at the age of criminal responsibility (10)");
        }
        LocalDate anchor = input.assessmentDate();
        if (options.ageAnchor() == AgeAnchor.START_OF_FOLLOW_UP) {
            if (input.followUpStartDate().isEmpty()) {
                checks.add(
                        "followUpStartDate",
                        ProblemCode.MISSING_FIELD,
                        "is required when age is taken at the start of follow-up");
            } else {
                anchor = input.followUpStartDate().get();
                checks.notAfter("currentConvictionDate", input.currentConvictionDate(), "followUpStartDate", anchor);
            }
        }
        checks.throwIfAny();

        int age = InputChecks.age(input.dateOfBirth(), anchor);
        AgeBand band = c.ageBands().stream()
                .filter(b -> age >= b.from() && age <= b.to())
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "ogrs3 input",
                        List.of(new org.caseframe.core.validation.Problem(
                                "/dateOfBirth",
                                ProblemCode.INVALID_VALUE,
                                "age " + age + " is outside every OGRS3" + " age band"))));
        int sanctions = options.capPreviousSanctions()
                ? Math.min(input.previousSanctions(), c.previousSanctionsCap())
                : input.previousSanctions();
        double copas = Math.log((sanctions + 1.0) / (10.0 + ageAtConviction - ageAtFirst));

        List<Term> terms = new ArrayList<>();
        double ageTerm = input.sex() == Sex.MALE ? band.male() : band.female();
        terms.add(new Term(
                "ageGender", input.sex() + " aged " + age + " (band " + band.from() + "-" + band.to() + ")", ageTerm));
        boolean first = input.previousSanctions() == 0;
        terms.add(new Term(
                "convictionStatus",
                first ? "first sanction" : "repeat offender",
                first ? c.firstSanction() : c.repeatSanction()));
        terms.add(new Term(
                "copasRate",
                "ln((" + sanctions + " + 1) / (10 + " + ageAtConviction + " - " + ageAtFirst + ")) x "
                        + c.copasCoefficient(),
                c.copasCoefficient() * copas));
        terms.add(
                new Term("offenceCategory", offence.get().label(), offence.get().coefficient()));
        double z = terms.stream().mapToDouble(Term::value).sum();
        double oneYear = PredictorData.logistic(c.oneYearIntercept() + z);
        double twoYear = PredictorData.logistic(c.twoYearIntercept() + z);
        return new Prediction(
                c.id() + "@" + c.version(),
                Optional.of(oneYear),
                Optional.of(twoYear),
                Optional.empty(),
                Optional.empty(),
                PredictorData.band(c.bands(), PredictorData.percent(twoYear)),
                terms);
    }

    record AgeBand(int from, int to, double male, double female) {}

    record OffenceCategory(String name, int index, String label, double coefficient) {}

    record Coefficients(
            String id,
            String version,
            String title,
            List<Citation> sources,
            double copasCoefficient,
            double oneYearIntercept,
            double twoYearIntercept,
            double firstSanction,
            double repeatSanction,
            int previousSanctionsCap,
            List<AgeBand> ageBands,
            List<OffenceCategory> offenceCategories,
            List<PredictorData.BandLimit> bands) {}
}
