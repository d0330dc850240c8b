package org.caseframe.core.model;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A domestic abuse history summary recorded without a whole DASH-style screening: the risk level, whether a MARAC
 * referral is due, who assessed it, when, and on what evidence. Plans say when a decision rests on a summary rather
 * than a completed screening; a screening completed later takes its place.
 *
 * @param date when it was assessed
 * @param assessor who assessed it
 * @param level the domestic abuse risk level
 * @param maracReferralDue whether a MARAC referral is due; when left out, due at {@code HIGH}
 * @param evidence ids of the evidence it rests on
 */
public record DomesticAbuseSummary(
        LocalDate date,
        @Valid Practitioner assessor,
        DomesticAbuseRisk level,
        Optional<Boolean> maracReferralDue,
        List<String> evidence)
        implements DatedFact {
    public DomesticAbuseSummary {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(assessor, "assessor");
        Objects.requireNonNull(level, "level");
        maracReferralDue = Optionals.orEmpty(maracReferralDue);
        evidence = Optionals.list(evidence);
    }

    /** Whether a MARAC referral is due: as stated, else at a high level. */
    public boolean maracDue() {
        return maracReferralDue.orElse(level == DomesticAbuseRisk.HIGH);
    }
}
