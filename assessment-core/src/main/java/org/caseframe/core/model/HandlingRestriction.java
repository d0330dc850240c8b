package org.caseframe.core.model;

/**
 * A need-to-know restriction on top of a protective marking. An audience sees restricted material only when it is
 * explicitly permitted that restriction, whatever its clearance.
 */
public enum HandlingRestriction {
    /** Managers only: the "sterile corridor" for material front-line practitioners must not see (inspection 2023). */
    MANAGERS_ONLY,
    /** National Security Division staff only. */
    NSD_ONLY,
    /** Counter-terrorism policing only. */
    CT_POLICING_ONLY,
    /** Not to be disclosed to the person the case is about. */
    NOT_FOR_DISCLOSURE_TO_SUBJECT;

    /** The restriction in words, e.g. "managers only". */
    public String label() {
        return switch (this) {
            case MANAGERS_ONLY -> "managers only";
            case NSD_ONLY -> "NSD only";
            case CT_POLICING_ONLY -> "CT policing only";
            case NOT_FOR_DISCLOSURE_TO_SUBJECT -> "not for disclosure to the subject";
        };
    }
}
