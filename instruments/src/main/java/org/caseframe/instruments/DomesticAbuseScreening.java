package org.caseframe.instruments;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.scoring.Scorer;
import org.caseframe.core.scoring.ScoringResult;

/**
 * The outcome of a DASH-style domestic abuse checklist: the yes count, the level it gives, the level that stands after
 * professional judgement (which may raise, never lower, it) and whether a MARAC referral is due.
 *
 * @param yesCount how many questions were answered yes
 * @param suggested the level the count gives
 * @param level the level that stands
 * @param raisedByJudgement whether professional judgement raised the level
 * @param maracReferralDue whether the standing level is high, so a referral to MARAC is due
 * @param reasons how the suggested level was reached
 */
public record DomesticAbuseScreening(
        int yesCount,
        String suggested,
        String level,
        boolean raisedByJudgement,
        boolean maracReferralDue,
        List<String> reasons) {

    /** The level at which a MARAC referral is due (SafeLives guidance: 14 or more yes answers, or raised to high). */
    public static final String MARAC_LEVEL = "HIGH";

    public DomesticAbuseScreening {
        Objects.requireNonNull(suggested, "suggested");
        Objects.requireNonNull(level, "level");
        reasons = List.copyOf(reasons);
    }

    /**
     * Screens a checklist assessment made under a counting definition such as {@code dash-style@1.0}.
     *
     * @throws IllegalArgumentException if the definition does not count answers
     */
    public static DomesticAbuseScreening of(InstrumentDefinition definition, Assessment assessment) {
        ScoringResult r = Scorer.score(definition, assessment)
                .filter(s -> s.count().isPresent())
                .orElseThrow(() -> new IllegalArgumentException(definition.ref() + " does not count answers"));
        return new DomesticAbuseScreening(
                r.count().orElseThrow(),
                r.suggested(),
                r.level(),
                r.raisedByJudgement(),
                MARAC_LEVEL.equals(r.level()),
                r.reasons());
    }

    /** The screening of the newest finished assessment made under any version of {@code instrumentId}. */
    public static Optional<DomesticAbuseScreening> latest(
            org.caseframe.core.model.CaseFile caseFile, InstrumentCatalogue catalogue, String instrumentId) {
        return Assessments.latestFinished(caseFile, instrumentId)
                .flatMap(a -> catalogue.find(a.instrument()).map(d -> of(d, a)));
    }

    /** The screening of {@code assessed}'s latest finished assessment under {@code instrumentId}, if any. */
    public static Optional<DomesticAbuseScreening> latest(AssessedCase assessed, String instrumentId) {
        return assessed.latestFinished(instrumentId)
                .flatMap(a -> assessed.definition(a).map(d -> of(d, a)));
    }
}
