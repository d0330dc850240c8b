/** The caseframe command line and embedding examples. */
module org.caseframe.examples {
    requires org.caseframe.report;
    requires info.picocli;
    requires java.logging;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports org.caseframe.examples.embedding;

    // picocli sets annotated fields reflectively.
    opens org.caseframe.examples.cli to
            info.picocli;
}
