/** Concrete instruments as versioned data files, found through the instrument catalogue. */
module org.caseframe.instruments {
    requires transitive org.caseframe.core;

    exports org.caseframe.instruments;
}
