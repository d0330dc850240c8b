package org.caseframe.instruments.predictors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.PredictorBand;
import org.caseframe.core.model.PredictorInputs;
import org.caseframe.core.model.PredictorResult;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;

/**
 * Calculates the predictor inputs a case file records: each names its predictor and version, and its fields are the
 * predictor's own; {@code sex} and {@code dateOfBirth} are taken from the subject when left out.
 */
public final class PredictorInputCalculation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PredictorInputCalculation() {}

    /**
     * The result of one set of inputs, dated as the inputs are.
     *
     * @throws InvalidInputException when the predictor is unknown or the inputs are not valid for it, each problem at
     *     its pointer within this entry ({@code /model}, {@code /inputs/FIELD})
     */
    public static PredictorResult result(CaseFile caseFile, PredictorInputs in, Predictors predictors) {
        Optional<Predictor> predictor = predictors.find(in.model(), Ogrs3.Options.DEFAULT);
        if (predictor.isEmpty()) {
            throw new InvalidInputException(
                    in.model(),
                    List.of(new Problem(
                            "/model",
                            ProblemCode.INVALID_VALUE,
                            in.model()
                                    + " is not a predictor version Caseframe knows (bundled or from --predictors)")));
        }
        ObjectNode fields = JSON.valueToTree(in.inputs());
        if (!fields.has("sex")) {
            fields.put("sex", caseFile.subject().sex().name());
        }
        if (!fields.has("dateOfBirth")) {
            fields.put("dateOfBirth", caseFile.subject().dateOfBirth().toString());
        }
        Prediction p;
        try {
            p = predictor.get().predict(fields);
        } catch (InvalidInputException e) {
            List<Problem> problems = new ArrayList<>();
            e.problems().forEach(q -> problems.add(new Problem("/inputs" + q.pointer(), q.code(), q.message())));
            throw new InvalidInputException(in.model(), problems);
        }
        return new PredictorResult(
                p.model(),
                in.date(),
                PredictorBand.valueOf(p.band().name()),
                p.twoYear().or(p::probability),
                in.evidence());
    }

    /** Every problem with the predictor inputs {@code caseFile} records, at its pointer in the case file. */
    public static List<Problem> problems(CaseFile caseFile, Predictors predictors) {
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < caseFile.predictorInputs().size(); i++) {
            try {
                result(caseFile, caseFile.predictorInputs().get(i), predictors);
            } catch (InvalidInputException e) {
                for (Problem q : e.problems()) {
                    out.add(at("/predictorInputs/" + i, q));
                }
            }
        }
        return out;
    }

    /** {@code problem} with its pointer placed under {@code prefix}. */
    public static Problem at(String prefix, Problem problem) {
        return new Problem(prefix + problem.pointer(), problem.code(), problem.message());
    }
}
