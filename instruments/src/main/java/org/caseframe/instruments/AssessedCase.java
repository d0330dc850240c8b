package org.caseframe.instruments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.caseframe.core.model.AdverseEvent;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.Audience;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.Check;
import org.caseframe.core.model.Circumstances;
import org.caseframe.core.model.Cohort;
import org.caseframe.core.model.Contact;
import org.caseframe.core.model.DecisionRecord;
import org.caseframe.core.model.DomesticAbuseSummary;
import org.caseframe.core.model.Evidence;
import org.caseframe.core.model.IdeologyRecord;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.InstrumentRef;
import org.caseframe.core.model.LegalStatus;
import org.caseframe.core.model.Narratives;
import org.caseframe.core.model.PredictorInputs;
import org.caseframe.core.model.PredictorResult;
import org.caseframe.core.model.RoshSummary;
import org.caseframe.core.model.Sentence;
import org.caseframe.core.model.Subject;
import org.caseframe.core.redaction.Redaction;
import org.caseframe.core.scoring.Scorer;
import org.caseframe.core.scoring.ScoringResult;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.caseframe.instruments.predictors.PredictorInputCalculation;
import org.caseframe.instruments.predictors.Predictors;

/**
 * A checked case with its assessments resolved once, as of a date: the latest finished assessment under each
 * instrument, the definition each assessment was made under, the counted instruments' scores, and the case's records.
 * Everything the planner and the reports decide from is here, so nothing after this stage goes back to the case file.
 * Immutable.
 *
 * @param asOf the date the case is assessed as of
 * @param subject the person
 * @param cohort terrorist, terrorist-connected or terrorist-risk
 * @param legalStatus where the person is in their sentence
 * @param sentence the sentence and its key dates, if sentenced
 * @param evidence every evidence item, with its marking and handling
 * @param assessments every assessment, finished or not, in file order
 * @param checks enquiries of other agencies
 * @param contacts supervision contacts
 * @param events adverse events
 * @param decisionLog the decision log
 * @param latestFinished by instrument id, the most recently completed finished assessment under any version of it
 * @param definitions the definition of every instrument version an assessment was made under (those the catalogue
 *     holds)
 * @param scores the score of every assessment under a counted instrument (a checklist), in file order
 * @param oasys the reading of the latest finished OASys-style assessment (sections, needs, RoSH), when there is one
 *     and a section table for its version
 * @param ideology the ideology or ideologies the case records, if any
 * @param predictorResults the actuarial predictor results the case records and those calculated from the predictor
 *     inputs it records, oldest first
 * @param circumstances facts about the household and people around the person, oldest first
 * @param roshSummaries RoSH summaries recorded without a whole OASys-style assessment, oldest first
 * @param domesticAbuseSummaries domestic abuse history summaries recorded without a whole screening, oldest first
 */
