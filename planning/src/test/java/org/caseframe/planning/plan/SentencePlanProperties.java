package org.caseframe.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.AssessmentStatus;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.Item;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.model.Practitioner;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.matrix.Policy;
import org.junit.jupiter.api.Test;

class SentencePlanProperties {
    static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.bundled();
    static final SentencePlanner PLANNER = SentencePlanner.bundled();
    static final CaseFile SAMPLE = CaseFiles.reader()
            .withDefinitions(CATALOGUE)
            .withClock(Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC))
            .read(Path.of("src/test/resources/fixtures/cases/terrorist-licence.yaml"));
    static final List<Policy> POLICIES = Policies.BUNDLED_IDS.stream()
            .map(id -> Policies.bundled(id).orElseThrow())
            .toList();

    /** The sample with a completed DASH-style checklist whose first {@code yes} questions are answered yes. */
    static CaseFile withDash(int yes) {
        InstrumentDefinition dash = CATALOGUE.find("dash-style").orElseThrow();
        Map<String, ItemRating> ratings = new LinkedHashMap<>();
        List<Item> items = dash.items();
        for (int i = 0; i < items.size(); i++) {
            ratings.put(
                    items.get(i).id(),
                    new ItemRating(i < yes ? "YES" : "NO", Optional.empty(), List.of(), Optional.empty()));
        }
        Assessment a = new Assessment(
                "DASH-1",
                dash.ref(),
                new Practitioner("Sam Sample", "NSD probation officer"),
                LocalDate.of(2025, 3, 20),
                Optional.of(LocalDate.of(2025, 3, 20)),
                AssessmentStatus.COMPLETE,
                Optional.empty(),
                ratings,
                List.of(),
                Map.of(),
                Map.of(),
                List.of());
        return SAMPLE.withAssessment(a);
    }

    @Test
    void everyIdentifiedRiskIsCoveredAndEveryObjectiveHasATimescale() {
        qt().withExamples(300)
                .forAll(
                        integers().between(0, 27),
                        integers().between(0, 2_000),
                        integers().between(0, 1))
                .checkAssert((yes, days, which) -> {
                    CaseFile caseFile = withDash(yes);
                    LocalDate asOf = LocalDate.of(2025, 3, 21).plusDays(days);
                    SentencePlan plan = PLANNER.plan(AssessedCase.of(caseFile, CATALOGUE, asOf), POLICIES.get(which));

                    assertThat(plan.findings()).noneMatch(f -> f.code().equals("RISK_NOT_COVERED"));
                    assertThat(plan.objectives())
                            .allSatisfy(o -> assertThat(o.target()).isAfter(o.start()));
                    assertThat(plan.contingency()).isNotEmpty();
                    boolean domesticAbuse = yes >= 10;
                    assertThat(plan.objectives().stream()
                                    .anyMatch(o ->
                                            o.addresses().stream().anyMatch(s -> s.startsWith("domestic abuse risk"))))
                            .isEqualTo(domesticAbuse);
                    assertThat(plan.findings().stream()
                                    .anyMatch(f -> f.code().equals("DOMESTIC_ABUSE_WITHOUT_INTERVENTION")))
                            .isFalse();
                    assertThat(PLANNER.plan(AssessedCase.of(caseFile, CATALOGUE, asOf), POLICIES.get(which)))
                            .isEqualTo(plan);
                });
    }
}
