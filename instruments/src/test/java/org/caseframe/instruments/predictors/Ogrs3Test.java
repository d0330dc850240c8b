package org.caseframe.instruments.predictors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseframe.core.model.Sex;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.junit.jupiter.api.Test;

class Ogrs3Test {
    static final Ogrs3 OGRS3 = Ogrs3.bundled();

    record Fixture(String id, Ogrs3.Input input, double oneYear, double twoYear) {}

    static List<Fixture> fixtures() throws Exception {
        List<Fixture> out = new ArrayList<>();
        try (InputStream in = Ogrs3Test.class.getResourceAsStream("/predictors/ogrs3-reference-fixtures.json")) {
            for (JsonNode f : new ObjectMapper().readTree(in)) {
                out.add(new Fixture(
                        f.get("id").asText(),
                        new Ogrs3.Input(
                                Sex.valueOf(f.get("sex").asText()),
                                f.get("offenceCategory").asText(),
                                f.get("previousSanctions").asInt(),
                                LocalDate.parse(f.get("dateOfBirth").asText()),
                                LocalDate.parse(f.get("currentConvictionDate").asText()),
                                LocalDate.parse(f.get("firstSanctionDate").asText()),
                                LocalDate.parse(f.get("assessmentDate").asText()),
                                Optional.empty()),
                        f.get("expectedOneYear").asDouble(),
                        f.get("expectedTwoYear").asDouble()));
            }
        }
        return out;
    }

    static Ogrs3.Input input(
            Sex sex, String offence, int previous, String dob, String conviction, String first, String assessment) {
        return new Ogrs3.Input(
                sex,
                offence,
                previous,
                LocalDate.parse(dob),
                LocalDate.parse(conviction),
                LocalDate.parse(first),
                LocalDate.parse(assessment),
                Optional.empty());
    }

    @Test
    void reproducesAllTwoHundredReferenceFixturesTo1e9() throws Exception {
        List<Fixture> fixtures = fixtures();
        assertThat(fixtures).hasSize(200);
        for (Fixture f : fixtures) {
            Prediction p = OGRS3.predict(f.input());
            assertThat(p.oneYear().orElseThrow()).as(f.id() + " 1-year").isCloseTo(f.oneYear(), within(1e-9));
            assertThat(p.twoYear().orElseThrow()).as(f.id() + " 2-year").isCloseTo(f.twoYear(), within(1e-9));
        }
    }

    @Test
    void withoutTheCapTheFixturesAboveFiftySanctionsDiffer() throws Exception {
        Ogrs3.Options uncapped = new Ogrs3.Options(Ogrs3.AgeAnchor.ASSESSMENT_DATE, false);
        List<Fixture> above = fixtures().stream()
                .filter(f -> f.input().previousSanctions() > 50)
                .toList();

        assertThat(above)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(
                                OGRS3.predict(f.input(), uncapped).twoYear().orElseThrow())
                        .isGreaterThan(f.twoYear() + 1e-6));
    }

    @Test
    void reproducesTheRsrCalculatorSpecVectors() {
        double[][] expected = {
            {0.12161553504714574, 0.22130521140511314},
            {0.3158120100020924, 0.48651769565917},
            {0.43393890261473633, 0.6114342480551298}
        };
        for (int previous = 0; previous < 3; previous++) {
            Prediction p = OGRS3.predict(
                    input(Sex.MALE, "VIOLENCE", previous, "1997-02-01", "2017-02-01", "2017-02-01", "2017-02-01"));
            assertThat(p.oneYear().orElseThrow()).isCloseTo(expected[previous][0], within(1e-9));
            assertThat(p.twoYear().orElseThrow()).isCloseTo(expected[previous][1], within(1e-9));
        }
    }

    @Test
    void explainsEveryTermAndBandsTheTwoYearPercentage() {
        Prediction p =
                OGRS3.predict(input(Sex.MALE, "TDA", 25, "1989-04-22", "2013-02-20", "2001-09-10", "2013-03-31"));

        assertThat(p.model()).isEqualTo("ogrs3@3.0");
        assertThat(p.terms())
                .extracting(Term::name)
                .containsExactly("ageGender", "convictionStatus", "copasRate", "offenceCategory");
        assertThat(p.terms().get(0).basis()).isEqualTo("MALE aged 23 (band 21-24)");
        assertThat(p.terms().get(0).value()).isEqualTo(-1.051515067);
        assertThat(p.band()).isEqualTo(Band.VERY_HIGH);
        assertThat(OGRS3.predict(input(Sex.MALE, "VIOLENCE", 0, "1997-02-01", "2017-02-01", "2017-02-01", "2017-02-01"))
                        .band())
                .isEqualTo(Band.LOW);
    }

    @Test
    void ageAtStartOfFollowUpIsAnExplicitOption() {
        Ogrs3.Input base = input(Sex.MALE, "VIOLENCE", 1, "1990-06-01", "2009-01-01", "2008-01-01", "2009-02-01");
        Ogrs3.Input withRelease = new Ogrs3.Input(
                base.sex(),
                base.offenceCategory(),
                base.previousSanctions(),
                base.dateOfBirth(),
                base.currentConvictionDate(),
                base.firstSanctionDate(),
                base.assessmentDate(),
                Optional.of(LocalDate.parse("2012-01-01")));
        Ogrs3.Options followUp = new Ogrs3.Options(Ogrs3.AgeAnchor.START_OF_FOLLOW_UP, true);

        assertThat(OGRS3.predict(withRelease, followUp).terms().get(0).basis()).isEqualTo("MALE aged 21 (band 21-24)");
        assertThat(OGRS3.predict(withRelease).terms().get(0).basis()).isEqualTo("MALE aged 18 (band 18-20)");
        assertThatThrownBy(() -> OGRS3.predict(base, followUp))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactly("/followUpStartDate: is required when age is taken at the start of"
                                        + " follow-up"));
    }

    @Test
    void badInputIsListedInFull() {
        assertThatThrownBy(() -> OGRS3.predict(
                        input(Sex.FEMALE, "VIOLENT", -1, "2005-01-01", "2012-01-01", "2013-01-01", "2011-01-01")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactlyInAnyOrder(
                                        "/offenceCategory: \"VIOLENT\" is not an OGRS3 offence category (did you mean"
                                                + " \"VIOLENCE\"?)",
                                        "/previousSanctions: is -1; a count cannot be negative",
                                        "/firstSanctionDate: 2013-01-01 is after currentConvictionDate 2012-01-01",
                                        "/currentConvictionDate: 2012-01-01 is after assessmentDate 2011-01-01",
                                        "/currentConvictionDate: the person was 7 at conviction; OGRS3 applies from the age"
                                                + " of criminal responsibility (10)",
                                        "/firstSanctionDate: the person was 8 at the first sanction; sanctions start at the age"
                                                + " of criminal responsibility (10)"));
    }
}
