package org.caseframe.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates a sentence turns on. Any may be unknown or not apply.
 *
 * @param sentenced date of sentence
 * @param release date of release from custody (actual or expected)
 * @param approvedPremisesExit date of leaving approved premises
 * @param licenceEnd end of licence
 * @param sentenceEnd end of sentence
 */
public record KeyDates(
        Optional<LocalDate> sentenced,
        Optional<LocalDate> release,
        Optional<LocalDate> approvedPremisesExit,
        Optional<LocalDate> licenceEnd,
        Optional<LocalDate> sentenceEnd) {

    public KeyDates {
        sentenced = Optionals.orEmpty(sentenced);
        release = Optionals.orEmpty(release);
        approvedPremisesExit = Optionals.orEmpty(approvedPremisesExit);
        licenceEnd = Optionals.orEmpty(licenceEnd);
        sentenceEnd = Optionals.orEmpty(sentenceEnd);
    }

    /** No dates known. */
    public static KeyDates none() {
        return new KeyDates(null, null, null, null, null);
    }
}
