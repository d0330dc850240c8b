package org.caseframe.core.model;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The inputs of an actuarial predictor (OGRS3, OVP, OGP, OSP/DC, OSP/IIC) recorded in a case file, so that Caseframe
 * calculates the result and it reaches the risk profile. The fields are the predictor's own, as {@code caseframe
 * predict} reads them; they are checked against the predictor when the case is read.
 *
 * @param model the predictor and version, e.g. {@code osp-dc@1.1}
 * @param date the date the inputs describe (the calculation is as of this date)
 * @param inputs the predictor's input fields
 * @param evidence ids of the evidence recording them
 */
public record PredictorInputs(
        @Pattern(
                regexp = "^(ogrs3|ovp|ogp|osp-dc|osp-iic)@[0-9]+(\\.[0-9]+)*$",
                message = "must be a predictor and version, e.g. osp-dc@1.1 (ogrs3, ovp, ogp, osp-dc or osp-iic)")
        String model,

        LocalDate date,
        Map<String, Object> inputs,
        List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> evidence)
        implements DatedFact {

    public PredictorInputs {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(date, "date");
        inputs = inputs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        evidence = Optionals.list(evidence);
    }
}
