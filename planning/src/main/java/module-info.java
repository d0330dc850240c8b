/** Risk profile, the control and interventions matrix as versioned policy, and the decisions it makes. */
module org.caseframe.planning {
    requires transitive org.caseframe.instruments;
    requires java.xml;

    exports org.caseframe.planning.profile;
    exports org.caseframe.planning.matrix;
    exports org.caseframe.planning.plan;
    exports org.caseframe.planning.standards;
    exports org.caseframe.planning.whatif;

    // Policies are bound from their files reflectively.
    opens org.caseframe.planning.matrix to
            com.fasterxml.jackson.databind;
    opens org.caseframe.planning.plan to
            com.fasterxml.jackson.databind;
    opens org.caseframe.planning.standards to
            com.fasterxml.jackson.databind;
    opens org.caseframe.planning.whatif to
            com.fasterxml.jackson.databind;
}
