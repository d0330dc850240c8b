/** The caseframe command line: a thin picocli layer over the library. */
module org.caseframe.cli {
    requires org.caseframe;
    requires info.picocli;
    requires java.logging;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    // picocli sets annotated fields reflectively.
    opens org.caseframe.cli to
            info.picocli;
}
