package org.caseframe.core.model;

/** The band an actuarial predictor placed a person in, as recorded in a case file. */
public enum PredictorBand {
    /** The predictor does not apply to the person (e.g. OSP/DC with no sexual offending). */
    NOT_APPLICABLE,
    LOW,
    MEDIUM,
    HIGH,
    VERY_HIGH
}
