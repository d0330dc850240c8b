package org.caseframe.planning.profile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.caseframe.core.model.AdverseEvent;
import org.caseframe.core.model.Check;
import org.caseframe.core.model.CheckKind;
import org.caseframe.core.model.CheckOutcome;
import org.caseframe.core.model.Circumstances;
import org.caseframe.core.model.DecisionRecord;
import org.caseframe.core.model.DecisionType;
import org.caseframe.core.model.DomesticAbuseSummary;
import org.caseframe.core.model.KeyDates;
import org.caseframe.core.model.LegalStatus;
import org.caseframe.core.model.PredictorResult;
import org.caseframe.core.model.RoshGroup;
import org.caseframe.core.model.RoshLevel;
import org.caseframe.core.model.RoshSummary;
import org.caseframe.core.model.SummaryJudgement;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.DomesticAbuseScreening;
import org.caseframe.instruments.HomeVisitPlan;

/**
 * Derives a {@link RiskProfile} from an assessed case's latest finished assessments and records, as of its date.
 * Whatever the case does not establish stays unknown.
 */
public final class RiskProfiles {
    /** Instrument ids the profile reads; any version is read with its own definition. */
    static final String ERG = "erg22plus";

    static final String PATHFINDER = "pathfinder-style";
    static final String OASYS = "oasys-style";
    static final String DASH = "dash-style";
    static final String HOME_VISIT = "home-visit-safety";
    static final String SEXUAL_HARM = "sexual-harm-dynamic";

    private RiskProfiles() {}

