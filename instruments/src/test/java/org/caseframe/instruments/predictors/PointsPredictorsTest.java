package org.caseframe.instruments.predictors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Optional;
import org.caseframe.core.model.Sex;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.junit.jupiter.api.Test;

/** OVP, OGP, OSP/DC and OSP/IIC against the reference vectors in predictors.md. */
class PointsPredictorsTest {
    static final LocalDate DOB = LocalDate.parse("1964-10-15");
    static final LocalDate FOLLOW_UP = LocalDate.parse("2027-12-12");

    static int pct(double p) {
        return (int) Math.round(p * 100);
    }

    static Ovp.Input ovp(int sanctions, int violent, boolean notRecognise, int alcohol, int binge, int temper) {
        return new Ovp.Input(
                Sex.MALE,
                DOB,
                FOLLOW_UP,
                sanctions,
                violent,
                true,
                true,
                notRecognise,
                alcohol,
                binge,
                false,
                temper,
                0);
    }

    static void assertPrediction(Prediction p, int points, int oneYear, int twoYear, Band band) {
        assertThat(p.points()).contains(points);
        assertThat(pct(p.oneYear().orElseThrow())).isEqualTo(oneYear);
        assertThat(pct(p.twoYear().orElseThrow())).isEqualTo(twoYear);
        assertThat(p.band()).isEqualTo(band);
    }

    @Test
    void ovpReproducesTheReferenceCases() {
        assertPrediction(Ovp.bundled().predict(ovp(30, 10, false, 0, 0, 0)), 39, 15, 26, Band.LOW);
        assertPrediction(Ovp.bundled().predict(ovp(1, 0, true, 0, 0, 0)), 22, 5, 9, Band.LOW);
        assertPrediction(Ovp.bundled().predict(ovp(55, 40, false, 1, 1, 2)), 58, 42, 58, Band.MEDIUM);
    }

    @Test
    void ovpExplainsItsPointsAndRefusesBadInput() {
        Prediction p = Ovp.bundled().predict(ovp(55, 40, false, 1, 1, 2));
        assertThat(p.model()).isEqualTo("ovp@1.0");
        assertThat(p.terms().stream().mapToDouble(Term::value).sum()).isEqualTo(58.0);
        assertThat(p.terms())
                .filteredOn(t -> t.name().equals("alcohol"))
                .singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo(5.0));

