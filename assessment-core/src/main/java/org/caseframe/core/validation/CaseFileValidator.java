package org.caseframe.core.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.caseframe.core.internal.BeanValidation;
import org.caseframe.core.internal.Pointer;
import org.caseframe.core.internal.ProblemList;
import org.caseframe.core.log.ChainBreak;
import org.caseframe.core.log.DecisionLog;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.DatedFact;
import org.caseframe.core.model.DecisionRecord;
import org.caseframe.core.model.DecisionType;
import org.caseframe.core.model.Evidence;
import org.caseframe.core.model.EvidenceMarking;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.model.KeyDates;
import org.caseframe.core.model.NameUse;
import org.caseframe.core.model.Narratives;
import org.caseframe.core.model.ProtectiveMarking;

/**
 * Checks a case file is internally consistent: Bean Validation constraints, unique ids, resolvable evidence
 * references, dates in order and not after the supplied clock, an intact decision-log chain and, when definitions are
 * supplied, every assessment against the definition it was made under.
 *
 * <p>Immutable and thread-safe.
 */
public final class CaseFileValidator {
    private final Optional<DefinitionLookup> definitions;
    private final Clock clock;

    private CaseFileValidator(Optional<DefinitionLookup> definitions, Clock clock) {
        this.definitions = definitions;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Checks everything but the assessments' content, which needs their definitions. */
    public static CaseFileValidator withoutDefinitions(Clock clock) {
        return new CaseFileValidator(Optional.empty(), clock);
    }

    /** Checks everything, including each assessment against its definition; an unknown definition is a problem. */
    public static CaseFileValidator withDefinitions(DefinitionLookup definitions, Clock clock) {
        return new CaseFileValidator(Optional.of(Objects.requireNonNull(definitions, "definitions")), clock);
    }

    /** Every problem found; empty when the case file is valid. */
    public List<Problem> validate(CaseFile caseFile) {
        return validate(caseFile, true);
    }

    /**
     * Every problem found in a case file that was read through the case-file JSON Schema, which already rules out
     * everything the records' Bean Validation constraints would find (a differential property over the fuzz
     * generators holds the two to the same answers), so those are not checked again: the fast path of {@link
     * org.caseframe.core.io.CaseFileReader}.
     */
    public List<Problem> validateAfterSchema(CaseFile caseFile) {
        return validate(caseFile, false);
    }

    private List<Problem> validate(CaseFile caseFile, boolean beanValidation) {
        ProblemList problems = new ProblemList();
        if (beanValidation) {
            problems.addAll(BeanValidation.validate(caseFile));
        }
        LocalDate today = LocalDate.now(clock);
        if (!CaseFile.CURRENT_SCHEMA_VERSION.equals(caseFile.schemaVersion())) {
            problems.add(
                    "/schemaVersion",
                    ProblemCode.UNSUPPORTED_VERSION,
                    "schema version \""
                            + caseFile.schemaVersion() + "\" is not supported (this library reads "
                            + CaseFile.CURRENT_SCHEMA_VERSION + ")");
        }
        subject(problems, caseFile, today);
        caseFile.sentence().ifPresent(s -> keyDates(problems, s.dates()));
        Set<String> evidenceIds = evidence(problems, caseFile, today);
        assessments(problems, caseFile, evidenceIds, today);
        for (int i = 0; i < caseFile.checks().size(); i++) {
            var check = caseFile.checks().get(i);
            String pointer = Pointer.of("checks", i);
            Dates.notAfter(problems, pointer + "/date", check.date(), today);
            references(problems, pointer + "/evidence", check.evidence(), evidenceIds);
        }
        for (int i = 0; i < caseFile.contacts().size(); i++) {
            Dates.notAfter(
                    problems,
                    Pointer.of("contacts", i, "date"),
                    caseFile.contacts().get(i).date(),
                    today);
        }
        for (int i = 0; i < caseFile.events().size(); i++) {
            var event = caseFile.events().get(i);
            String pointer = Pointer.of("events", i);
            Dates.notAfter(problems, pointer + "/date", event.date(), today);
            references(problems, pointer + "/evidence", event.evidence(), evidenceIds);
        }
        caseFile.ideology().ifPresent(i -> references(problems, "/ideology/evidence", i.evidence(), evidenceIds));
        Map<String, List<? extends DatedFact>> facts = new java.util.LinkedHashMap<>();
        facts.put("predictorResults", caseFile.predictorResults());
        facts.put("predictorInputs", caseFile.predictorInputs());
        facts.put("circumstances", caseFile.circumstances());
        facts.put("roshSummaries", caseFile.roshSummaries());
        facts.put("domesticAbuseSummaries", caseFile.domesticAbuseSummaries());
        facts.forEach((field, list) -> {
            for (int i = 0; i < list.size(); i++) {
                String pointer = Pointer.of(field, i);
                Dates.notAfter(problems, pointer + "/date", list.get(i).date(), today);
                references(problems, pointer + "/evidence", list.get(i).evidence(), evidenceIds);
            }
        });
        for (int i = 0; i < caseFile.roshSummaries().size(); i++) {
            var summary = caseFile.roshSummaries().get(i);
            if (summary.community().isEmpty() && summary.custody().isEmpty()) {
                problems.add(
                        Pointer.of("roshSummaries", i),
                        ProblemCode.MISSING_FIELD,
                        "a RoSH summary rates at least one group in the community or in custody");
            }
        }
        decisionLog(problems, caseFile);
        narratives(problems, caseFile);
        return problems.toList();
    }

    /**
     * Every piece of narrative whose stated marking is below what it cites, and every sanitised version that names no
     * decision-log record.
     */
    private static void narratives(ProblemList problems, CaseFile caseFile) {
        Set<Integer> sequences = new HashSet<>();
        caseFile.decisionLog().forEach(r -> sequences.add(r.sequence()));
        for (Narratives.Text t : Narratives.of(caseFile).all()) {
            ProtectiveMarking cited = ProtectiveMarking.OFFICIAL;
            for (String id : t.cited()) {
                Optional<Evidence> e = caseFile.evidence(id);
                if (e.isPresent()) {
                    cited = ProtectiveMarking.highest(cited, e.get().marking());
                }
            }
            if (t.stated().isPresent() && !t.stated().get().covers(cited)) {
                problems.add(
                        t.pointer() + "/" + t.markingField(),
                        ProblemCode.INVALID_VALUE,
                        t.stated().get().name() + " is below " + cited.name() + ", the highest marking of the evidence"
                                + " this " + t.kind().word() + " is written from ("
                                + String.join(", ", t.cited()) + "); text written from material is marked at least"
                                + " as high as it (write a sanitised version, with a decision-log record, for a"
                                + " wider audience)");
            }
            if (t.sanitised().isPresent()
                    && !sequences.contains(t.sanitised().get().decision())) {
                problems.add(
                        t.pointer() + "/" + sanitisedField(t.markingField()) + "/decision",
                        ProblemCode.UNRESOLVED_REFERENCE,
                        "no decision-log record has sequence "
                                + t.sanitised().get().decision()
                                + "; a sanitised version names the record of who sanitised it and when");
            }
        }
    }

    private static String sanitisedField(String markingField) {
        return switch (markingField) {
            case "rationaleMarking" -> "sanitisedRationale";
            case "noteMarking" -> "sanitisedNote";
            default -> "sanitised";
        };
    }

    private static void subject(ProblemList problems, CaseFile caseFile, LocalDate today) {
        long primary = caseFile.subject().names().stream()
                .filter(n -> n.use() == NameUse.PRIMARY)
                .count();
        if (primary != 1) {
            problems.add(
                    "/subject/names",
                    ProblemCode.INVALID_VALUE,
                    "exactly one name must have use PRIMARY; " + primary + " do");
        }
        Dates.notAfter(problems, "/subject/dateOfBirth", caseFile.subject().dateOfBirth(), today);
    }

    private static void keyDates(ProblemList problems, KeyDates d) {
        String base = "/sentence/dates";
        d.sentenced().ifPresent(s -> {
            d.release().ifPresent(r -> Dates.ordered(problems, base + "/release", s, "sentence", r, "release"));
            d.sentenceEnd()
                    .ifPresent(e -> Dates.ordered(problems, base + "/sentenceEnd", s, "sentence", e, "sentence end"));
        });
        d.release().ifPresent(r -> {
            d.approvedPremisesExit()
                    .ifPresent(ap -> Dates.ordered(
                            problems, base + "/approvedPremisesExit", r, "release", ap, "approved-premises exit"));
            d.licenceEnd()
                    .ifPresent(le -> Dates.ordered(problems, base + "/licenceEnd", r, "release", le, "licence end"));
        });
    }

    private static Set<String> evidence(ProblemList problems, CaseFile caseFile, LocalDate today) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < caseFile.evidence().size(); i++) {
            Evidence e = caseFile.evidence().get(i);
            if (!ids.add(e.id())) {
                problems.add(
                        Pointer.of("evidence", i, "id"),
                        ProblemCode.DUPLICATE_ID,
                        "evidence id \"" + e.id() + "\" is used more than once");
            }
            Dates.notAfter(problems, Pointer.of("evidence", i, "date"), e.date(), today);
        }
        return ids;
    }

    private void assessments(ProblemList problems, CaseFile caseFile, Set<String> evidenceIds, LocalDate today) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < caseFile.assessments().size(); i++) {
            Assessment a = caseFile.assessments().get(i);
            String base = Pointer.of("assessments", i);
            if (!ids.add(a.id())) {
                problems.add(
                        base + "/id",
                        ProblemCode.DUPLICATE_ID,
                        "assessment id \"" + a.id() + "\" is used more than once");
            }
            for (var rating : a.ratings().entrySet()) {
                ItemRating r = rating.getValue();
                references(
                        problems,
                        Pointer.child(base + "/ratings", rating.getKey()) + "/evidence",
                        r.evidence(),
                        evidenceIds);
            }
            for (int o = 0; o < a.openItems().size(); o++) {
                references(
                        problems,
                        base + "/openItems/" + o + "/evidence",
                        a.openItems().get(o).evidence(),
                        evidenceIds);
            }
            a.judgements()
                    .forEach((id, j) -> references(
                            problems,
                            Pointer.child(base + "/judgements", id) + "/evidence",
                            j.evidence(),
                            evidenceIds));
            a.formulation()
                    .forEach((id, f) -> references(
                            problems,
                            Pointer.child(base + "/formulation", id) + "/evidence",
                            f.evidence(),
                            evidenceIds));
            for (int s = 0; s < a.scenarios().size(); s++) {
                references(
                        problems,
                        base + "/scenarios/" + s + "/evidence",
                        a.scenarios().get(s).evidence(),
                        evidenceIds);
            }
            if (definitions.isPresent()) {
                Optional<InstrumentDefinition> definition = definitions.get().find(a.instrument());
                if (definition.isEmpty()) {
                    problems.add(
                            base + "/instrument",
                            ProblemCode.UNKNOWN_INSTRUMENT,
                            "no definition of " + a.instrument()
                                    + " is available; add its definition file or fix the reference");
                } else {
                    problems.addAll(AssessmentValidator.validate(definition.get(), a, today, base));
                }
            }
        }
    }

    private static void references(ProblemList problems, String pointer, List<String> refs, Set<String> known) {
        for (int i = 0; i < refs.size(); i++) {
            if (!known.contains(refs.get(i))) {
                problems.add(
                        pointer + "/" + i,
                        ProblemCode.UNRESOLVED_REFERENCE,
                        "no evidence has id \"" + refs.get(i) + "\"" + Suggestions.hint(refs.get(i), known));
            }
        }
    }

    private void decisionLog(ProblemList problems, CaseFile caseFile) {
        List<DecisionRecord> records = caseFile.decisionLog();
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).at().isAfter(clock.instant())) {
                problems.add(
                        Pointer.of("decisionLog", i, "at"),
                        ProblemCode.DATE_IN_FUTURE,
                        records.get(i).at() + " is after now (" + clock.instant() + ")");
            }
        }
        for (int i = 0; i < records.size(); i++) {
            DecisionRecord r = records.get(i);
            boolean review = r.type().equals(Optional.of(DecisionType.MAPPA_REVIEW));
            if (review && r.mappaLevel().isEmpty()) {
                problems.add(
                        Pointer.of("decisionLog", i, "mappaLevel"),
                        ProblemCode.MISSING_FIELD,
                        "a MAPPA review records the level the panel decided (mappaLevel, 1 to 3)");
            }
            if (!review && r.mappaLevel().isPresent()) {
                problems.add(
                        Pointer.of("decisionLog", i, "mappaLevel"),
                        ProblemCode.INVALID_VALUE,
                        "only a MAPPA review (type: MAPPA_REVIEW) decides a level");
            }
        }
        Map<String, DecisionLog.Recorded> recorded = DecisionLog.of(records).recordedMarkings();
        for (int i = 0; i < caseFile.evidence().size(); i++) {
            Evidence e = caseFile.evidence().get(i);
            DecisionLog.Recorded was = recorded.get(e.id());
            EvidenceMarking now = EvidenceMarking.of(e);
            if (was != null && !was.marking().equals(now)) {
                problems.add(
                        Pointer.of("evidence", i, was.marking().marking() != now.marking() ? "marking" : "handling"),
                        ProblemCode.MARKING_NOT_LOGGED,
                        e.id() + " is marked " + now.describe() + ", but decision-log record " + was.sequence()
                                + " recorded it as " + was.marking().describe() + " and no later record changes it;"
                                + " a change of marking is a decision: record it (caseframe log append) or put the"
                                + " marking back");
            }
        }
        Optional<ChainBreak> broken = DecisionLog.of(records).verify();
        broken.ifPresent(b -> problems.add(
                Pointer.of("decisionLog", b.index()),
                ProblemCode.CHAIN_BROKEN,
                "decision log chain broken (" + b.reason().name().toLowerCase(java.util.Locale.ROOT) + "): "
                        + b.detail()));
    }
}
