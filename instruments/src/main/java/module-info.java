/** Concrete instruments as versioned data files, found through the instrument catalogue, and the predictors. */
module org.caseframe.instruments {
    requires transitive org.caseframe.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.datatype.jdk8;

    exports org.caseframe.instruments;
    exports org.caseframe.instruments.predictors;

    // Predictor coefficients are bound from their data files reflectively.
    opens org.caseframe.instruments.predictors to
            com.fasterxml.jackson.databind;
    opens org.caseframe.instruments to
            com.fasterxml.jackson.databind;
}
