package org.caseframe.core.model;

/** Sex as recorded; the published predictors are calibrated separately for each. */
public enum Sex {
    MALE,
    FEMALE
}
