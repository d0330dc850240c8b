package org.caseframe.core.model;

/** A group of people the risk of serious harm is rated for, as in OASys. */
public enum RoshGroup {
    CHILDREN,
    PUBLIC,
    KNOWN_ADULT,
    STAFF,
    PRISONERS
}