public record AssessedCase(
        LocalDate asOf,
        Subject subject,
        Cohort cohort,
        LegalStatus legalStatus,
        Optional<Sentence> sentence,
        List<Evidence> evidence,
        List<Assessment> assessments,
        List<Check> checks,
        List<Contact> contacts,
        List<AdverseEvent> events,
        List<DecisionRecord> decisionLog,
        Map<String, Assessment> latestFinished,
        Map<InstrumentRef, InstrumentDefinition> definitions,
        List<Score> scores,
        Optional<OasysStyle.Result> oasys,
        Optional<IdeologyRecord> ideology,
        List<PredictorResult> predictorResults,
        List<Circumstances> circumstances,
        List<RoshSummary> roshSummaries,
        List<DomesticAbuseSummary> domesticAbuseSummaries) {

    /** One counted instrument's result for one assessment. */
    public record Score(Assessment assessment, ScoringResult result) {
        public Score {
            Objects.requireNonNull(assessment, "assessment");
            Objects.requireNonNull(result, "result");
        }
    }

    public AssessedCase {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(legalStatus, "legalStatus");
        Objects.requireNonNull(sentence, "sentence");
        evidence = List.copyOf(evidence);
        assessments = List.copyOf(assessments);
        checks = List.copyOf(checks);
        contacts = List.copyOf(contacts);
        events = List.copyOf(events);
        decisionLog = List.copyOf(decisionLog);
        latestFinished = Collections.unmodifiableMap(new LinkedHashMap<>(latestFinished));
        definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
        scores = List.copyOf(scores);
        Objects.requireNonNull(oasys, "oasys");
        Objects.requireNonNull(ideology, "ideology");
        predictorResults = List.copyOf(predictorResults);
        circumstances = List.copyOf(circumstances);
        roshSummaries = List.copyOf(roshSummaries);
        domesticAbuseSummaries = List.copyOf(domesticAbuseSummaries);
    }

    /** Resolves {@code caseFile}'s assessments with {@code catalogue} and the bundled OASys-style section table. */
    public static AssessedCase of(CaseFile caseFile, InstrumentCatalogue catalogue, LocalDate asOf) {
        return of(caseFile, catalogue, OasysStyle.Tables.bundled(), asOf);
    }

    /**
     * Resolves {@code caseFile}'s assessments with {@code catalogue} and {@code oasysTables}, once, as of {@code asOf},
     * calculating recorded predictor inputs with the bundled predictors.
     */
    public static AssessedCase of(
            CaseFile caseFile, InstrumentCatalogue catalogue, OasysStyle.Tables oasysTables, LocalDate asOf) {
        return of(caseFile, catalogue, oasysTables, Predictors.bundled(), asOf);
    }

    /**
     * Resolves {@code caseFile}'s assessments with {@code catalogue} and {@code oasysTables}, once, as of {@code asOf},
     * calculating recorded predictor inputs with {@code predictors}.
     *
     * @throws InvalidInputException when recorded predictor inputs name an unknown predictor or are not valid for it,
     *     each problem at its JSON Pointer (reading a case through the front door reports these first)
     */
    public static AssessedCase of(
            CaseFile caseFile,
            InstrumentCatalogue catalogue,
            OasysStyle.Tables oasysTables,
            Predictors predictors,
            LocalDate asOf) {
        Map<String, Assessment> latest = new LinkedHashMap<>();
        Map<InstrumentRef, InstrumentDefinition> definitions = new LinkedHashMap<>();
        List<Score> scores = new ArrayList<>();
        for (Assessment a : caseFile.assessments()) {
            Assessments.latestFinished(caseFile, a.instrument().id())
                    .ifPresent(l -> latest.putIfAbsent(a.instrument().id(), l));
            Optional<InstrumentDefinition> definition = catalogue.find(a.instrument());
            definition.ifPresent(d -> definitions.putIfAbsent(a.instrument(), d));
            definition.flatMap(d -> Scorer.score(d, a)).ifPresent(r -> scores.add(new Score(a, r)));
        }
        return new AssessedCase(
                asOf,
                caseFile.subject(),
                caseFile.cohort(),
                caseFile.legalStatus(),
                caseFile.sentence(),
                caseFile.evidence(),
                caseFile.assessments(),
                caseFile.checks(),
                caseFile.contacts(),
                caseFile.events(),
                caseFile.decisionLog(),
                latest,
                definitions,
                scores,
                Optional.ofNullable(latest.get(OASYS))
                        .flatMap(a -> Optional.ofNullable(definitions.get(a.instrument()))
                                .flatMap(d -> oasysTables.evaluate(d, a))),
                caseFile.ideology(),
                predictorResults(caseFile, predictors),
                caseFile.circumstances(),
                caseFile.roshSummaries(),
                caseFile.domesticAbuseSummaries());
    }

    /** The recorded results and those calculated from recorded inputs, oldest first (recorded first on a tie). */
    private static List<PredictorResult> predictorResults(CaseFile caseFile, Predictors predictors) {
        if (caseFile.predictorInputs().isEmpty()) {
            return caseFile.predictorResults();
        }
        List<Problem> problems = PredictorInputCalculation.problems(caseFile, predictors);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("predictorInputs", problems);
        }
        List<PredictorResult> all = new ArrayList<>(caseFile.predictorResults());
        for (PredictorInputs in : caseFile.predictorInputs()) {
            all.add(PredictorInputCalculation.result(caseFile, in, predictors));
        }
        all.sort(java.util.Comparator.comparing(PredictorResult::date));
        return all;
    }

    private static final String OASYS = "oasys-style";

    /** The most recently completed finished assessment made under any version of {@code instrumentId}. */
    public Optional<Assessment> latestFinished(String instrumentId) {
        return Optional.ofNullable(latestFinished.get(instrumentId));
    }

    /** The definition {@code assessment} was made under, if the catalogue holds it. */
    public Optional<InstrumentDefinition> definition(Assessment assessment) {
        return Optional.ofNullable(definitions.get(assessment.instrument()));
    }

    /** Every piece of narrative in the case, each with its marking (see {@link Narratives}). */
    public Narratives narratives() {
        return Narratives.of(evidence, assessments, checks, contacts, events);
    }

    /** The redaction stage for a view of this case for {@code audience}. */
    public Redaction redaction(Audience audience) {
        Map<String, Evidence> byId = new LinkedHashMap<>();
        evidence.forEach(e -> byId.putIfAbsent(e.id(), e));
        return Redaction.forAudience(audience, id -> Optional.ofNullable(byId.get(id)));
    }

    /** The evidence item with this id, if registered. */
    public Optional<Evidence> evidence(String id) {
        return evidence.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
