/**
 * Risk profile, control and interventions matrix, MAPPA, national standards and the sentence plan. It exports its API
 * packages once they hold types.
 */
module org.caseframe.planning {
    requires transitive org.caseframe.instruments;
}
