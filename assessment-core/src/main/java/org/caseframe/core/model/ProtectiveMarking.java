package org.caseframe.core.model;

/**
 * Government Security Classification markings, ordered from least to most protected.
 *
 * <p>The order matters: an audience cleared to one marking may see material at that marking and every marking below
 * it. {@code OFFICIAL_SENSITIVE} is strictly a handling caveat of OFFICIAL in the 2014 scheme, but case-management
 * systems treat it as a step on the same ladder, and so do we.
 */
public enum ProtectiveMarking {
    OFFICIAL("OFFICIAL"),
    OFFICIAL_SENSITIVE("OFFICIAL-SENSITIVE"),
    SECRET("SECRET"),
    TOP_SECRET("TOP SECRET");

    private final String label;

    ProtectiveMarking(String label) {
        this.label = label;
    }

    /** The marking as printed on a document, e.g. {@code OFFICIAL-SENSITIVE}. */
    public String label() {
        return label;
    }

    /** Whether a holder of this clearance may see material carrying {@code marking}. */
    public boolean covers(ProtectiveMarking marking) {
        return compareTo(marking) >= 0;
    }

    /** The higher of two markings. */
    public static ProtectiveMarking highest(ProtectiveMarking a, ProtectiveMarking b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
