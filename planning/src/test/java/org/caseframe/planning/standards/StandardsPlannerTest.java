package org.caseframe.planning.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.model.CaseFile;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.SentencePlanner;
import org.junit.jupiter.api.Test;

class StandardsPlannerTest {
    static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.bundled();
    static final CaseFile SAMPLE = CaseFiles.reader()
            .withDefinitions(CATALOGUE)
            .withClock(Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC))
            .read(Path.of("src/test/resources/fixtures/cases/terrorist-licence.yaml"));
    static final LocalDate RELEASE = LocalDate.of(2025, 3, 10);
    static final StandardsPlanner STANDARDS = new StandardsPlanner(Standards.bundled());

    static SentencePlan planOnReleaseDay() {
        return SentencePlanner.bundled()
                .plan(
                        AssessedCase.of(SAMPLE, CATALOGUE, RELEASE),
                        // Version 1.0, which this schedule was written for; 1.1 holds two contacts a week while RoSH
                        // is not assessed, as on this release day.
                        Policies.bundledVersions("responsive").get(0));
    }

    @Test
    void theReleaseDayPlanSchedulesWeeklyContactsAndFortnightlyResettlementVisits() {
        List<StandardsPlanner.ScheduledContact> schedule = planOnReleaseDay().contactSchedule();

        // Release was on a Monday; contacts fall on the reporting day, Tuesday unless the plan says otherwise.
        LocalDate tuesday = RELEASE.plusDays(1);
        assertThat(schedule)
                .filteredOn(c -> c.standard().equals("WEEKLY_CONTACT"))
                .hasSize(52)
                .allMatch(c -> c.date().getDayOfWeek() == java.time.DayOfWeek.TUESDAY)
                .first()
                .satisfies(c -> assertThat(c.date()).isEqualTo(tuesday));
        assertThat(schedule)
                .filteredOn(c -> c.standard().equals("RESETTLEMENT_AFTER_RELEASE"))
                .extracting(StandardsPlanner.ScheduledContact::date)
                .containsExactly(
                        tuesday,
                        tuesday.plusDays(14),
                        tuesday.plusDays(28),
                        tuesday.plusDays(42),
                        tuesday.plusDays(56),
                        tuesday.plusDays(70),
                        tuesday.plusDays(84));
        assertThat(schedule)
                .filteredOn(c -> c.standard().equals("RESETTLEMENT_AFTER_APPROVED_PREMISES"))
                .first()
                .satisfies(c -> assertThat(c.date()).isEqualTo(LocalDate.of(2025, 9, 9)));
        assertThat(schedule)
                .isSortedAccordingTo(java.util.Comparator.comparing(StandardsPlanner.ScheduledContact::date));
    }

    @Test
    void contactsFallOnTheReportingDayWhateverDayThePlanIsMadeOn() {
        LocalDate sunday = LocalDate.of(2025, 3, 16);
        SentencePlan onSunday = SentencePlanner.bundled()
                .plan(
                        AssessedCase.of(SAMPLE, CATALOGUE, sunday),
                        Policies.bundledVersions("responsive").get(0));
        SentencePlan fridays = SentencePlanner.bundled()
                .withContactDay(java.time.DayOfWeek.FRIDAY)
                .plan(
                        AssessedCase.of(SAMPLE, CATALOGUE, sunday),
                        Policies.bundledVersions("responsive").get(0));

        assertThat(onSunday.contactSchedule())
                .isNotEmpty()
                .filteredOn(c -> c.kind().equals("OFFICE"))
                .allMatch(c -> c.date().getDayOfWeek() == java.time.DayOfWeek.TUESDAY);
        assertThat(fridays.contactSchedule())
                .filteredOn(c -> c.kind().equals("OFFICE"))
                .isNotEmpty()
                .allMatch(c -> c.date().getDayOfWeek() == java.time.DayOfWeek.FRIDAY);
    }

    @Test
    void complianceListsEachPeriodThatFellShort() {
        SentencePlan plan = planOnReleaseDay();
        List<StandardsPlanner.InForce> inForce = STANDARDS.inForce(
                plan.controls(), SAMPLE.sentence().orElseThrow().dates());

        List<StandardsPlanner.Compliance> compliance =
                STANDARDS.compliance(SAMPLE.contacts(), inForce, LocalDate.of(2025, 4, 6));

        assertThat(compliance)
                .filteredOn(c -> c.standard().equals("WEEKLY_CONTACT"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.periods()).isEqualTo(4);
                    assertThat(c.compliant()).isEqualTo(1);
                    assertThat(c.rate()).isEqualTo(0.25);
                    assertThat(c.breaches())
                            .first()
                            .isEqualTo(new StandardsPlanner.Breach(
                                    LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 23), 0, 1));
                });
        assertThat(compliance)
                .filteredOn(c -> c.standard().equals("RESETTLEMENT_AFTER_RELEASE"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.periods()).isEqualTo(2);
                    assertThat(c.compliant()).isEqualTo(1);
                });
    }

    @Test
    void twoContactsAWeekReplaceWeeklyContactWhenThePlanAsksForThem() {
        var controls = List.of(new org.caseframe.planning.matrix.Decisions.ControlDecision(
                org.caseframe.planning.matrix.ControlType.CONTACT_FREQUENCY,
                "p@1",
                java.util.Optional.of(2),
                List.of(),
                List.of()));

        assertThat(STANDARDS.inForce(controls, SAMPLE.sentence().orElseThrow().dates()))
                .extracting(f -> f.standard().id())
                .containsExactly("TWO_CONTACTS_A_WEEK");
    }

    @Test
    void workloadAddsContactsVisitsMeetingsAndReviews() {
        SentencePlan plan = planOnReleaseDay();

        // 1 contact a week (4.33 h) + fortnightly resettlement visits (5.44 h) + MAPPA level 3 (2 h) + reviews (0.67 h)
        assertThat(plan.mappa().orElseThrow().level()).isEqualTo(3);
        assertThat(plan.workloadHoursPerMonth()).isEqualTo(12.44);
    }
}
