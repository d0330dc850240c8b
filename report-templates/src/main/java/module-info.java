/** Audience redaction, templates and accessible HTML and PDF output. It exports its API packages once they hold types. */
module org.caseframe.report {
    requires transitive org.caseframe.planning;
}