    /** The profile of an assessed case, as of the date it was assessed as of. */
    public static RiskProfile of(AssessedCase caseFile) {
        LocalDate asOf = caseFile.asOf();
        Map<Factor, String> levels = new EnumMap<>(Factor.class);
        Map<Factor, Integer> months = new EnumMap<>(Factor.class);
        levels.put(Factor.COHORT, caseFile.cohort().name());
        judgement(caseFile, ERG, "ENGAGEMENT").ifPresent(v -> levels.put(Factor.ERG_ENGAGEMENT, v));
        judgement(caseFile, ERG, "INTENT").ifPresent(v -> levels.put(Factor.ERG_INTENT, v));
        judgement(caseFile, ERG, "CAPABILITY").ifPresent(v -> levels.put(Factor.ERG_CAPABILITY, v));
        judgement(caseFile, PATHFINDER, "PRESENTING_RISK").ifPresent(v -> levels.put(Factor.PRESENTING_RISK, v));
        judgement(caseFile, SEXUAL_HARM, "SEXUAL_HARM_RISK").ifPresent(v -> levels.put(Factor.SEXUAL_HARM, v));
        Optional<RoshSummary> rosh = roshSummaryInUse(caseFile);
        if (rosh.isPresent()) {
            highest(rosh.get().community()).ifPresent(v -> levels.put(Factor.ROSH_COMMUNITY, v));
            highest(rosh.get().custody()).ifPresent(v -> levels.put(Factor.ROSH_CUSTODY, v));
        } else {
            caseFile.oasys().ifPresent(r -> {
                r.overallCommunity().ifPresent(v -> levels.put(Factor.ROSH_COMMUNITY, v));
                r.overallCustody().ifPresent(v -> levels.put(Factor.ROSH_CUSTODY, v));
            });
        }
        Optional<DomesticAbuseSummary> da = domesticAbuseSummaryInUse(caseFile);
        if (da.isPresent()) {
            levels.put(Factor.DOMESTIC_ABUSE, da.get().level().name());
            levels.put(Factor.MARAC_REFERRAL, da.get().maracDue() ? "DUE" : "NOT_DUE");
        } else {
            DomesticAbuseScreening.latest(caseFile, DASH).ifPresent(s -> {
                levels.put(Factor.DOMESTIC_ABUSE, s.level());
                levels.put(Factor.MARAC_REFERRAL, s.maracReferralDue() ? "DUE" : "NOT_DUE");
            });
        }
        latestStated(caseFile, Circumstances::childrenInHousehold)
                .ifPresent(v -> levels.put(Factor.CHILDREN_IN_HOUSEHOLD, v ? "PRESENT" : "NONE"));
        latestStated(caseFile, Circumstances::adultSafeguardingConcern)
                .ifPresent(v -> levels.put(Factor.ADULT_SAFEGUARDING, v ? "CONCERN" : "NO_CONCERN"));
        caseFile.latestFinished(HOME_VISIT)
                .flatMap(a -> caseFile.definition(a).map(d -> HomeVisitPlan.of(d, a)))
                .filter(v -> Factor.HOME_VISIT_PLAN.levels().contains(v.plan()))
                .ifPresent(v -> levels.put(Factor.HOME_VISIT_PLAN, v.plan()));
        levels.put(Factor.DOMESTIC_ABUSE_ENQUIRIES, enquiriesMade(caseFile) ? "MADE" : "NOT_MADE");

        KeyDates dates = caseFile.sentence().map(s -> s.dates()).orElse(KeyDates.none());
        Optional<LocalDate> communityStart =
                communityStart(caseFile.legalStatus(), dates).filter(d -> !d.isAfter(asOf));
        stage(caseFile.legalStatus(), communityStart, asOf).ifPresent(v -> levels.put(Factor.STAGE, v));
        dates.release()
                .filter(r -> !r.isAfter(asOf))
                .ifPresent(r -> months.put(Factor.MONTHS_SINCE_RELEASE, monthsBetween(r, asOf)));
        stableSince(caseFile).ifPresent(from -> months.put(Factor.MONTHS_STABLE, monthsBetween(from, asOf)));
        approvedPremises(caseFile.legalStatus(), dates, asOf, levels, months);
        // The latest recorded result of each predictor, as of the case's date.
        for (PredictorResult result : caseFile.predictorResults()) {
            Optional<Factor> factor = switch (result.predictor()) {
                case "ogrs3" -> Optional.of(Factor.OGRS3);
                case "ovp" -> Optional.of(Factor.OVP);
                case "osp-dc" -> Optional.of(Factor.OSP_DC);
                case "osp-iic" -> Optional.of(Factor.OSP_IIC);
                default -> Optional.empty();
            };
            if (factor.isPresent()
                    && !result.date().isAfter(asOf)
                    && factor.get().levels().contains(result.band().name())) {
                levels.put(factor.get(), result.band().name());
            }
        }
        levels.put(
                Factor.MAPPA_REVIEW,
                latestReview(caseFile)
                        .flatMap(DecisionRecord::mappaLevel)
                        .map(l -> "LEVEL_" + l)
                        .orElse("NONE"));
        levels.put(
                Factor.RISK_MANAGEMENT_PLAN,
                riskManagementPlanInPlace(caseFile).isPresent() ? "IN_PLACE" : "NOT_RECORDED");
        return new RiskProfile(asOf, levels, months);
    }

    /**
     * The RoSH summary the profile reads, if any: the latest on or before the case's date, when there is no finished
     * OASys-style assessment completed on or after it.
     */
    public static Optional<RoshSummary> roshSummaryInUse(AssessedCase caseFile) {
        Optional<RoshSummary> latest = caseFile.roshSummaries().stream()
                .filter(r -> !r.date().isAfter(caseFile.asOf()))
                .reduce((a, b) -> b.date().isBefore(a.date()) ? a : b);
        Optional<LocalDate> assessed = caseFile.oasys()
                .filter(r -> r.overall().isPresent())
                .flatMap(r -> caseFile.latestFinished(OASYS).flatMap(a -> a.completed()));
        return latest.filter(r -> assessed.map(d -> r.date().isAfter(d)).orElse(true));
    }