        assertThatThrownBy(() -> Ovp.bundled()
                        .predict(new Ovp.Input(
                                Sex.MALE,
                                LocalDate.parse("2010-01-01"),
                                LocalDate.parse("2024-01-01"),
                                2,
                                3,
                                false,
                                false,
                                false,
                                3,
                                0,
                                false,
                                0,
                                0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactly(
                                        "/violentSanctions: is 3, more than the 2 sanctions in total",
                                        "/currentAlcoholMisuse: is 3; expected 0 to 2",
                                        "/dateOfBirth: the person is 14 at the start of follow-up; OVP applies from 18"));
    }

    static Ogp.Input ogp(int ogrs3, int drugs) {
        return new Ogp.Input(ogrs3, false, true, 1, drugs, 0, 1, 1, 0, 1);
    }

    @Test
    void ogpReproducesTheReferenceCases() {
        assertPrediction(Ogp.bundled().predict(ogp(81, 0)), 62, 53, 68, Band.HIGH);
        assertPrediction(Ogp.bundled().predict(ogp(67, 0)), 53, 40, 55, Band.MEDIUM);
        assertPrediction(Ogp.bundled().predict(ogp(37, 2)), 43, 26, 39, Band.MEDIUM);
        assertPrediction(Ogp.bundled().predict(ogp(17, 2)), 31, 15, 24, Band.LOW);
    }

    @Test
    void ogpTakesTheOgrs3PercentageFromAPrediction() {
        Prediction ogrs3 = Ogrs3.bundled()
                .predict(new Ogrs3.Input(
                        Sex.MALE,
                        "VIOLENCE",
                        2,
                        LocalDate.parse("1997-02-01"),
                        LocalDate.parse("2017-02-01"),
                        LocalDate.parse("2017-02-01"),
                        LocalDate.parse("2017-02-01"),
                        java.util.Optional.empty()));

        assertThat(Ogp.ogrs3Percent(ogrs3)).isEqualTo(61);
        assertThatThrownBy(() -> Ogp.bundled().predict(ogp(101, 3)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void ospDcReproducesThePointsToProbabilityVectors() {
        // The published 28-point vector was computed with an intercept of -8.633 (osp-dc 1.1, after the MoJ service's
        // fix of 2025-10-31), the 32- and 64-point vectors with -8.6333 (osp-dc 1.0, kept so past results reproduce).
        OspDc current = OspDc.bundled();
        OspDc first = OspDc.bundledVersions().get(0);
        assertThat(current.version()).isEqualTo("1.1");
        assertThat(first.version()).isEqualTo("1.0");
        assertThat(current.probability(28)).isCloseTo(0.015388904099572493, within(1e-12));
        assertThat(first.probability(32)).isCloseTo(0.028756873716863567, within(1e-12));
        assertThat(first.probability(64)).isCloseTo(0.8311640984549419, within(1e-12));
        assertThat(current.probability(32)).isCloseTo(0.028756873716863567, within(1e-5));
        assertThat(current.probability(0)).isZero();
    }

    static OspDc.Input ospDc(boolean inCommunity, int offenceFreeYears) {
        return new OspDc.Input(
                Sex.MALE,
                LocalDate.parse("1980-01-01"),
                LocalDate.parse("2020-01-01"),
                LocalDate.parse("2015-06-01"),
                1,
                0,
                2,
                3,
                true,
                inCommunity,
                offenceFreeYears);
    }

    @Test
    void ospDcScoresBandsAndReducesTheBandAfterFiveOffenceFreeYears() {
        Prediction custody = OspDc.bundled().predict(ospDc(false, 6));
        assertThat(custody.points()).contains(36);
        assertThat(custody.band()).isEqualTo(Band.VERY_HIGH);
        assertThat(custody.probability()).contains(OspDc.bundled().probability(36));
        assertThat(custody.terms()).extracting(Term::value).containsExactly(5.0, 0.0, 4.0, 7.0, 10.0, 6.0, 4.0);

        assertThat(OspDc.bundled().predict(ospDc(true, 5)).band()).isEqualTo(Band.HIGH);
        assertThat(OspDc.bundled().predict(ospDc(true, 4)).band()).isEqualTo(Band.VERY_HIGH);
    }

    @Test
    void ospDcDoesNotApplyToWomenOrPeopleWithoutSexualSanctions() {
        Prediction woman = OspDc.bundled()
                .predict(new OspDc.Input(
                        Sex.FEMALE,
                        LocalDate.parse("1980-01-01"),
                        LocalDate.parse("2020-01-01"),
                        LocalDate.parse("2015-01-01"),
                        1,
                        0,
                        0,
                        0,
                        false,
                        false,
                        0));
        Prediction none = OspDc.bundled()
                .predict(new OspDc.Input(
                        Sex.MALE,
                        LocalDate.parse("1980-01-01"),
                        LocalDate.parse("2020-01-01"),
                        Optional.empty(),
                        0,
                        0,
                        0,
                        4,
                        false,
                        false,
                        0));

        assertThat(woman.band()).isEqualTo(Band.NOT_APPLICABLE);
        assertThat(woman.probability()).contains(0.0);
        assertThat(woman.terms()).extracting(Term::basis).containsExactly("OSP/DC is not calculated for women");
        assertThat(none.band()).isEqualTo(Band.NOT_APPLICABLE);
        assertThat(none.probability()).contains(0.0);
    }

    @Test
    void ospDcScoresAnUnknownLastSanctionDateAndStrangerVictimAsZero() {
        Prediction p = OspDc.bundled()
                .predict(new OspDc.Input(
                        Sex.MALE,
                        LocalDate.parse("1980-01-01"),
                        LocalDate.parse("2020-01-01"),
                        Optional.empty(),
                        1,
                        0,
                        0,
                        0,
                        false,
                        false,
                        0));

        assertThat(p.terms())
                .filteredOn(t -> t.name().equals("ageAtLastSexualSanction"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.basis()).isEqualTo("not known");
                    assertThat(t.value()).isZero();
                });
        // 5 adult contact + age 40 at follow-up (14 - 7 = 7) + 0 + 0 + 0.
        assertThat(p.points()).contains(12);
    }

    @Test
    void ospDcStillRefusesImpossibleInput() {
        assertThatThrownBy(() -> OspDc.bundled()
                        .predict(new OspDc.Input(
                                Sex.MALE,
                                LocalDate.parse("1980-01-01"),
                                LocalDate.parse("2020-01-01"),
                                LocalDate.parse("1985-01-01"),
                                -1,
                                0,
                                0,
                                0,
                                false,
                                false,
                                0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::pointer)
                                .containsExactly("/adultContactSanctions", "/lastSexualSanctionDate"));
    }

    @Test
    void ospIicFollowsItsHierarchy() {
        assertThat(iic(3, 2, 1)).isEqualTo(new Object[] {0.10310, Band.HIGH});
        assertThat(iic(1, 1, 0)).isEqualTo(new Object[] {0.03328, Band.MEDIUM});
        assertThat(iic(2, 0, 2)).isEqualTo(new Object[] {0.00926, Band.LOW});
        assertThat(iic(1, 0, 1)).isEqualTo(new Object[] {0.00634, Band.LOW});
        assertThat(iic(0, 0, 0)).isEqualTo(new Object[] {0.0, Band.NOT_APPLICABLE});
        assertThat(iic(2, 0, 0)).isEqualTo(new Object[] {0.00281, Band.LOW});
        assertThatThrownBy(() -> iic(1, 1, 1)).isInstanceOf(InvalidInputException.class);
        Prediction woman = OspIic.bundled().predict(new OspIic.Input(3, 2, 1, Optional.of(Sex.FEMALE)));
        assertThat(woman.band()).isEqualTo(Band.NOT_APPLICABLE);
        assertThat(woman.probability()).contains(0.0);
        // Version 1.0 is kept as it was: no sexual sanctions gave the legacy RSR contribution.
        OspIic first = OspIic.bundledVersions().get(0);
        assertThat(first.predict(new OspIic.Input(0, 0, 0)).probability()).contains(0.00062);
    }

    static Object[] iic(int sexual, int images, int childContact) {
        Prediction p = OspIic.bundled().predict(new OspIic.Input(sexual, images, childContact));
        return new Object[] {p.probability().orElseThrow(), p.band()};
    }
}
