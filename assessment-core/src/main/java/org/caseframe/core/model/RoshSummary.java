package org.caseframe.core.model;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A risk of serious harm summary recorded without a whole OASys-style assessment: the level for each group in each
 * setting, who assessed it, when, and on what evidence. Plans say when a decision rests on a summary rather than a
 * completed assessment; a completed assessment made later takes its place.
 *
 * @param date when it was assessed
 * @param assessor who assessed it
 * @param community the level for each group rated in the community
 * @param custody the level for each group rated in custody
 * @param evidence ids of the evidence it rests on
 */
public record RoshSummary(
        LocalDate date,
        @Valid Practitioner assessor,
        Map<RoshGroup, RoshLevel> community,
        Map<RoshGroup, RoshLevel> custody,
        List<String> evidence)
        implements DatedFact {
    public RoshSummary {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(assessor, "assessor");
        community = Optionals.orderedMap(community);
        custody = Optionals.orderedMap(custody);
        evidence = Optionals.list(evidence);
    }
}