    /**
     * The domestic abuse history summary the profile reads, if any: the latest on or before the case's date, when
     * there is no finished DASH-style screening completed on or after it.
     */
    public static Optional<DomesticAbuseSummary> domesticAbuseSummaryInUse(AssessedCase caseFile) {
        Optional<DomesticAbuseSummary> latest = caseFile.domesticAbuseSummaries().stream()
                .filter(r -> !r.date().isAfter(caseFile.asOf()))
                .reduce((a, b) -> b.date().isBefore(a.date()) ? a : b);
        Optional<LocalDate> screened = caseFile.latestFinished(DASH)
                .filter(a -> caseFile.definition(a).isPresent())
                .flatMap(a -> a.completed());
        return latest.filter(r -> screened.map(d -> r.date().isAfter(d)).orElse(true));
    }

    /**
     * Each factor the profile takes from a summary rather than a completed assessment, with the summary in words, e.g.
     * "a RoSH summary of 2026-05-01 by Jo Fictional (Community offender manager)".
     */
    public static Map<Factor, String> fromSummaries(AssessedCase caseFile) {
        Map<Factor, String> out = new EnumMap<>(Factor.class);
        roshSummaryInUse(caseFile).ifPresent(r -> {
            String said = "a RoSH summary of " + r.date() + " by "
                    + r.assessor().name() + " (" + r.assessor().role() + "), not a completed OASys-style assessment";
            if (!r.community().isEmpty()) {
                out.put(Factor.ROSH_COMMUNITY, said);
            }
            if (!r.custody().isEmpty()) {
                out.put(Factor.ROSH_CUSTODY, said);
            }
        });
        domesticAbuseSummaryInUse(caseFile).ifPresent(r -> {
            String said = "a domestic abuse history summary of " + r.date() + " by "
                    + r.assessor().name() + " (" + r.assessor().role() + "), not a completed DASH-style screening";
            out.put(Factor.DOMESTIC_ABUSE, said);
            out.put(Factor.MARAC_REFERRAL, said);
        });
        return out;
    }

    private static Optional<String> highest(Map<RoshGroup, RoshLevel> levels) {
        return levels.values().stream().max(Comparator.naturalOrder()).map(Enum::name);
    }

    // The latest record of circumstances on or before the case's date that states this fact.
    private static Optional<Boolean> latestStated(
            AssessedCase caseFile, java.util.function.Function<Circumstances, Optional<Boolean>> fact) {
        Circumstances found = null;
        for (Circumstances c : caseFile.circumstances()) {
            if (!c.date().isAfter(caseFile.asOf())
                    && fact.apply(c).isPresent()
                    && (found == null || !c.date().isBefore(found.date()))) {
                found = c;
            }
        }
        return found == null ? Optional.empty() : fact.apply(found);
    }

    /**
     * The date stability is counted from: the later of entering the community and the latest adverse event since, if
     * the person is in the community by the case's date.
     */
    public static Optional<LocalDate> stableSince(AssessedCase caseFile) {
        LocalDate asOf = caseFile.asOf();
        KeyDates dates = caseFile.sentence().map(s -> s.dates()).orElse(KeyDates.none());
        return communityStart(caseFile.legalStatus(), dates)
                .filter(d -> !d.isAfter(asOf))
                .map(start -> caseFile.events().stream()
                        .map(AdverseEvent::date)
                        .filter(d -> !d.isAfter(asOf) && d.isAfter(start))
                        .max(LocalDate::compareTo)
                        .orElse(start));
    }

    /** The latest MAPPA review in the decision log recorded on or before the case's date. */
    public static Optional<DecisionRecord> latestReview(AssessedCase caseFile) {
        return typed(caseFile, DecisionType.MAPPA_REVIEW).reduce((a, b) -> b);
    }

    /** The first record of the risk management plan being in place, on or before the case's date. */
    public static Optional<DecisionRecord> riskManagementPlanInPlace(AssessedCase caseFile) {
        return typed(caseFile, DecisionType.RISK_MANAGEMENT_PLAN_IN_PLACE).findFirst();
    }

