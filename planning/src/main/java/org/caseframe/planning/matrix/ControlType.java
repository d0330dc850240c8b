package org.caseframe.planning.matrix;

/** The controls a policy can call for. */
public enum ControlType {
    ELECTRONIC_MONITORING,
    POLYGRAPH,
    APPROVED_PREMISES_RESIDENCE,
    CURFEW,
    /** Supervision contacts; {@code perWeek} says how many. */
    CONTACT_FREQUENCY,
    HOME_VISITS,
    /** Resettlement visits at home or an agreed location. */
    RESETTLEMENT_VISITS,
    NON_ASSOCIATION,
    EXCLUSION_ZONE,
    DEVICE_MONITORING,
    INTERNET_MONITORING,
    /** A referral to the multi-agency risk assessment conference, for high-risk domestic abuse. */
    MARAC_REFERRAL,
    /** Liaison with children's services about the children in or visiting the household. */
    CHILDRENS_SERVICES_LIAISON,
    /** Liaison with adult social care about an adult at risk. */
    ADULT_SAFEGUARDING_LIAISON
}
