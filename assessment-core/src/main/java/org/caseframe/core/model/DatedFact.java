package org.caseframe.core.model;

import java.time.LocalDate;
import java.util.List;

/** Something a case file records as established on a date, citing evidence. */
public interface DatedFact {
    /** When it was established. */
    LocalDate date();

    /** Ids of the evidence it rests on. */
    List<String> evidence();
}
