package org.caseframe.instruments.predictors;

/** The band a predictor places a probability or score in. */
public enum Band {
    LOW,
    MEDIUM,
    HIGH,
    VERY_HIGH,
    /** The predictor does not apply to this person (e.g. OSP/IIC with no sexual sanctions). */
    NOT_APPLICABLE
}
