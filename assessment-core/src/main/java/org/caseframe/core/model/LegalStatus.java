package org.caseframe.core.model;

/** Where the person is in the justice process. */
public enum LegalStatus {
    REMAND,
    CUSTODY,
    LICENCE,
    COMMUNITY_ORDER,
    SUSPENDED_SENTENCE,
    /** Sentence ended; subject to notification requirements (Counter-Terrorism Act 2008 Part 4). */
    POST_SENTENCE_NOTIFICATION
}
