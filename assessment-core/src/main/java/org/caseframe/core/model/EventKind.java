package org.caseframe.core.model;

/** Kinds of adverse event that end a period of stability. */
public enum EventKind {
    RECALL,
    ARREST,
    LICENCE_BREACH,
    CONCERNING_BEHAVIOUR,
    NEW_INTELLIGENCE,
    OTHER
}
