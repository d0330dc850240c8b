package org.caseframe.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.AssessmentStatus;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.model.Practitioner;
import org.caseframe.core.validation.AssessmentValidator;
import org.junit.jupiter.api.Test;

class OasysStyleTest {
    static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.bundled();
    static final InstrumentDefinition OASYS = CATALOGUE.find("oasys-style").orElseThrow();

    static ItemRating r(String level) {
        return new ItemRating(
                level,
                Optional.empty(),
                List.of(),
                level.equals("LOW") || level.matches("\\d+") || level.equals("YES") || level.equals("NO")
                        ? Optional.empty()
                        : Optional.of("Because"));
    }

    static Assessment draft(Map<String, ItemRating> ratings) {
        return new Assessment(
                "O1",
                OASYS.ref(),
                new Practitioner("A", "PO"),
                LocalDate.of(2024, 1, 1),
                Optional.empty(),
                AssessmentStatus.DRAFT,
                Optional.empty(),
                ratings,
                List.of(),
                Map.of(),
                Map.of(),
                List.of());
    }

    @Test
    void theThirteenSectionsHaveTheirNames() {
        assertThat(OASYS.domains()).hasSize(15);
        assertThat(OASYS.domains().subList(0, 13))
                .extracting(d -> d.label())
                .containsExactly(
                        "1. Offending information",
                        "2. Analysis of offences",
                        "3. Accommodation",
                        "4. Education, training and employability",
                        "5. Financial management and income",
                        "6. Relationships",
                        "7. Lifestyle and associates",
                        "8. Drug misuse",
                        "9. Alcohol misuse",
                        "10. Emotional well-being",
                        "11. Thinking and behaviour",
                        "12. Attitudes",
                        "13. Health and other considerations");
    }

    @Test
    void needsAreScoresAtOrOverThresholdAndUnscoredSectionsSaySo() {
        Map<String, ItemRating> ratings = new LinkedHashMap<>();
        ratings.put("S3_SCORE", r("2"));
        ratings.put("S3_ROSH", r("YES"));
        ratings.put("S3_REOFFENDING", r("NO"));
        ratings.put("S9_SCORE", r("3"));
        ratings.put("S11_SCORE", r("4"));
        Assessment a = draft(ratings);
        assertThat(AssessmentValidator.validate(OASYS, a, LocalDate.of(2024, 6, 1), ""))
                .isEmpty();

        OasysStyle.Result result = OasysStyle.evaluate(OASYS, a);

        assertThat(result.sections()).hasSize(13);
        assertThat(result.sections().get(2)).satisfies(s -> {
            assertThat(s.need()).isEqualTo(OasysStyle.Need.NEED);
            assertThat(s.threshold()).contains(2);
            assertThat(s.linkedToSeriousHarm()).contains(true);
            assertThat(s.linkedToReoffending()).contains(false);
        });
        assertThat(result.sections().get(8).need()).isEqualTo(OasysStyle.Need.NO_NEED);
        assertThat(result.sections().get(3).need()).isEqualTo(OasysStyle.Need.NOT_SCORED_YET);
        assertThat(result.sections().get(4).need()).isEqualTo(OasysStyle.Need.UNSCORED);
        assertThat(result.sections().get(9).need()).isEqualTo(OasysStyle.Need.UNSCORED);
        assertThat(result.needs()).extracting(OasysStyle.SectionResult::number).containsExactly(3, 11);
    }

    @Test
    void overallRoshIsTheHighestInEachSettingAndUnratedIsExplicit() {
        Map<String, ItemRating> ratings = new LinkedHashMap<>();
        ratings.put("ROSH_COMMUNITY_PUBLIC", r("HIGH"));
        ratings.put("ROSH_COMMUNITY_STAFF", r("MEDIUM"));
        ratings.put("ROSH_COMMUNITY_CHILDREN", r("LOW"));

        OasysStyle.Result result = OasysStyle.evaluate(OASYS, draft(ratings));

        assertThat(result.overallCommunity()).contains("HIGH");
        assertThat(result.overallCustody()).isEmpty();
        assertThat(result.overall()).contains("HIGH");
        assertThat(OasysStyle.evaluate(OASYS, draft(Map.of("ROSH_CUSTODY_PRISONERS", r("VERY_HIGH"))))
                        .overall())
                .contains("VERY_HIGH");
        assertThat(result.rosh()).hasSize(9);
        assertThat(result.rosh())
                .filteredOn(x -> x.setting().equals("CUSTODY"))
                .extracting(OasysStyle.Rosh::group)
                .containsExactly("CHILDREN", "PUBLIC", "KNOWN_ADULT", "STAFF", "PRISONERS");
        assertThat(result.rosh())
                .filteredOn(x -> x.group().equals("KNOWN_ADULT") && x.setting().equals("COMMUNITY"))
                .singleElement()
                .satisfies(x -> assertThat(x.level()).isEmpty());
    }

    @Test
    void everyCtMappingNamesRealItemsAndSections() throws Exception {
        String yaml = new String(
                OasysStyle.class
                        .getResourceAsStream("/org/caseframe/instruments/oasys-sections-1.0.yaml")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String instrument : List.of("erg22plus", "pathfinder-style")) {
            InstrumentDefinition d = CATALOGUE.find(instrument).orElseThrow();
            String block = yaml.substring(yaml.indexOf("instrument: " + instrument));
            block = block.contains("  - instrument:") ? block.substring(0, block.indexOf("  - instrument:")) : block;
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("\\b([A-Z]{1,2}\\d+)\\b").matcher(block);
            int found = 0;
            while (m.find()) {
                String id = m.group(1);
                if (id.startsWith("S")) {
                    assertThat(OASYS.domains()).extracting(x -> x.id()).contains(id);
                } else {
                    assertThat(d.item(id)).as(instrument + " " + id).isPresent();
                    found++;
                }
            }
            assertThat(found).as(instrument).isPositive();
        }
    }
}
