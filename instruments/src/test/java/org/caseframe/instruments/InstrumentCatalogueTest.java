package org.caseframe.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.AssessmentStatus;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.InstrumentKind;
import org.caseframe.core.model.InstrumentRef;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.model.Practitioner;
import org.caseframe.core.validation.AssessmentValidator;
import org.caseframe.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstrumentCatalogueTest {
    @TempDir
    Path dir;

    static Path userInstruments() throws Exception {
        return Paths.get(
                InstrumentCatalogueTest.class.getResource("/user-instruments").toURI());
    }

    @Test
    void bundledErgHasTwentyTwoFactorsInThreeDomainsAndNoScore() {
        InstrumentDefinition erg = InstrumentCatalogue.bundled()
                .find(InstrumentRef.parse("erg22plus@1.0"))
                .orElseThrow();

        assertThat(erg.kind()).isEqualTo(InstrumentKind.STRUCTURED_PROFESSIONAL_JUDGEMENT);
        assertThat(erg.items()).hasSize(22);
        assertThat(erg.itemsIn("ENGAGEMENT")).hasSize(13);
        assertThat(erg.itemsIn("INTENT")).hasSize(6);
        assertThat(erg.itemsIn("CAPABILITY")).hasSize(3);
        assertThat(erg.item("F16").orElseThrow().label()).isEqualTo("Dehumanisation of the enemy");
        assertThat(erg.judgements()).extracting(j -> j.id()).containsExactly("ENGAGEMENT", "INTENT", "CAPABILITY");
        assertThat(erg.openItems()).hasValueSatisfying(o -> assertThat(o.max()).isPositive());
        assertThat(erg.sources()).anySatisfy(c -> assertThat(c.verified()).isFalse());
    }

    @Test
    void aNewVersionIsANewFileAndAnOldAssessmentReadsWithItsOwnVersion() throws Exception {
        InstrumentCatalogue catalogue = InstrumentCatalogue.bundled().withDirectory(userInstruments());
        InstrumentDefinition v1 =
                catalogue.find(InstrumentRef.parse("fixture@1.0")).orElseThrow();
        InstrumentDefinition v2 =
                catalogue.find(InstrumentRef.parse("fixture@2.0")).orElseThrow();
        Assessment madeUnderV1 = new Assessment(
                "A1",
                v1.ref(),
                new Practitioner("A", "PO"),
                LocalDate.of(2024, 1, 1),
                Optional.of(LocalDate.of(2024, 1, 2)),
                AssessmentStatus.COMPLETE,
                Optional.empty(),
                Map.of("Q1", new ItemRating("YES", Optional.empty(), List.of(), Optional.empty())),
                List.of(),
                Map.of(),
                Map.of(),
                List.of());

        assertThat(v2.items()).hasSize(2);
        assertThat(AssessmentValidator.validate(
                        catalogue.find(madeUnderV1.instrument()).orElseThrow(),
                        madeUnderV1,
                        LocalDate.of(2024, 6, 1),
                        ""))
                .isEmpty();
        assertThat(catalogue.find(InstrumentRef.parse("erg22plus@1.0"))).isPresent();
    }

    @Test
    void aVersionDefinedTwiceIsRefused() throws Exception {
        Files.copy(userInstruments().resolve("fixture-1.0.yaml"), dir.resolve("a.yaml"));
        Files.copy(userInstruments().resolve("fixture-1.0.yaml"), dir.resolve("b.yml"));

        assertThatThrownBy(() -> InstrumentCatalogue.bundled().withDirectory(dir))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.message())
                                        .endsWith("b.yml: fixture@1.0 is already defined; a"
                                                + " changed instrument needs a new version")));
    }

    @Test
    void oneBrokenFileAddsNothingAndIsNamed() throws Exception {
        Files.copy(userInstruments().resolve("fixture-1.0.yaml"), dir.resolve("good.yaml"));
        Files.writeString(dir.resolve("bad.json"), "{\"id\": \"bad\"}");

        assertThatThrownBy(() -> InstrumentCatalogue.bundled().withDirectory(dir))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .allSatisfy(p -> assertThat(p.message()).contains("bad.json: required field")));
        assertThat(InstrumentCatalogue.bundled().find(InstrumentRef.parse("fixture@1.0")))
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theBundledCatalogueIsReadOnceAndShared() {
        assertThat(InstrumentCatalogue.bundled()).isSameAs(InstrumentCatalogue.bundled());
    }
}
