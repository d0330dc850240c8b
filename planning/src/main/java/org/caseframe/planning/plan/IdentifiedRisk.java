package org.caseframe.planning.plan;

/**
 * A risk or need the assessments identified, which the plan must cover with an objective or control
 * (recommendation 13).
 *
 * @param kind the kind, naming its objective template (e.g. {@code ERG_INTENT}, {@code OASYS_NEED})
 * @param description what it is and where it came from, e.g. "erg22plus@1.0 F16 Dehumanisation of the enemy"
 */
public record IdentifiedRisk(String kind, String description) {}
