package org.caseframe.core.model;

/** Where an assessment is in its life. */
public enum AssessmentStatus {
    /** Being written; may be incomplete. */
    DRAFT,
    /** Finished by the assessor: every required item rated, every judgement given. */
    COMPLETE,
    /** Complete and countersigned by a second practitioner. */
    COUNTERSIGNED;

    /** Whether the assessment is finished (complete or countersigned). */
    public boolean isFinished() {
        return this != DRAFT;
    }
}
