package org.caseframe.core.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of an actuarial predictor (OGRS3, OVP, OGP, OSP/DC, OSP/IIC) recorded in a case file, computed by Caseframe
 * ({@code caseframe predict}) or taken from OASys, so that it reaches the risk profile the policies decide from.
 *
 * @param model the predictor and version, e.g. {@code osp-dc@1.1}
 * @param date when it was calculated
 * @param band the band
 * @param probability the probability, if given (0 to 1)
 * @param evidence ids of the evidence recording it
 */
public record PredictorResult(
        @Pattern(
                regexp = "^(ogrs3|ovp|ogp|osp-dc|osp-iic)@[0-9]+(\\.[0-9]+)*$",
                message = "must be a predictor and version, e.g. osp-dc@1.1 (ogrs3, ovp, ogp, osp-dc or osp-iic)")
        String model,

        LocalDate date,
        PredictorBand band,
        Optional<@DecimalMin("0") @DecimalMax("1") Double> probability,
        List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> evidence)
        implements DatedFact {

    public PredictorResult {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(band, "band");
        probability = Optionals.orEmpty(probability);
        evidence = Optionals.list(evidence);
    }

    /** The predictor's name, e.g. {@code osp-dc}. */
    public String predictor() {
        int at = model.indexOf('@');
        return at < 0 ? model : model.substring(0, at);
    }
}
