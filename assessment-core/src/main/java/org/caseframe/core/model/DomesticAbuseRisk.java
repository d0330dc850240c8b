package org.caseframe.core.model;

/** A domestic abuse risk level, as DASH-style screening grades it, lowest first. */
public enum DomesticAbuseRisk {
    STANDARD,
    MEDIUM,
    HIGH
}
