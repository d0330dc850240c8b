package org.caseframe.instruments.predictors;

import java.nio.file.Path;
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
 * OSP/IIC, the OASys Sexual reoffending Predictor for indecent images of children: a hierarchy of rules, not a
 * regression. The first rule that matches gives the contribution to RSR and the band. Rules come from
 * {@code predictors/osp-iic-1.0.yaml}. Immutable and thread-safe.
 */
public final class OspIic {
    // Every bundled version, oldest first, so that past results stay reproducible; the last is the default.
    private static final List<OspIic> VERSIONS = List.of(
            new OspIic(PredictorData.load("osp-iic-1.0.yaml", Coefficients.class)),
            new OspIic(PredictorData.load("osp-iic-1.1.yaml", Coefficients.class)));
    private static final OspIic BUNDLED = VERSIONS.get(VERSIONS.size() - 1);

    private final Coefficients c;

    private OspIic(Coefficients coefficients) {
        this.c = coefficients;
    }

    /** Every bundled version of the coefficients, oldest first. */
    public static List<OspIic> bundledVersions() {
        return VERSIONS;
    }

    /** OSP/IIC with the latest bundled rules. */
    public static OspIic bundled() {
        return BUNDLED;
    }

    /**
     * OspIic with the coefficients of a data file of the same form as the bundled one (a new version, say), read and
     * checked like a case file: every problem with its pointer.
     */
    public static ReadResult<OspIic> check(Path file) {
        ReadResult<Coefficients> read = DataFiles.check(file, Coefficients.class);
        return new ReadResult<>(read.source(), read.value().map(OspIic::new), read.problems());
    }

    /** The version of the coefficients, e.g. {@code 1.0}. */
    public String version() {
        return c.version();
    }

    /**
     * What OSP/IIC needs.
     *
     * @param sexualSanctions all sanctions for sexual offences
     * @param iiocSanctions of those, sanctions for indecent images of children
     * @param childContactSanctions of those, sanctions for contact sexual offences against children
     * @param sex sex as recorded, if given (for a woman the predictor does not apply)
     */
    public record Input(int sexualSanctions, int iiocSanctions, int childContactSanctions, Optional<Sex> sex) {
        public Input {
            Objects.requireNonNull(sex, "sex");
        }

        /** An input that does not give the person's sex. */
        public Input(int sexualSanctions, int iiocSanctions, int childContactSanctions) {
            this(sexualSanctions, iiocSanctions, childContactSanctions, Optional.empty());
        }
    }

    /**
     * Predicts.
     *
     * @throws InvalidInputException listing every problem with the input
     */
    public Prediction predict(Input in) {
        InputChecks checks = new InputChecks("osp-iic");
        checks.nonNegative("sexualSanctions", in.sexualSanctions());
        checks.nonNegative("iiocSanctions", in.iiocSanctions());
        checks.nonNegative("childContactSanctions", in.childContactSanctions());
        if (in.iiocSanctions() + in.childContactSanctions() > in.sexualSanctions()) {
            checks.add(
                    "sexualSanctions",
                    ProblemCode.INVALID_VALUE,
                    "is " + in.sexualSanctions() + ", fewer than the image and child-contact sanctions it includes");
        }
        checks.throwIfAny();
        Rule rule = c.rules().stream().filter(r -> r.matches(in)).findFirst().orElseThrow();
        return new Prediction(
                c.id() + "@" + c.version(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(rule.contribution()),
                Optional.empty(),
                rule.band(),
                List.of(new Term(rule.id(), rule.description(), rule.contribution())));
    }

    record Rule(
            String id,
            String description,
            Optional<Integer> minIiocSanctions,
            Optional<Integer> minChildContactSanctions,
            Optional<Boolean> noSexualSanctions,
            Optional<Boolean> female,
            double contribution,
            Band band) {

        boolean matches(Input in) {
            return female.map(f -> !f || in.sex().equals(Optional.of(Sex.FEMALE)))
                            .orElse(true)
                    && minIiocSanctions.map(min -> in.iiocSanctions() >= min).orElse(true)
                    && minChildContactSanctions
                            .map(min -> in.childContactSanctions() >= min)
                            .orElse(true)
                    && noSexualSanctions
                            .map(none -> !none || in.sexualSanctions() == 0)
                            .orElse(true);
        }
    }

    record Coefficients(String id, String version, String title, List<Citation> sources, List<Rule> rules) {}
}
