package org.caseframe.planning.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.caseframe.core.log.Decision;
import org.caseframe.core.log.DecisionLog;
import org.caseframe.core.model.AdverseEvent;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.AssessmentStatus;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.Check;
import org.caseframe.core.model.CheckKind;
import org.caseframe.core.model.CheckOutcome;
import org.caseframe.core.model.Cohort;
import org.caseframe.core.model.Contact;
import org.caseframe.core.model.ContactKind;
import org.caseframe.core.model.DecisionType;
import org.caseframe.core.model.EventKind;
import org.caseframe.core.model.FormulationSection;
import org.caseframe.core.model.Ideology;
import org.caseframe.core.model.IdeologyRecord;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.Item;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.model.KeyDates;
import org.caseframe.core.model.LegalStatus;
import org.caseframe.core.model.Level;
import org.caseframe.core.model.NameUse;
import org.caseframe.core.model.PersonName;
import org.caseframe.core.model.Practitioner;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.core.model.RatingScale;
import org.caseframe.core.model.Sentence;
import org.caseframe.core.model.Sex;
import org.caseframe.core.model.Subject;
import org.caseframe.core.model.SummaryJudgement;
import org.caseframe.core.model.SummaryJudgementDefinition;
import org.caseframe.core.model.TransitionPoint;
import org.caseframe.core.scoring.Scorer;
import org.caseframe.instruments.InstrumentCatalogue;

/**
 * Generates realistic, entirely fictional cohorts of valid case files from a seed: the same seed gives the same
 * cohort. Assessments are filled from the instrument definitions themselves, so they are valid under whatever
 * versions the catalogue holds. For what-if comparisons and benchmarks; never a stand-in for real data.
 */
public final class CohortGenerator {
    private static final String[] GIVEN = {"Sample", "Example", "Test", "Demo", "Fiction", "Placeholder"};
    private static final String[] FAMILY = {"Person", "Case", "Subject", "Record", "Entry", "Item"};
    private static final Practitioner PSYCHOLOGIST = new Practitioner("Dr Generated Assessor", "Forensic psychologist");
    private static final Practitioner OFFICER = new Practitioner("Generated Officer", "NSD probation officer");

    private final InstrumentCatalogue catalogue;
    private final LocalDate asOf;

    /**
     * @param catalogue the instruments assessments are made under (the latest version of each is used)
     * @param asOf the date the cohort describes; nothing is dated after it except planned releases
     */
    public CohortGenerator(InstrumentCatalogue catalogue, LocalDate asOf) {
        this.catalogue = catalogue;
        this.asOf = asOf;
    }

