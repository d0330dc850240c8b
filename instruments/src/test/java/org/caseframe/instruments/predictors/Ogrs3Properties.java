package org.caseframe.instruments.predictors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.Optional;
import org.caseframe.core.model.Sex;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class Ogrs3Properties {
    static final Ogrs3 OGRS3 = Ogrs3.bundled();

    /** Valid inputs: conviction at 10 or older, first sanction between age 10 and the conviction. */
    static Gen<Ogrs3.Input> inputs() {
        return in -> {
            LocalDate dob = LocalDate.of(1930, 1, 1)
                    .plusDays(integers().between(0, 27_000).generate(in));
            LocalDate conviction =
                    dob.plusYears(10).plusDays(integers().between(0, 20_000).generate(in));
            long span = conviction.toEpochDay() - dob.plusYears(10).toEpochDay();
            LocalDate first =
                    dob.plusYears(10).plusDays(integers().between(0, (int) span).generate(in));
            LocalDate assessment =
                    conviction.plusDays(integers().between(0, 3_000).generate(in));
            Sex sex = integers().between(0, 1).generate(in) == 0 ? Sex.MALE : Sex.FEMALE;
            String offence = OGRS3.offenceCategories()
                    .get(integers()
                            .between(0, OGRS3.offenceCategories().size() - 1)
                            .generate(in));
            int previous = integers().between(0, 120).generate(in);
            return new Ogrs3.Input(sex, offence, previous, dob, conviction, first, assessment, Optional.empty());
        };
    }

    static Ogrs3.Input withPrevious(Ogrs3.Input i, int previous) {
        return new Ogrs3.Input(
                i.sex(),
                i.offenceCategory(),
                previous,
                i.dateOfBirth(),
                i.currentConvictionDate(),
                i.firstSanctionDate(),
                i.assessmentDate(),
                i.followUpStartDate());
    }

    @Test
    void twoYearProbabilityIsNeverBelowOneYear() {
        qt().withExamples(2_000).forAll(inputs()).checkAssert(input -> {
            Prediction p = OGRS3.predict(input);
            assertThat(p.twoYear().orElseThrow())
                    .isGreaterThanOrEqualTo(p.oneYear().orElseThrow());
            assertThat(p.oneYear().orElseThrow()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void moreSanctionsNeverLowerTheProbability() {
        qt().withExamples(2_000).forAll(inputs(), integers().between(1, 30)).checkAssert((input, more) -> {
            double fewer = OGRS3.predict(input).twoYear().orElseThrow();
            double many = OGRS3.predict(withPrevious(input, input.previousSanctions() + more))
                    .twoYear()
                    .orElseThrow();
            assertThat(many).isGreaterThanOrEqualTo(fewer);
        });
    }

    @Test
    void theTermsAlwaysExplainTheProbability() {
        qt().withExamples(500).forAll(inputs()).checkAssert(input -> {
            Prediction p = OGRS3.predict(input);
            double z = p.terms().stream().mapToDouble(Term::value).sum();
            assertThat(p.twoYear().orElseThrow())
                    .isCloseTo(1 / (1 + Math.exp(-(2.121705678 + z))), org.assertj.core.api.Assertions.within(1e-12));
        });
    }
}
