package org.caseframe.core.model;

/**
 * The kind of extremist ideology a case's offending or concern is associated with, as counter-terrorism practice
 * groups them. Interventions declare which they are for (a theological and ideological intervention, for example, is
 * matched to a faith tradition).
 */
public enum Ideology {
    /** Islamist extremism. */
    ISLAMIST("Islamist"),
    /** Extreme right-wing terrorism, including racially and ethnically motivated extremism. */
    EXTREME_RIGHT_WING("Extreme right-wing"),
    /** Mixed, unclear or unstable ideology. */
    MIXED_UNCLEAR("Mixed, unclear or unstable"),
    /** Any other ideology (for example left-wing, anarchist or single-issue extremism, or extreme misogyny). */
    OTHER("Other");

    private final String label;

    Ideology(String label) {
        this.label = label;
    }

    /** In words, e.g. "Extreme right-wing". */
    public String label() {
        return label;
    }
}
