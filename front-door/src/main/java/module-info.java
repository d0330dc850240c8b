/**
 * The front door: {@link org.caseframe.Caseframe}, the one class an embedder starts from. It depends on every other
 * library module and re-exports them, so one dependency gives the whole library.
 */
module org.caseframe {
    requires transitive org.caseframe.report;
    requires com.fasterxml.jackson.databind;

    exports org.caseframe;

    // Plans for an audience are written as JSON reflectively.
    opens org.caseframe to
            com.fasterxml.jackson.databind;
}
