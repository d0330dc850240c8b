package org.caseframe.core.model;

/**
 * The kinds of decision people make that a plan rests on, recorded as structured decision-log records so that the
 * planner can read them rather than guess from words. A record without a type is a decision in words only.
 */
public enum DecisionType {
    /** A MAPPA panel review that decided the level (the record's {@code mappaLevel}). */
    MAPPA_REVIEW("MAPPA review", "The MAPPA panel reviewed the case and decided its management level."),
    /** The risk management plan was agreed and put in place. */
    RISK_MANAGEMENT_PLAN_IN_PLACE(
            "Risk management plan in place", "The risk management plan was agreed and every part of it is in place."),
    /** The CT assessment summary was shared with the prison offender manager (recommendation 17). */
    CT_SUMMARY_SHARED_WITH_POM(
            "CT summary shared with the POM",
            "The summary of the counter-terrorism assessment was shared with the prison offender manager."),
    /** Narrative was sanitised for a wider audience. */
    SANITISATION("Sanitisation", "A sanitised version of restricted narrative was written for a wider audience."),
    /** An evidence item's protective marking or handling was changed. */
    MARKING_CHANGE("Change of marking", "The protective marking or handling of evidence was changed."),
    /** An assessor finished an assessment: its ratings and judgements are final (the record names it). */
    ASSESSMENT_FINISHED("Assessment finished", "The assessor finished the assessment; its judgements are final."),
    /** A second practitioner countersigned a finished assessment (the record names it). */
    ASSESSMENT_COUNTERSIGNED(
            "Assessment countersigned", "A second practitioner reviewed the finished assessment and countersigned it.");

    private final String label;
    private final String description;

    DecisionType(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** In words, e.g. "MAPPA review". */
    public String label() {
        return label;
    }

    /** What such a decision is. */
    public String description() {
        return description;
    }
}
