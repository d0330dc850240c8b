package org.caseframe.core.model;

/** What came back from an enquiry. */
public enum CheckOutcome {
    /** Asked, no answer yet. */
    AWAITING_RESPONSE,
    /** Answered: nothing held. */
    NO_INFORMATION,
    /** Answered: information held, no concerns. */
    INFORMATION_HELD,
    /** Answered: concerns identified that the assessment must weigh. */
    CONCERNS_IDENTIFIED
}
