/**
 * The generic Caseframe model: instrument definitions, assessments, evidence with protective marking, case files,
 * validation problems, strict reading and atomic writing, and the hash-chained decision log. Exports its API packages
 * only; {@code org.caseframe.core.internal} may change without notice.
 */
module org.caseframe.core {
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires org.hibernate.validator;
    requires com.networknt.schema;

    exports org.caseframe.core.model;
    exports org.caseframe.core.io;
    exports org.caseframe.core.log;
    exports org.caseframe.core.redaction;
    exports org.caseframe.core.scoring;
    exports org.caseframe.core.validation;

    // Jackson binds and Hibernate Validator inspects the model records reflectively.
    opens org.caseframe.core.model to
            com.fasterxml.jackson.databind,
            org.hibernate.validator;
}