    private static java.util.stream.Stream<DecisionRecord> typed(AssessedCase caseFile, DecisionType type) {
        LocalDate asOf = caseFile.asOf();
        return caseFile.decisionLog().stream()
                .filter(r -> r.type().equals(Optional.of(type)))
                .filter(r ->
                        !r.at().atZone(java.time.ZoneOffset.UTC).toLocalDate().isAfter(asOf));
    }

    /** A copy of {@code profile} with a predictor band an embedder computed and did not record in the case file. */
    public static RiskProfile withPredictorBand(RiskProfile profile, Factor predictor, String band) {
        return profile.with(predictor, band);
    }

    private static Optional<String> judgement(AssessedCase caseFile, String instrumentId, String judgementId) {
        return caseFile.latestFinished(instrumentId)
                .flatMap(a -> a.judgement(judgementId))
                .map(SummaryJudgement::level);
    }

    // Both a police domestic-abuse enquiry and a children's services enquiry have been answered (recommendation 12).
    private static boolean enquiriesMade(AssessedCase caseFile) {
        return answered(caseFile, CheckKind.POLICE_DOMESTIC_ABUSE) && answered(caseFile, CheckKind.CHILDRENS_SERVICES);
    }

    private static boolean answered(AssessedCase caseFile, CheckKind kind) {
        return caseFile.checks().stream()
                .filter(c -> c.kind() == kind)
                .map(Check::outcome)
                .anyMatch(o -> o != CheckOutcome.AWAITING_RESPONSE);
    }

    private static Optional<LocalDate> communityStart(LegalStatus status, KeyDates dates) {
        return switch (status) {
            case LICENCE, POST_SENTENCE_NOTIFICATION -> dates.release();
            case COMMUNITY_ORDER, SUSPENDED_SENTENCE -> dates.sentenced();
            default -> Optional.empty();
        };
    }

    /** A value of the {@code stage} factor in words, e.g. "the first 12 months in the community". */
    public static String stageLabel(String stage) {
        return switch (stage) {
            case "REMAND" -> "on remand";
            case "PRE_RELEASE_CUSTODY" -> "in custody before release";
            case "FIRST_12_MONTHS_COMMUNITY" -> "in the first 12 months in the community";
            case "LATER_COMMUNITY" -> "in the community after the first 12 months";
            case "POST_SENTENCE_NOTIFICATION" -> "under notification requirements after the sentence";
            default -> "at an unknown stage";
        };
    }

    private static Optional<String> stage(LegalStatus status, Optional<LocalDate> communityStart, LocalDate asOf) {
        return switch (status) {
            case REMAND -> Optional.of("REMAND");
            case CUSTODY -> Optional.of("PRE_RELEASE_CUSTODY");
            case POST_SENTENCE_NOTIFICATION -> Optional.of("POST_SENTENCE_NOTIFICATION");
            default ->
                communityStart.map(
                        start -> monthsBetween(start, asOf) < 12 ? "FIRST_12_MONTHS_COMMUNITY" : "LATER_COMMUNITY");
        };
    }

    private static void approvedPremises(
            LegalStatus status,
            KeyDates dates,
            LocalDate asOf,
            Map<Factor, String> levels,
            Map<Factor, Integer> months) {
        if (status == LegalStatus.REMAND || status == LegalStatus.CUSTODY) {
            levels.put(Factor.APPROVED_PREMISES, "NONE");
            return;
        }
        Optional<LocalDate> release = dates.release().filter(r -> !r.isAfter(asOf));
        if (release.isEmpty()) {
            return;
        }
        Optional<LocalDate> exit = dates.approvedPremisesExit();
        if (exit.isEmpty()) {
            levels.put(Factor.APPROVED_PREMISES, "NONE");
        } else if (asOf.isBefore(exit.get())) {
            levels.put(Factor.APPROVED_PREMISES, "RESIDENT");
        } else {
            levels.put(Factor.APPROVED_PREMISES, "LEFT");
            months.put(Factor.MONTHS_SINCE_APPROVED_PREMISES, monthsBetween(exit.get(), asOf));
        }
    }

    static int monthsBetween(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.MONTHS.between(from, to);
    }
}
