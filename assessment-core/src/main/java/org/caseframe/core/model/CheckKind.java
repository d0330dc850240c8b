package org.caseframe.core.model;

/** Kinds of enquiry made of other agencies. */
public enum CheckKind {
    /** Police domestic-abuse call-out and intelligence enquiry. */
    POLICE_DOMESTIC_ABUSE,
    /** Children's services safeguarding enquiry. */
    CHILDRENS_SERVICES,
    /** Adult safeguarding enquiry. */
    ADULT_SAFEGUARDING,
    /** Counter-terrorism policing information exchange. */
    CT_POLICING,
    OTHER
}
