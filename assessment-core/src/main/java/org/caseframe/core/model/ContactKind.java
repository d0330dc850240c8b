package org.caseframe.core.model;

/** How a supervision contact took place. */
public enum ContactKind {
    OFFICE,
    HOME_VISIT,
    /** A visit at home or an agreed location to support resettlement. */
    RESETTLEMENT_VISIT,
    TELEPHONE,
    VIDEO,
    MULTI_AGENCY_MEETING,
    /** A polygraph examination under a licence condition. */
    POLYGRAPH_EXAMINATION,
    OTHER
}
