package org.caseframe.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseframe.core.io.Format;
import org.caseframe.core.io.InstrumentDefinitions;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.AssessmentStatus;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.model.Practitioner;
import org.caseframe.core.model.SummaryJudgement;
import org.caseframe.core.testing.Fixtures;
import org.caseframe.core.validation.AssessmentValidator;
import org.caseframe.core.validation.Problem;
import org.junit.jupiter.api.Test;

class ScorerTest {
    static final InstrumentDefinition CHECKLIST = load();

    static InstrumentDefinition load() {
        try (InputStream in = ScorerTest.class.getResourceAsStream("/fixtures/fixture-checklist-1.0.yaml")) {
            return InstrumentDefinitions.check(in, Format.YAML, "fixture-checklist")
                    .orThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Assessment answers(String yesItems, String judgement, String rationale) {
        Map<String, ItemRating> ratings = new LinkedHashMap<>();
        for (String id : List.of("Q1", "Q2", "Q3", "Q4", "Q5")) {
            ratings.put(
                    id,
                    new ItemRating(
                            yesItems.contains(id) ? "YES" : "NO", Optional.empty(), List.of(), Optional.empty()));
        }
        Map<String, SummaryJudgement> judgements = judgement == null
                ? Map.of()
                : Map.of("LEVEL", new SummaryJudgement(judgement, Optional.ofNullable(rationale)));
        return new Assessment(
                "C1",
                CHECKLIST.ref(),
                new Practitioner("A", "PO"),
                LocalDate.of(2024, 1, 1),
                Optional.empty(),
                AssessmentStatus.DRAFT,
                Optional.empty(),
                ratings,
                List.of(),
                judgements,
                Map.of(),
                List.of());
    }

    static List<String> problems(Assessment a) {
        return AssessmentValidator.validate(CHECKLIST, a, LocalDate.of(2024, 6, 1), "").stream()
                .map(Problem::toString)
                .toList();
    }

    @Test
    void theCountIsPlacedInItsBand() {
        assertThat(Scorer.score(CHECKLIST, answers("", null, null))
                        .orElseThrow()
                        .suggested())
                .isEqualTo("STANDARD");
        assertThat(Scorer.score(CHECKLIST, answers("Q1", null, null))
                        .orElseThrow()
                        .suggested())
                .isEqualTo("STANDARD");
        assertThat(Scorer.score(CHECKLIST, answers("Q1 Q2", null, null))
                        .orElseThrow()
                        .suggested())
                .isEqualTo("MEDIUM");
        ScoringResult four =
                Scorer.score(CHECKLIST, answers("Q1 Q2 Q3 Q4", null, null)).orElseThrow();
        assertThat(four.suggested()).isEqualTo("HIGH");
        assertThat(four.count()).contains(4);
        assertThat(four.reasons()).containsExactly("4 of 5 items answered YES: High");
    }

    @Test
    void aTriggerSetsAMinimumWhateverTheCount() {
        ScoringResult r = Scorer.score(CHECKLIST, answers("Q5", null, null)).orElseThrow();

        assertThat(r.suggested()).isEqualTo("HIGH");
        assertThat(r.reasons())
                .containsExactly("1 of 5 items answered YES: Standard", "Strangulation reported: at least High");
    }

    @Test
    void judgementMayRaiseWithARationaleButNeverLower() {
        assertThat(problems(answers("Q1", "HIGH", "Escalating threats"))).isEmpty();
        assertThat(Scorer.score(CHECKLIST, answers("Q1", "HIGH", "x"))
                        .orElseThrow()
                        .raisedByJudgement())
                .isTrue();
        assertThat(problems(answers("Q1", "HIGH", null)))
                .containsExactly(
                        "/judgements/LEVEL/rationale: raising the level from STANDARD to HIGH needs a" + " rationale");
        assertThat(problems(answers("Q1 Q2 Q3 Q4", "MEDIUM", "I think it is lower")))
                .containsExactly("/judgements/LEVEL/level: judgement MEDIUM is below the HIGH the answers give (4 of 5"
                        + " items answered YES: High); professional judgement may raise the level, never lower it");
    }

    @Test
    void aDefinitionsScoringMustResolve() throws Exception {
        String broken = Files.readString(Fixtures.resource("fixture-checklist-1.0.yaml"))
                .replace("{max: 3, level: MEDIUM}", "{max: 1, level: MIDDLE}")
                .replace("{item: Q5, level: \"YES\", atLeast: HIGH", "{item: Q6, level: \"YES\", atLeast: HIGHEST");

        assertThat(InstrumentDefinitions.check(
                                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)),
                                Format.YAML,
                                "broken")
                        .problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "/scoring/count/bands/1/level: level \"MIDDLE\" is not on scale LEVEL_3 (expected one of:"
                                + " STANDARD, MEDIUM, HIGH)",
                        "/scoring/count/bands/1/max: bands must rise: 1 is not above 1",
                        "/scoring/triggers/0/item: no item has id \"Q6\" (did you mean \"Q1\"?)",
                        "/scoring/triggers/0/atLeast: level \"HIGHEST\" is not on scale LEVEL_3 (expected one of:"
                                + " STANDARD, MEDIUM, HIGH)");
    }
}
