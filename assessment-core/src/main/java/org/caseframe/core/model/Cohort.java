package org.caseframe.core.model;

/** The counter-terrorism cohort a case belongs to (Hall review 2020; joint inspection 2023). */
public enum Cohort {
    /** Convicted of a terrorism offence. */
    TERRORIST,
    /** Convicted of another offence found to have a terrorist connection (Sentencing Code s.69). */
    TERRORIST_CONNECTED,
    /** No terrorism conviction, but a counter-terrorism concern. */
    TERRORIST_RISK,
    /** No counter-terrorism concern. */
    NONE
}
