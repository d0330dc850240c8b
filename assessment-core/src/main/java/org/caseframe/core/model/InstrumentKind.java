package org.caseframe.core.model;

/** What kind of instrument a definition describes; it decides what may be done with its ratings. */
public enum InstrumentKind {
    /** Ratings inform a formulation and assessor-entered judgements; they are never summed into a score. */
    STRUCTURED_PROFESSIONAL_JUDGEMENT,
    /** A statistical model that yields probabilities and bands from recorded facts. */
    ACTUARIAL,
    /** Items answered yes or no, whose count may set a level (e.g. a domestic-abuse risk checklist). */
    CHECKLIST
}
