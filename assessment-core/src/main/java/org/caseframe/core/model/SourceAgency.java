package org.caseframe.core.model;

/** The agency a piece of evidence came from. */
public enum SourceAgency {
    PRISON,
    PROBATION,
    NSD,
    CT_POLICING,
    PSYCHOLOGY,
    SECURITY_SERVICE,
    OTHER
}
