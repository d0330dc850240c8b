/** Embedding examples: short programs that use the library as an embedder would. */
module org.caseframe.examples {
    requires org.caseframe;
    requires java.logging;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports org.caseframe.examples.embedding;
}
