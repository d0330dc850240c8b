package org.caseframe.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.AssessmentStatus;
import org.caseframe.core.model.Countersignature;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.InstrumentRef;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.model.OpenItem;
import org.caseframe.core.model.Practitioner;
import org.caseframe.core.model.SummaryJudgement;
import org.caseframe.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

class AssessmentValidatorTest {
    static final InstrumentDefinition DEF = Fixtures.definition();
    static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    static final Practitioner PSY = new Practitioner("Dr A", "Psychologist");

    static ItemRating rating(String level, String rationale) {
        return new ItemRating(level, Optional.empty(), List.of(), Optional.ofNullable(rationale));
    }

    static Assessment assessment(
            AssessmentStatus status,
            Map<String, ItemRating> ratings,
            List<OpenItem> open,
            Map<String, SummaryJudgement> judgements,
            Map<String, String> formulation,
            Optional<Countersignature> countersignature) {
        return new Assessment(
                "A1",
                InstrumentRef.parse("fixture-spj@1.0"),
                PSY,
                LocalDate.of(2024, 1, 1),
                status == AssessmentStatus.DRAFT ? Optional.empty() : Optional.of(LocalDate.of(2024, 2, 1)),
                status,
                countersignature,
                ratings,
                open,
                judgements,
                org.caseframe.core.model.FormulationText.all(formulation),
                List.of());
    }

    static Map<String, ItemRating> allRated() {
        Map<String, ItemRating> m = new LinkedHashMap<>();
        m.put("F1", rating("NOT_PRESENT", null));
        m.put("F2", rating("NOT_PRESENT", null));
        m.put("F14", rating("NOT_PRESENT", null));
        return m;
    }

    static Map<String, SummaryJudgement> judgements() {
        return Map.of(
                "ENGAGEMENT", new SummaryJudgement("LOW", Optional.of("why")),
                "INTENT", new SummaryJudgement("LOW", Optional.of("why")));
    }

    static List<String> check(Assessment a) {
        return AssessmentValidator.validate(DEF, a, TODAY, "").stream()
                .map(Problem::toString)
                .toList();
    }

    @Test
    void aCompleteAssessmentWithEverythingIsValid() {
        assertThat(check(assessment(
                        AssessmentStatus.COMPLETE,
                        allRated(),
                        List.of(),
                        judgements(),
                        Map.of("PATHWAY", "text"),
                        Optional.empty())))
                .isEmpty();
    }

    @Test
    void aDraftMayBeIncomplete() {
        assertThat(check(assessment(AssessmentStatus.DRAFT, Map.of(), List.of(), Map.of(), Map.of(), Optional.empty())))
                .isEmpty();
    }

    @Test
    void aCompleteAssessmentNamesEveryMissingItemJudgementAndSection() {
        Map<String, ItemRating> partial = new LinkedHashMap<>(allRated());
        partial.remove("F2");

        assertThat(check(assessment(
                        AssessmentStatus.COMPLETE,
                        partial,
                        List.of(),
                        Map.of("INTENT", new SummaryJudgement("LOW", Optional.of("why"))),
                        Map.of(),
                        Optional.empty())))
                .containsExactly(
                        "/ratings/F2: F2 \"Belonging\" is not rated; a COMPLETE assessment rates every required item",
                        "/judgements/ENGAGEMENT: the judgement \"Engagement\" is missing; a COMPLETE assessment gives"
                                + " every summary judgement",
                        "/formulation/PATHWAY: the formulation section \"Pathway into offending\" is missing; a"
                                + " COMPLETE assessment writes every required section");
    }

    @Test
    void levelsThatDemandARationaleGetOne() {
        Map<String, ItemRating> ratings = new LinkedHashMap<>(allRated());
        ratings.put("F1", rating("STRONGLY_PRESENT", null));

        assertThat(check(assessment(
                        AssessmentStatus.DRAFT,
                        ratings,
                        List.of(),
                        Map.of("ENGAGEMENT", new SummaryJudgement("HIGH", Optional.empty())),
                        Map.of(),
                        Optional.empty())))
                .containsExactly(
                        "/ratings/F1/rationale: a rating of STRONGLY_PRESENT needs a rationale saying what evidence"
                                + " supports it",
                        "/judgements/ENGAGEMENT/rationale: the judgement \"Engagement\" needs a rationale");
    }

