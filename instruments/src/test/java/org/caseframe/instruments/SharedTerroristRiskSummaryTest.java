package org.caseframe.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.AssessmentStatus;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.Cohort;
import org.caseframe.core.model.Evidence;
import org.caseframe.core.model.FormulationText;
import org.caseframe.core.model.HandlingRestriction;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.model.LegalStatus;
import org.caseframe.core.model.NameUse;
import org.caseframe.core.model.PersonName;
import org.caseframe.core.model.Practitioner;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.core.model.Sex;
import org.caseframe.core.model.SourceAgency;
import org.caseframe.core.model.Subject;
import org.caseframe.core.model.SummaryJudgement;
import org.caseframe.core.validation.AssessmentValidator;
import org.junit.jupiter.api.Test;

class SharedTerroristRiskSummaryTest {
    static final InstrumentDefinition PATHFINDER =
            InstrumentCatalogue.bundled().find("pathfinder-style").orElseThrow();

    static Evidence evidence(String id, ProtectiveMarking marking, HandlingRestriction handling) {
        return new Evidence(
                id,
                "Evidence " + id,
                SourceAgency.CT_POLICING,
                LocalDate.of(2024, 2, 1),
                Optional.empty(),
                marking,
                Optional.ofNullable(handling));
    }

    static ItemRating rated(String level, String... evidence) {
        return new ItemRating(level, Optional.empty(), List.of(evidence), Optional.of("Seen in " + evidence[0]));
    }

    @Test
    void theSummaryCarriesRiskBehavioursAndOnlyEvidenceOffenderManagersMaySee() {
        Map<String, ItemRating> ratings = new LinkedHashMap<>();
        PATHFINDER
                .items()
                .forEach(i -> ratings.put(
                        i.id(), new ItemRating("NOT_PRESENT", Optional.empty(), List.of(), Optional.empty())));
        ratings.put("B1", rated("HISTORIC", "E1"));
        ratings.put("B3", rated("CURRENT", "E2", "E3"));
        Assessment a = new Assessment(
                "PF1",
                PATHFINDER.ref(),
                new Practitioner("Sam", "CT probation officer"),
                LocalDate.of(2024, 2, 1),
                Optional.of(LocalDate.of(2024, 3, 1)),
                AssessmentStatus.COMPLETE,
                Optional.empty(),
                ratings,
                List.of(),
                Map.of(
                        "PRESENTING_RISK",
                        new SummaryJudgement(
                                "MODERATE",
                                Optional.of("Recent contact."),
                                List.of("E1"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty())),
                // The summary says it rests on E1 alone; the recommendations say nothing, so they count as written
                // from everything the assessment cites (E2 is SECRET, E3 managers only) and are withheld.
                new LinkedHashMap<>(Map.of(
                        "SHAREABLE_SUMMARY",
                        new FormulationText(
                                "Recent contact with an extremist network; older material.",
                                List.of("E1"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()),
                        "RECOMMENDATIONS",
                        FormulationText.of("Refer for triage into NSD; DDP mentoring."))),
                List.of());
        CaseFile caseFile = new CaseFile(
                "1.0",
                new Subject(
                        "S1",
                        List.of(new PersonName("Test Person", NameUse.PRIMARY, Optional.empty())),
                        LocalDate.of(1995, 1, 1),
                        Sex.MALE),
                Cohort.TERRORIST_RISK,
                LegalStatus.CUSTODY,
                Optional.empty(),
                List.of(
                        evidence("E1", ProtectiveMarking.OFFICIAL, null),
                        evidence("E2", ProtectiveMarking.SECRET, null),
                        evidence("E3", ProtectiveMarking.OFFICIAL_SENSITIVE, HandlingRestriction.MANAGERS_ONLY)),
                List.of(a),
                List.of(),
                List.of(),
                List.of(),
                List.of());

        assertThat(AssessmentValidator.validate(PATHFINDER, a, LocalDate.of(2024, 6, 1), ""))
                .isEmpty();
        SharedTerroristRiskSummary s = SharedTerroristRiskSummary.forOffenderManagers(caseFile, PATHFINDER, a);

        assertThat(s.presentingRisk()).isEqualTo("MODERATE");
        assertThat(s.rationale()).isEqualTo("Recent contact.");
        assertThat(s.behaviours())
                .extracting(SharedTerroristRiskSummary.Behaviour::label, SharedTerroristRiskSummary.Behaviour::recency)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Contact with extremists", "Present in the last 3 months"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Possessing extremist material", "Present, more than 12 months ago"));
        assertThat(s.summary()).startsWith("Recent contact");
        assertThat(s.recommendations())
                .isEqualTo("(formulation section withheld: marked SECRET (handling restriction: managers only))");
        assertThat(s.withheld())
                .containsExactly(
                        "1 evidence item marked OFFICIAL-SENSITIVE withheld (handling restriction: managers only)",
                        "1 evidence item marked SECRET withheld",
                        "1 formulation section marked SECRET withheld (handling restriction: managers only)");
        assertThat(s.marking()).isEqualTo(ProtectiveMarking.OFFICIAL_SENSITIVE);
        assertThat(s.evidence()).extracting(Evidence::id).containsExactly("E1");
        assertThat(s.withheldEvidence()).isEqualTo(2);
        assertThat(s.evidence()).allMatch(SharedTerroristRiskSummary.OFFENDER_MANAGERS::maySee);
    }
}
