package org.caseframe.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.caseframe.core.model.Countersignature;
import org.caseframe.core.model.EventKind;
import org.caseframe.core.model.Evidence;
import org.caseframe.core.model.HandlingRestriction;
import org.caseframe.core.model.InstrumentRef;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.model.KeyDates;
import org.caseframe.core.model.LegalStatus;
import org.caseframe.core.model.NameUse;
import org.caseframe.core.model.OpenItem;
import org.caseframe.core.model.PersonName;
import org.caseframe.core.model.Practitioner;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.core.model.RiskScenario;
import org.caseframe.core.model.Sentence;
import org.caseframe.core.model.Sex;
import org.caseframe.core.model.SourceAgency;
import org.caseframe.core.model.Subject;
import org.caseframe.core.model.SummaryJudgement;
import org.caseframe.core.model.TransitionPoint;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generates arbitrary case files that are valid without instrument definitions (ids unique, references resolvable,
 * dates ordered and before {@link Fixtures#CLOCK}), with text chosen to stress quoting: YAML indicators, quotes,
 * digits that look like numbers or booleans, and Arabic script.
 */
public final class CaseFileGen {
    private static final String[] WORDS = {
        "grievance", "yes", "no", "true", "null", "1.0", "007", "- dash", "key: value", "#hash", "'single'",
        "\"double\"", "{brace}", "[list]", "&anchor", "*star", "!bang", "%pct", "@at", "`tick`", "آدم", "تست",
        "اردو", "مثال", "Ünïcödé", "tab\there", "line\nbreak", "~", "back\\slash", "  padded  ", "Ok."
    };
    private static final LocalDate FIRST = LocalDate.of(1950, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2024, 5, 31).toEpochDay() - FIRST.toEpochDay());

    private CaseFileGen() {}

    public static Gen<CaseFile> caseFiles() {
        return CaseFileGen::caseFile;
    }

    /** Non-blank text made of tricky words. */
    public static Gen<String> text() {
        return in -> {
            int n = between(in, 1, 5);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    b.append(' ');
                }
                b.append(WORDS[pick(in, WORDS.length)]);
            }
            String s = b.toString();
            return s.isBlank() ? "x" + s : s;
        };
    }

    public static Gen<Instant> instants() {
        return in -> Instant.parse("2020-01-01T00:00:00Z").plusSeconds(between(in, 0, 100_000_000));
    }

    private static CaseFile caseFile(RandomnessSource in) {
        int evidenceCount = between(in, 0, 4);
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < evidenceCount; i++) {
            evidence.add(new Evidence(
                    "E" + i,
                    text(in),
                    oneOf(in, SourceAgency.values()),
                    date(in),
                    maybe(in, () -> text(in).substring(0, 1) + "REF"),
                    oneOf(in, ProtectiveMarking.values()),
                    maybe(in, () -> oneOf(in, HandlingRestriction.values()))));
        }
        List<String> evidenceIds = evidence.stream().map(Evidence::id).toList();
        List<Assessment> assessments = new ArrayList<>();
        for (int i = 0; i < between(in, 0, 3); i++) {
            assessments.add(assessment(in, "A" + i, evidenceIds));
        }
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < between(in, 0, 3); i++) {
            checks.add(new Check(
                    oneOf(in, CheckKind.values()),
                    date(in),
                    oneOf(in, TransitionPoint.values()),
                    oneOf(in, CheckOutcome.values()),
                    maybe(in, () -> text(in)),
                    refs(in, evidenceIds)));
        }
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < between(in, 0, 3); i++) {
            contacts.add(new Contact(date(in), oneOf(in, ContactKind.values()), text(in), practitioner(in)));
        }
        DecisionLog log = DecisionLog.empty();
        Instant at = instants().generate(in);
        for (int i = 0; i < between(in, 0, 3); i++) {
            at = at.plusSeconds(between(in, 0, 10_000_000));
            log = log.append(
                    new Decision(
                            practitioner(in),
                            text(in),
                            text(in),
                            oneOf(in, ProtectiveMarking.values()),
                            maybe(in, () -> oneOf(in, HandlingRestriction.values())),
                            between(in, 0, 1) == 0 ? List.of() : List.of("SEALED-" + between(in, 1, 99))),
                    at);
        }
        return new CaseFile(
                CaseFile.CURRENT_SCHEMA_VERSION,
                subject(in),
                oneOf(in, Cohort.values()),
                oneOf(in, LegalStatus.values()),
                maybe(in, () -> sentence(in)),
                evidence,
                assessments,
                checks,
                contacts,
                events(in, evidenceIds),
                log.records());
    }

    private static List<AdverseEvent> events(RandomnessSource in, List<String> evidenceIds) {
        List<AdverseEvent> events = new ArrayList<>();
        for (int i = 0; i < between(in, 0, 2); i++) {
            events.add(new AdverseEvent(date(in), oneOf(in, EventKind.values()), text(in), refs(in, evidenceIds)));
        }
        return events;
    }

    private static Subject subject(RandomnessSource in) {
        List<PersonName> names = new ArrayList<>();
        names.add(new PersonName(
                text(in), NameUse.PRIMARY, maybe(in, () -> oneOf(in, new String[] {"ar", "ur", "en-GB"}))));
        for (int i = 0; i < between(in, 0, 2); i++) {
            names.add(new PersonName(
                    text(in), between(in, 0, 1) == 0 ? NameUse.ALIAS : NameUse.PREVIOUS, Optional.empty()));
        }
        return new Subject("S-" + between(in, 1, 9999), names, date(in), oneOf(in, Sex.values()));
    }

    private static Sentence sentence(RandomnessSource in) {
        LocalDate sentenced = date(in);
        LocalDate release = sentenced.plusDays(between(in, 0, 3000));
        KeyDates dates = new KeyDates(
                Optional.of(sentenced),
                Optional.of(release),
                maybe(in, () -> release.plusDays(between(in, 0, 365))),
                maybe(in, () -> release.plusDays(between(in, 0, 3000))),
                maybe(in, () -> release.plusDays(between(in, 0, 3000))));
        return new Sentence(text(in), maybe(in, () -> between(in, 0, 600)), dates);
    }

    private static Assessment assessment(RandomnessSource in, String id, List<String> evidenceIds) {
        LocalDate started = date(in);
        AssessmentStatus status = oneOf(in, AssessmentStatus.values());
        Optional<LocalDate> completed =
                status.isFinished() || between(in, 0, 1) == 0 ? Optional.of(later(in, started)) : Optional.empty();
        Optional<Countersignature> countersignature = status == AssessmentStatus.COUNTERSIGNED
                ? Optional.of(new Countersignature(practitioner(in), later(in, completed.orElseThrow())))
                : Optional.empty();
        Map<String, ItemRating> ratings = new LinkedHashMap<>();
        for (int i = 0; i < between(in, 0, 4); i++) {
            ratings.put(
                    "F" + between(in, 1, 30),
                    new ItemRating(
                            "LEVEL_" + between(in, 0, 2),
                            maybe(in, () -> "HIGH"),
                            refs(in, evidenceIds),
                            maybe(in, () -> text(in))));
        }
        Map<String, SummaryJudgement> judgements = new LinkedHashMap<>();
        if (between(in, 0, 1) == 1) {
            judgements.put("ENGAGEMENT", new SummaryJudgement("MEDIUM", maybe(in, () -> text(in))));
        }
        Map<String, String> formulation = new LinkedHashMap<>();
        if (between(in, 0, 1) == 1) {
            formulation.put("PATHWAY", text(in));
        }
        List<OpenItem> open = between(in, 0, 1) == 1
                ? List.of(new OpenItem(
                        "P1", text(in), "PARTLY_PRESENT", refs(in, evidenceIds), maybe(in, () -> text(in))))
                : List.of();
        List<RiskScenario> scenarios =
                between(in, 0, 1) == 1 ? List.of(new RiskScenario(text(in), text(in))) : List.of();
        return new Assessment(
                id,
                InstrumentRef.parse("fixture-spj@1.0"),
                practitioner(in),
                started,
                completed,
                status,
                countersignature,
                ratings,
                open,
                judgements,
                org.caseframe.core.model.FormulationText.all(formulation),
                scenarios);
    }

    private static Practitioner practitioner(RandomnessSource in) {
        return new Practitioner(text(in), text(in));
    }

    private static List<String> refs(RandomnessSource in, List<String> ids) {
        if (ids.isEmpty() || between(in, 0, 1) == 0) {
            return List.of();
        }
        return List.of(ids.get(pick(in, ids.size())));
    }

    private static String text(RandomnessSource in) {
        return text().generate(in);
    }

    private static LocalDate date(RandomnessSource in) {
        return FIRST.plusDays(between(in, 0, DAYS - 400));
    }

    private static LocalDate later(RandomnessSource in, LocalDate after) {
        return after.plusDays(between(in, 0, 200));
    }

    private static <T> Optional<T> maybe(RandomnessSource in, java.util.function.Supplier<T> value) {
        return between(in, 0, 1) == 0 ? Optional.empty() : Optional.of(value.get());
    }

    private static <T> T oneOf(RandomnessSource in, T[] values) {
        return values[pick(in, values.length)];
    }

    private static int pick(RandomnessSource in, int size) {
        return between(in, 0, size - 1);
    }

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }
}
