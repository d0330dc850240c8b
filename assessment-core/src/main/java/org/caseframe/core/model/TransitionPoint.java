package org.caseframe.core.model;

/** The point in the case at which an enquiry was made. */
public enum TransitionPoint {
    PRE_SENTENCE,
    INITIAL_ASSESSMENT,
    PRE_RELEASE,
    RELEASE,
    APPROVED_PREMISES_EXIT,
    CHANGE_OF_CIRCUMSTANCES,
    REVIEW
}