    /** {@code count} case files from {@code seed}. */
    public List<CaseFile> generate(int count, long seed) {
        Random random = new Random(seed);
        List<CaseFile> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            CaseFile c = withDecisions(caseFile(random, i + 1), new Random(seed * 31 + i + 1));
            c = withIdeology(c, new Random(seed * 131 + i + 1));
            out.add(withCircumstances(c, new Random(seed * 137 + i + 1)));
        }
        return out;
    }

    // The decisions people record that plans rest on: for most cases in the community, the risk management plan put
    // in place some weeks after release, and for some the MAPPA panel's latest review. Drawn from a stream of its own,
    // so the rest of each case is as it always was for a seed.
    private CaseFile withDecisions(CaseFile c, Random r) {
        Optional<LocalDate> release = c.sentence().flatMap(s -> s.dates().release());
        if (release.isEmpty() || !release.get().isBefore(asOf) || r.nextDouble() >= 0.7) {
            return c;
        }
        LocalDate inPlace = release.get().plusDays(14 + r.nextInt(120));
        if (inPlace.isAfter(asOf)) {
            return c;
        }
        Practitioner manager = new Practitioner("Generated Manager", "NSD senior probation officer");
        CaseFile out = DecisionLog.appendTo(
                c,
                new Decision(
                        manager,
                        "Risk management plan in place",
                        "Generated: licence conditions, monitoring and interventions in place.",
                        ProtectiveMarking.OFFICIAL,
                        Optional.empty(),
                        List.of(),
                        Optional.of(DecisionType.RISK_MANAGEMENT_PLAN_IN_PLACE),
                        Optional.empty()),
                inPlace.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        LocalDate reviewed = inPlace.plusDays(90 + r.nextInt(300));
        if (r.nextDouble() < 0.5 && !reviewed.isAfter(asOf)) {
            int level = r.nextDouble() < 0.6 ? 2 : 3;
            out = DecisionLog.appendTo(
                    out,
                    new Decision(
                            manager,
                            "MAPPA panel review: level " + level,
                            "Generated panel review.",
                            ProtectiveMarking.OFFICIAL,
                            Optional.empty(),
                            List.of(),
                            Optional.of(DecisionType.MAPPA_REVIEW),
                            Optional.of(level)),
                    reviewed.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        }
        return out;
    }

    // The ideology of a CT case, from a stream of its own; one in ten has none recorded.
    private static CaseFile withIdeology(CaseFile c, Random r) {
        if (c.cohort() == Cohort.NONE || r.nextDouble() < 0.1) {
            return c;
        }
        double x = r.nextDouble();
        Ideology type = x < 0.5
                ? Ideology.ISLAMIST
                : x < 0.8 ? Ideology.EXTREME_RIGHT_WING : x < 0.95 ? Ideology.MIXED_UNCLEAR : Ideology.OTHER;
        return c.withIdeology(new IdeologyRecord(List.of(type), List.of()));
    }

    // The household, from a stream of its own: one in eight not recorded; children in three households in ten; an
    // adult safeguarding concern in one in twelve.
    private CaseFile withCircumstances(CaseFile c, Random r) {
        if (r.nextInt(8) == 0) {
            return c;
        }
        return c.withCircumstances(new org.caseframe.core.model.Circumstances(
                asOf.minusMonths(1 + r.nextInt(12)),
                Optional.of(r.nextInt(10) < 3),
                Optional.of(r.nextInt(12) == 0),
                List.of()));
    }

    private CaseFile caseFile(Random r, int n) {
        double c = r.nextDouble();
        Cohort cohort = c < 0.4
                ? Cohort.TERRORIST
                : c < 0.6 ? Cohort.TERRORIST_CONNECTED : c < 0.9 ? Cohort.TERRORIST_RISK : Cohort.NONE;
        double s = r.nextDouble();
        LegalStatus status =
                s < 0.3 ? LegalStatus.CUSTODY : s < 0.9 ? LegalStatus.LICENCE : LegalStatus.COMMUNITY_ORDER;
        LocalDate sentenced = asOf.minusDays(400 + r.nextInt(2500));
        Optional<LocalDate> release = switch (status) {
            case CUSTODY -> Optional.of(asOf.plusDays(30 + r.nextInt(700)));
            case LICENCE -> {
                int served = (int) (asOf.toEpochDay() - sentenced.toEpochDay());
                yield Optional.of(sentenced.plusDays(90 + r.nextInt(served - 90)));
            }
            default -> Optional.empty();
        };
        Optional<LocalDate> apExit =
                release.filter(x -> r.nextDouble() < 0.6).map(x -> x.plusDays(60 + r.nextInt(300)));
        KeyDates dates = new KeyDates(
                Optional.of(sentenced),
                release,
                apExit,
                release.map(x -> x.plusYears(2)),
                release.map(x -> x.plusYears(2)));
        List<Assessment> assessments = new ArrayList<>();
        LocalDate assessed = sentenced.plusDays(30 + r.nextInt(300));
        if (cohort == Cohort.TERRORIST || cohort == Cohort.TERRORIST_CONNECTED) {
            assessments.add(assessment(r, "erg22plus", "ERG-" + n, assessed, true));
        }
        if (cohort == Cohort.TERRORIST_RISK && r.nextDouble() < 0.85) {
            assessments.add(assessment(r, "pathfinder-style", "PF-" + n, assessed, true));
        }
        if (r.nextDouble() < 0.7) {
            assessments.add(assessment(r, "oasys-style", "OASYS-" + n, assessed.plusDays(10), false));
        }
        if (r.nextDouble() < 0.3) {
            assessments.add(assessment(r, "dash-style", "DASH-" + n, assessed.plusDays(20), false));
        }
        if (r.nextDouble() < 0.1) {
            assessments.add(assessment(r, "sexual-harm-dynamic", "SH-" + n, assessed.plusDays(30), true));
        }
        List<Check> checks = new ArrayList<>();
        if (r.nextDouble() < 0.6) {
            checks.add(new Check(
                    CheckKind.POLICE_DOMESTIC_ABUSE,
                    assessed,
                    TransitionPoint.PRE_RELEASE,
                    CheckOutcome.NO_INFORMATION,
                    Optional.empty(),
                    List.of()));
            checks.add(new Check(
                    CheckKind.CHILDRENS_SERVICES,
                    assessed,
                    TransitionPoint.PRE_RELEASE,
                    CheckOutcome.NO_INFORMATION,
                    Optional.empty(),
                    List.of()));
        }
        List<Contact> contacts = new ArrayList<>();
        release.filter(x -> !x.isAfter(asOf)).ifPresent(x -> {
            for (LocalDate d = x; !d.isAfter(asOf) && contacts.size() < 60; d = d.plusDays(3 + r.nextInt(8))) {
                contacts.add(new Contact(
                        d, r.nextDouble() < 0.2 ? ContactKind.HOME_VISIT : ContactKind.OFFICE, "Supervision", OFFICER));
            }
        });
        List<AdverseEvent> events = new ArrayList<>();
        release.filter(x -> x.isBefore(asOf) && r.nextDouble() < 0.2).ifPresent(x -> {
            long span = asOf.toEpochDay() - x.toEpochDay();
            events.add(new AdverseEvent(
                    x.plusDays(r.nextInt((int) Math.max(1, span))),
                    EventKind.LICENCE_BREACH,
                    "Generated licence breach",
                    List.of()));
        });
        Subject subject = new Subject(
                String.format("COH-%06d", n),
                List.of(new PersonName(
                        GIVEN[r.nextInt(GIVEN.length)] + " " + FAMILY[r.nextInt(FAMILY.length)],
                        NameUse.PRIMARY,
                        Optional.empty())),
                asOf.minusYears(18 + r.nextInt(45)).minusDays(r.nextInt(365)),
                r.nextDouble() < 0.9 ? Sex.MALE : Sex.FEMALE);
        return new CaseFile(
                CaseFile.CURRENT_SCHEMA_VERSION,
                subject,
                cohort,
                status,
                Optional.of(new Sentence("Generated determinate sentence", Optional.of(24 + r.nextInt(96)), dates)),
                List.of(),
                assessments,
                checks,
                contacts,
                events,
                List.of());
    }

    // A complete assessment filled from the definition: every item, judgement and required section.
    private Assessment assessment(Random r, String instrumentId, String id, LocalDate started, boolean judgements) {
        InstrumentDefinition d = catalogue
                .latest(instrumentId)
                .orElseThrow(() -> new IllegalStateException("no instrument " + instrumentId + " in the catalogue"));
        Map<String, ItemRating> ratings = new LinkedHashMap<>();
        for (Item item : d.items()) {
            Level level = pick(r, d.scale(item.scale()).orElseThrow());
            ratings.put(
                    item.id(),
                    new ItemRating(
                            level.code(),
                            Optional.empty(),
                            List.of(),
                            level.rationaleRequired() ? Optional.of("Generated rationale") : Optional.empty()));
        }
        Map<String, SummaryJudgement> given = new LinkedHashMap<>();
        if (judgements) {
            for (SummaryJudgementDefinition j : d.judgements()) {
                given.put(
                        j.id(),
                        new SummaryJudgement(
                                pick(r, d.scale(j.scale()).orElseThrow()).code(), Optional.of("Generated rationale")));
            }
        }
        // A scored judgement is entered at the level its scoring suggests, as an assessor accepting it would.
        Assessment unscored = new Assessment(
                id,
                d.ref(),
                PSYCHOLOGIST,
                started,
                Optional.empty(),
                AssessmentStatus.DRAFT,
                Optional.empty(),
                ratings,
                List.of(),
                Map.of(),
                Map.of(),
                List.of());
        Scorer.score(d, unscored)
                .ifPresent(result ->
                        given.put(result.judgement(), new SummaryJudgement(result.suggested(), Optional.empty())));
        Map<String, String> formulation = new LinkedHashMap<>();
        for (FormulationSection section : d.formulationSections()) {
            if (section.required()) {
                formulation.put(section.id(), "Generated " + section.label().toLowerCase(java.util.Locale.ROOT));
            }
        }
        LocalDate completed = started.plusDays(1 + r.nextInt(30));
        return new Assessment(
                id,
                d.ref(),
                PSYCHOLOGIST,
                started,
                Optional.of(completed),
                AssessmentStatus.COMPLETE,
                Optional.empty(),
                ratings,
                List.of(),
                given,
                org.caseframe.core.model.FormulationText.all(formulation),
                List.of());
    }

    private static Level pick(Random r, RatingScale scale) {
        // Lower levels are more common, as in real cohorts.
        int n = scale.levels().size();
        int i = Math.min(n - 1, (int) Math.floor(Math.pow(r.nextDouble(), 1.6) * n));
        return scale.levels().get(i);
    }
}
