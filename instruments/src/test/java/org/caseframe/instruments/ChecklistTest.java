package org.caseframe.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.AssessmentStatus;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.Item;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.model.Practitioner;
import org.caseframe.core.model.SummaryJudgement;
import org.caseframe.core.validation.AssessmentValidator;
import org.caseframe.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

class ChecklistTest {
    static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.bundled();
    static final InstrumentDefinition DASH = CATALOGUE.find("dash-style").orElseThrow();
    static final InstrumentDefinition VISIT =
            CATALOGUE.find("home-visit-safety").orElseThrow();

    static Assessment answered(InstrumentDefinition d, Set<String> yes, String judgementId, String level) {
        Map<String, ItemRating> ratings = new LinkedHashMap<>();
        for (Item item : d.items()) {
            ratings.put(
                    item.id(),
                    new ItemRating(
                            yes.contains(item.id()) ? "YES" : "NO", Optional.empty(), List.of(), Optional.empty()));
        }
        Map<String, SummaryJudgement> judgements = level == null
                ? Map.of()
                : Map.of(judgementId, new SummaryJudgement(level, Optional.of("Professional judgement")));
        return new Assessment(
                "X1",
                d.ref(),
                new Practitioner("A", "PO"),
                LocalDate.of(2024, 1, 1),
                Optional.of(LocalDate.of(2024, 1, 1)),
                AssessmentStatus.COMPLETE,
                Optional.empty(),
                ratings,
                List.of(),
                judgements,
                Map.of(),
                List.of());
    }

    static Set<String> firstYes(int n) {
        return Set.copyOf(DASH.items().subList(0, n).stream().map(Item::id).toList());
    }

    @Test
    void dashCountsGiveStandardMediumAndHighWithMaracAtHigh() {
        DomesticAbuseScreening nine = DomesticAbuseScreening.of(DASH, answered(DASH, firstYes(9), "RISK_LEVEL", null));
        DomesticAbuseScreening ten = DomesticAbuseScreening.of(DASH, answered(DASH, firstYes(10), "RISK_LEVEL", null));
        DomesticAbuseScreening fourteen =
                DomesticAbuseScreening.of(DASH, answered(DASH, firstYes(14), "RISK_LEVEL", null));

        assertThat(nine.level()).isEqualTo("STANDARD");
        assertThat(ten.level()).isEqualTo("MEDIUM");
        assertThat(fourteen.level()).isEqualTo("HIGH");
        assertThat(fourteen.yesCount()).isEqualTo(14);
        assertThat(fourteen.maracReferralDue()).isTrue();
        assertThat(ten.maracReferralDue()).isFalse();
        assertThat(fourteen.reasons()).containsExactly("14 of 27 items answered YES: High");
    }

    @Test
    void professionalJudgementCanRaiseToHighAndSoToMarac() {
        DomesticAbuseScreening raised =
                DomesticAbuseScreening.of(DASH, answered(DASH, Set.of("D18"), "RISK_LEVEL", "HIGH"));

        assertThat(raised.suggested()).isEqualTo("STANDARD");
        assertThat(raised.level()).isEqualTo("HIGH");
        assertThat(raised.raisedByJudgement()).isTrue();
        assertThat(raised.maracReferralDue()).isTrue();
    }

    @Test
    void dashJudgementIsNeverLowered() {
        qt().withExamples(500)
                .forAll(integers().between(0, 27), integers().between(0, 2))
                .checkAssert((yes, judged) -> {
                    String level = List.of("STANDARD", "MEDIUM", "HIGH").get(judged);
                    Assessment a = answered(DASH, firstYes(yes), "RISK_LEVEL", level);
                    DomesticAbuseScreening s = DomesticAbuseScreening.of(DASH, a);
                    boolean refused = AssessmentValidator.validate(DASH, a, LocalDate.of(2024, 6, 1), "").stream()
                            .anyMatch(p -> p.code() == ProblemCode.BELOW_SUGGESTED);
                    int standing = List.of("STANDARD", "MEDIUM", "HIGH").indexOf(s.level());
                    int suggested = List.of("STANDARD", "MEDIUM", "HIGH").indexOf(s.suggested());
                    // A valid assessment never stands below its count; a lower judgement is always refused.
                    assertThat(refused || standing >= suggested).isTrue();
                    assertThat(refused).isEqualTo(standing < suggested);
                });
    }

    @Test
    void homeVisitPlanTakesTheSafestHazardAndSaysWhy() {
        HomeVisitPlan none = HomeVisitPlan.of(VISIT, answered(VISIT, Set.of(), "VISIT_PLAN", null));
        HomeVisitPlan dogsAndIdeology =
                HomeVisitPlan.of(VISIT, answered(VISIT, Set.of("H2", "H7"), "VISIT_PLAN", null));
        HomeVisitPlan threat = HomeVisitPlan.of(VISIT, answered(VISIT, Set.of("H1", "H4"), "VISIT_PLAN", null));

        assertThat(none.plan()).isEqualTo("STANDARD");
        assertThat(none.reasons()).containsExactly("No hazards recorded");
        assertThat(dogsAndIdeology.plan()).isEqualTo("WITH_POLICE");
        assertThat(dogsAndIdeology.reasons())
                .containsExactly(
                        "Ideology that treats officials as legitimate targets: at least Visit with police",
                        "Dangerous animals; ask for them to be secured: at least Two-person visit");
        assertThat(threat.plan()).isEqualTo("DO_NOT_VISIT");
    }

    @Test
    void aSaferPlanMayBeChosenButNotALessSafeOne() {
        Assessment safer = answered(VISIT, Set.of("H1"), "VISIT_PLAN", "WITH_POLICE");
        Assessment lessSafe = answered(VISIT, Set.of("H5"), "VISIT_PLAN", "TWO_PERSON");

        assertThat(HomeVisitPlan.of(VISIT, safer).plan()).isEqualTo("WITH_POLICE");
        assertThat(AssessmentValidator.validate(VISIT, lessSafe, LocalDate.of(2024, 6, 1), ""))
                .extracting(p -> p.code())
                .containsExactly(ProblemCode.BELOW_SUGGESTED);
    }
}
