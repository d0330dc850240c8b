package org.caseframe.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Facts about the person's household and the people around them, as recorded on a date: whether children live in
 * the household and whether there is an adult safeguarding concern. A fact left out is not known, and is never
 * treated as "no".
 *
 * @param date when this was established
 * @param childrenInHousehold whether children live in the household, or visit it regularly, if known
 * @param adultSafeguardingConcern whether there is a concern for an adult at risk (for example a partner or relative
 *     with care needs), if known
 * @param evidence ids of the evidence it rests on
 */
public record Circumstances(
        LocalDate date,
        Optional<Boolean> childrenInHousehold,
        Optional<Boolean> adultSafeguardingConcern,
        List<String> evidence)
        implements DatedFact {
    public Circumstances {
        Objects.requireNonNull(date, "date");
        childrenInHousehold = Optionals.orEmpty(childrenInHousehold);
        adultSafeguardingConcern = Optionals.orEmpty(adultSafeguardingConcern);
        evidence = Optionals.list(evidence);
    }
}
