package org.caseframe.core.model;

/** What a recorded name is. */
public enum NameUse {
    PRIMARY,
    ALIAS,
    PREVIOUS
}
