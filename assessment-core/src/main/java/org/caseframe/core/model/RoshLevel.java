package org.caseframe.core.model;

/** A risk of serious harm level, lowest first. */
public enum RoshLevel {
    LOW,
    MEDIUM,
    HIGH,
    VERY_HIGH
}
