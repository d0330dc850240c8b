package org.caseframe.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Caseframe knows about one case: the subject, cohort, legal status and sentence, the evidence register,
 * assessments, enquiries of other agencies, supervision contacts and the decision log. Immutable; every change makes
 * a new case file.
 *
 * @param schemaVersion the version of the case-file format, see {@link #CURRENT_SCHEMA_VERSION}
 * @param subject the person the case is about
 * @param cohort the counter-terrorism cohort
 * @param legalStatus where the person is in the justice process
 * @param sentence the sentence, if sentenced
 * @param evidence the evidence register; ratings and checks refer to it by id
 * @param assessments assessments in the order made
 * @param checks enquiries of other agencies
 * @param contacts supervision contacts
 * @param events adverse events (recall, arrest, breach...) that end a period of stability
 * @param decisionLog the hash-chained decision log, oldest first
 * @param ideology the ideology or ideologies the case is associated with, with evidence, if recorded
 * @param predictorResults actuarial predictor results (OGRS3, OVP, OGP, OSP/DC, OSP/IIC), oldest first
 * @param predictorInputs actuarial predictor inputs, from which Caseframe calculates results, oldest first
 * @param circumstances facts about the household and people around the person (children, adults at risk), oldest
 *     first
 * @param roshSummaries risk of serious harm summaries recorded without a whole OASys-style assessment, oldest first
 * @param domesticAbuseSummaries domestic abuse history summaries recorded without a whole DASH-style screening,
 *     oldest first
 */
public record CaseFile(
        @NotBlank String schemaVersion,
        @Valid Subject subject,
        Cohort cohort,
        LegalStatus legalStatus,
        Optional<@Valid Sentence> sentence,
        @Size(max = 10_000) List<@Valid Evidence> evidence,
        @Size(max = 1_000) List<@Valid Assessment> assessments,
        @Size(max = 10_000) List<@Valid Check> checks,
        @Size(max = 50_000) List<@Valid Contact> contacts,
        @Size(max = 10_000) List<@Valid AdverseEvent> events,
        @Size(max = 100_000) List<@Valid DecisionRecord> decisionLog,
        Optional<@Valid IdeologyRecord> ideology,
        @Size(max = 1_000) List<@Valid PredictorResult> predictorResults,
        @Size(max = 1_000) List<@Valid PredictorInputs> predictorInputs,
        @Size(max = 1_000) List<@Valid Circumstances> circumstances,
        @Size(max = 1_000) List<@Valid RoshSummary> roshSummaries,
        @Size(max = 1_000) List<@Valid DomesticAbuseSummary> domesticAbuseSummaries) {

    /** A case file with none of the facts recordable without an instrument, as files written before them hold. */
    public CaseFile(
            String schemaVersion,
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
            Optional<IdeologyRecord> ideology,
            List<PredictorResult> predictorResults) {
        this(
                schemaVersion,
                subject,
                cohort,
                legalStatus,
                sentence,
                evidence,
                assessments,
                checks,
                contacts,
                events,
                decisionLog,
                ideology,
                predictorResults,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** A case file with no predictor results, as files written before they could be recorded hold. */
    public CaseFile(
            String schemaVersion,
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
            Optional<IdeologyRecord> ideology) {
        this(
                schemaVersion,
                subject,
                cohort,
                legalStatus,
                sentence,
                evidence,
                assessments,
                checks,
                contacts,
                events,
                decisionLog,
                ideology,
                List.of());
    }

    /** A case file with no ideology recorded, as files written before it could be hold. */
    public CaseFile(
            String schemaVersion,
            Subject subject,
            Cohort cohort,
            LegalStatus legalStatus,
            Optional<Sentence> sentence,
            List<Evidence> evidence,
            List<Assessment> assessments,
            List<Check> checks,
            List<Contact> contacts,
            List<AdverseEvent> events,
            List<DecisionRecord> decisionLog) {
        this(
                schemaVersion,
                subject,
                cohort,
                legalStatus,
                sentence,
                evidence,
                assessments,
                checks,
                contacts,
                events,
                decisionLog,
                Optional.empty());
    }

    /** The case-file format this library reads and writes. */
    public static final String CURRENT_SCHEMA_VERSION = "1.0";

    public CaseFile {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(legalStatus, "legalStatus");
        sentence = Optionals.orEmpty(sentence);
        evidence = Optionals.list(evidence);
        assessments = Optionals.list(assessments);
        checks = Optionals.list(checks);
        contacts = Optionals.list(contacts);
        events = Optionals.list(events);
        decisionLog = Optionals.list(decisionLog);
        ideology = Optionals.orEmpty(ideology);
        predictorResults = Optionals.list(predictorResults);
        predictorInputs = Optionals.list(predictorInputs);
        circumstances = Optionals.list(circumstances);
        roshSummaries = Optionals.list(roshSummaries);
        domesticAbuseSummaries = Optionals.list(domesticAbuseSummaries);
    }

    /** The evidence with this id, if registered. */
    public Optional<Evidence> evidence(String id) {
        return evidence.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The assessment with this id, if present. */
    public Optional<Assessment> assessment(String id) {
        return assessments.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** A copy with another assessment added at the end. */
    public CaseFile withAssessment(Assessment assessment) {
        return with(c -> c.assessments = append(assessments, assessment));
    }

    /** A copy with {@code assessment} in place of the one with its id (kept in its place), or added at the end. */
    public CaseFile withAssessmentReplaced(Assessment assessment) {
        List<Assessment> replaced = new java.util.ArrayList<>(assessments);
        for (int i = 0; i < replaced.size(); i++) {
            if (replaced.get(i).id().equals(assessment.id())) {
                replaced.set(i, assessment);
                return with(c -> c.assessments = List.copyOf(replaced));
            }
        }
        return withAssessment(assessment);
    }

    /** A copy with another piece of evidence registered. */
    public CaseFile withEvidence(Evidence item) {
        return with(c -> c.evidence = append(evidence, item));
    }

    /** A copy with this decision log; use {@code DecisionLog} to append so the chain stays intact. */
    public CaseFile withDecisionLog(List<DecisionRecord> records) {
        return with(c -> c.decisionLog = records);
    }

    /** A copy with the ideology recorded. */
    public CaseFile withIdeology(IdeologyRecord record) {
        return with(c -> c.ideology = Optional.of(record));
    }

    /** A copy with another predictor result recorded. */
    public CaseFile withPredictorResult(PredictorResult result) {
        return with(c -> c.predictorResults = append(predictorResults, result));
    }

    /** A copy with another set of predictor inputs recorded. */
    public CaseFile withPredictorInputs(PredictorInputs inputs) {
        return with(c -> c.predictorInputs = append(predictorInputs, inputs));
    }

    /** A copy with another record of the person's circumstances. */
    public CaseFile withCircumstances(Circumstances record) {
        return with(c -> c.circumstances = append(circumstances, record));
    }

    /** A copy with another RoSH summary recorded. */
    public CaseFile withRoshSummary(RoshSummary summary) {
        return with(c -> c.roshSummaries = append(roshSummaries, summary));
    }

    /** A copy with another domestic abuse history summary recorded. */
    public CaseFile withDomesticAbuseSummary(DomesticAbuseSummary summary) {
        return with(c -> c.domesticAbuseSummaries = append(domesticAbuseSummaries, summary));
    }

    private CaseFile with(java.util.function.Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return c.build();
    }

    // The one place a copy names every component; the with... methods change only what they say.
    private static final class Copy {
        private final CaseFile from;
        List<Evidence> evidence;
        List<Assessment> assessments;
        List<DecisionRecord> decisionLog;
        Optional<IdeologyRecord> ideology;
        List<PredictorResult> predictorResults;
        List<PredictorInputs> predictorInputs;
        List<Circumstances> circumstances;
        List<RoshSummary> roshSummaries;
        List<DomesticAbuseSummary> domesticAbuseSummaries;

        Copy(CaseFile from) {
            this.from = from;
            evidence = from.evidence;
            assessments = from.assessments;
            decisionLog = from.decisionLog;
            ideology = from.ideology;
            predictorResults = from.predictorResults;
            predictorInputs = from.predictorInputs;
            circumstances = from.circumstances;
            roshSummaries = from.roshSummaries;
            domesticAbuseSummaries = from.domesticAbuseSummaries;
        }

        CaseFile build() {
            return new CaseFile(
                    from.schemaVersion,
                    from.subject,
                    from.cohort,
                    from.legalStatus,
                    from.sentence,
                    evidence,
                    assessments,
                    from.checks,
                    from.contacts,
                    from.events,
                    decisionLog,
                    ideology,
                    predictorResults,
                    predictorInputs,
                    circumstances,
                    roshSummaries,
                    domesticAbuseSummaries);
        }
    }

    private static <T> List<T> append(List<T> list, T item) {
        Objects.requireNonNull(item, "item");
        var copy = new java.util.ArrayList<T>(list.size() + 1);
        copy.addAll(list);
        copy.add(item);
        return copy;
    }
}