    @Test
    void unknownItemsJudgementsAndSectionsGetSuggestions() {
        assertThat(check(assessment(
                        AssessmentStatus.DRAFT,
                        Map.of("F41", rating("NOT_PRESENT", null)),
                        List.of(),
                        Map.of("INTNET", new SummaryJudgement("LOW", Optional.of("x"))),
                        Map.of("PATHWYA", "t"),
                        Optional.empty())))
                .containsExactly(
                        "/ratings/F41: fixture-spj@1.0 has no item \"F41\" (did you mean \"F1\"?)",
                        "/judgements/INTNET: fixture-spj@1.0 has no judgement \"INTNET\" (did you mean \"INTENT\"?)",
                        "/formulation/PATHWYA: fixture-spj@1.0 has no formulation section \"PATHWYA\" (did you mean"
                                + " \"PATHWAY\"?)");
    }

    @Test
    void openItemsAreCountedAndRatedOnTheirScale() {
        List<OpenItem> open = List.of(
                new OpenItem("P1", "a", "NOT_PRESENT", List.of(), Optional.empty()),
                new OpenItem("P2", "b", "MAYBE", List.of(), Optional.empty()),
                new OpenItem("P1", "c", "NOT_PRESENT", List.of(), Optional.empty()));

        assertThat(check(assessment(AssessmentStatus.DRAFT, Map.of(), open, Map.of(), Map.of(), Optional.empty())))
                .containsExactly(
                        "/openItems: fixture-spj@1.0 allows 2 open items; this assessment has 3",
                        "/openItems/1/level: level \"MAYBE\" is not on scale PRESENCE_3 (expected one of: NOT_PRESENT,"
                                + " PARTLY_PRESENT, STRONGLY_PRESENT)",
                        "/openItems/2/id: open item id \"P1\" is already used in this assessment or by the"
                                + " instrument");
    }

    @Test
    void relevanceIsCheckedAgainstTheRelevanceScale() {
        Map<String, ItemRating> ratings =
                Map.of("F2", new ItemRating("NOT_PRESENT", Optional.of("HUGE"), List.of(), Optional.empty()));

        assertThat(check(assessment(AssessmentStatus.DRAFT, ratings, List.of(), Map.of(), Map.of(), Optional.empty())))
                .containsExactly("/ratings/F2/relevance: level \"HUGE\" is not on scale RELEVANCE_3 (expected one of:"
                        + " LOW, MODERATE, HIGH) (did you mean \"HIGH\"?)");
    }

    @Test
    void countersignatureMustMatchTheStatusAndFollowCompletion() {
        Countersignature early = new Countersignature(PSY, LocalDate.of(2024, 1, 15));

        assertThat(check(assessment(
                        AssessmentStatus.COUNTERSIGNED,
                        allRated(),
                        List.of(),
                        judgements(),
                        Map.of("PATHWAY", "t"),
                        Optional.empty())))
                .containsExactly("/countersignature: a COUNTERSIGNED assessment needs the countersigner and date");
        assertThat(check(assessment(
                        AssessmentStatus.COUNTERSIGNED,
                        allRated(),
                        List.of(),
                        judgements(),
                        Map.of("PATHWAY", "t"),
                        Optional.of(early))))
                .containsExactly("/countersignature/date: countersigned date 2024-01-15 is before completed date"
                        + " 2024-02-01");
        assertThat(check(assessment(
                        AssessmentStatus.COMPLETE,
                        allRated(),
                        List.of(),
                        judgements(),
                        Map.of("PATHWAY", "t"),
                        Optional.of(early))))
                .contains("/status: the assessment is countersigned but its status is COMPLETE; set it to"
                        + " COUNTERSIGNED");
    }
}
