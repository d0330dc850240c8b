package org.caseframe.instruments.predictors;

import com.fasterxml.jackson.databind.JsonNode;
import org.caseframe.core.validation.InvalidInputException;

/** An actuarial predictor that reads its input from the fields of one JSON object. */
public interface Predictor {
    /** Its name, e.g. {@code ogrs3}. */
    String name();

    /**
     * The prediction for one case.
     *
     * @throws InvalidInputException listing every problem with the fields: missing, unknown, wrong type, out of range
     */
    Prediction predict(JsonNode fields);
}
