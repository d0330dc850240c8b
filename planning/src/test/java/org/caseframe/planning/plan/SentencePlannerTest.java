package org.caseframe.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.SummaryJudgement;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policies;
import org.junit.jupiter.api.Test;

class SentencePlannerTest {
    static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.bundled();
    static final CaseFile SAMPLE = CaseFiles.reader()
            .withDefinitions(CATALOGUE)
            .withClock(Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC))
            .read(Path.of("src/test/resources/fixtures/cases/terrorist-licence.yaml"));
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    static SentencePlan plan(CaseFile caseFile) {
        return SentencePlanner.bundled()
                .plan(
                        AssessedCase.of(caseFile, CATALOGUE, AS_OF),
                        Policies.bundled("responsive").orElseThrow());
    }

    @Test
    void thePolygraphScheduleIsDated() {
        assertThat(plan(SAMPLE).contactSchedule())
                .filteredOn(c -> c.standard().equals("POLYGRAPH_SCHEDULE"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.date()).isEqualTo(LocalDate.of(2027, 3, 9)); // the Tuesday of its period
                    assertThat(c.kind()).isEqualTo("POLYGRAPH_EXAMINATION");
                });
    }

    @Test
    void interventionsThatNeedSettingUpHaveOwnedObjectives() {
        assertThat(plan(SAMPLE).objectives())
                .extracting(SentencePlan.Objective::owner)
                .contains(SentencePlan.Owner.PSYCHOLOGIST, SentencePlan.Owner.DDP_PROVIDER)
                .doesNotContain(SentencePlan.Owner.CHAPLAINCY_PROVIDER);
    }

    @Test
    void ideologicalWorkNeedsAMatchedChaplaincyProvider() {
        Assessment erg = SAMPLE.assessments().get(0);
        Map<String, SummaryJudgement> judgements = new LinkedHashMap<>(erg.judgements());
        judgements.put("INTENT", new SummaryJudgement("MEDIUM", Optional.of("Justifying attitudes resurfaced.")));
        Assessment raised = new Assessment(
                erg.id(),
                erg.instrument(),
                erg.assessor(),
                erg.started(),
                erg.completed(),
                erg.status(),
                erg.countersignature(),
                erg.ratings(),
                erg.openItems(),
                judgements,
                erg.formulation(),
                erg.scenarios());
        CaseFile caseFile = new CaseFile(
                SAMPLE.schemaVersion(),
                SAMPLE.subject(),
                SAMPLE.cohort(),
                SAMPLE.legalStatus(),
                SAMPLE.sentence(),
                SAMPLE.evidence(),
                List.of(raised),
                SAMPLE.checks(),
                SAMPLE.contacts(),
                SAMPLE.events(),
                SAMPLE.decisionLog());

        assertThat(plan(caseFile).objectives())
                .filteredOn(o -> o.owner() == SentencePlan.Owner.CHAPLAINCY_PROVIDER)
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.text()).contains("faith tradition, cultural background, language");
                    assertThat(o.target()).isEqualTo(AS_OF.plusMonths(2));
                    assertThat(o.addresses())
                            .singleElement()
                            .asString()
                            .isEqualTo("Theological and Ideological Intervention (responsive@1.1)");
                });
    }
}
