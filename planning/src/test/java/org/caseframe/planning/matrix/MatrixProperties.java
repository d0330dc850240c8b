package org.caseframe.planning.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseframe.planning.internal.FastMatrix;
import org.caseframe.planning.profile.Factor;
import org.caseframe.planning.profile.RiskProfile;
import org.junit.jupiter.api.Test;

class MatrixProperties {
    static final List<Matrix> MATRICES = Policies.BUNDLED_IDS.stream()
            .map(id -> Matrix.compile(Policies.bundled(id).orElseThrow()))
            .toList();
    static final List<Factor> RISK_INPUTS = java.util.Arrays.stream(Factor.values())
            .filter(f -> f.kind() == Factor.Kind.RISK || f.kind() == Factor.Kind.STABILITY)
            .toList();

    /** The profile with one risk input raised one step: a known level up one, or known stable months fewer. */
    static RiskProfile raise(RiskProfile p, Factor f, int steps) {
        if (f.kind() == Factor.Kind.STABILITY) {
            return p.months(f).map(m -> p.withMonths(f, Math.max(0, m - steps))).orElse(p);
        }
        int code = f.code(p.level(f));
        if (code == 0 || code == f.levels().size()) {
            return p;
        }
        return p.with(f, f.levels().get(Math.min(f.levels().size(), code + steps) - 1));
    }

    static Set<String> controls(Decisions d) {
        return d.controls().stream()
                .map(c -> c.type() + c.perWeek().map(w -> "x" + w).orElse(""))
                .collect(Collectors.toSet());
    }

    @Test
    void theFastPathDecidesExactlyAsTheFullEvaluation() {
        qt().withExamples(5_000).forAll(ProfileGen.profiles()).checkAssert(profile -> {
            for (Matrix m : MATRICES) {
                Decisions full = m.evaluate(profile);
                FastMatrix.Verdict fast = FastMatrix.compile(m.policy()).decide(profile.encode());
                assertThat(fast.nsdManaged()).isEqualTo(full.nsd().managed());
                assertThat(fast.mappaLevel())
                        .isEqualTo(
                                full.mappa().map(Decisions.MappaDecision::level).orElse(0));
                assertThat(fast.mappaCategory())
                        .isEqualTo(full.mappa()
                                .map(Decisions.MappaDecision::category)
                                .orElse(0));
                assertThat(fast.mappaReviewMonths())
                        .isEqualTo(full.mappa()
                                .map(Decisions.MappaDecision::reviewMonths)
                                .orElse(0));
                for (ControlType t : m.policy().controlTypes()) {
                    var c = full.controls().stream()
                            .filter(x -> x.type().equals(t))
                            .findFirst();
                    assertThat(fast.has(t)).as(t.name()).isEqualTo(c.isPresent());
                    assertThat(fast.perWeek(t))
                            .as(t.name())
                            .isEqualTo(c.flatMap(Decisions.ControlDecision::perWeek)
                                    .orElse(0));
                }
                for (InterventionType t : m.policy().interventionTypes()) {
                    assertThat(fast.has(t))
                            .as(t.name())
                            .isEqualTo(full.interventions().stream()
                                    .anyMatch(i -> i.type().equals(t)));
                }
            }
        });
    }

    @Test
    void raisingAnyRiskInputNeverRemovesAControlLowersMappaOrLeavesNsd() {
        qt().withExamples(3_000)
                .forAll(
                        ProfileGen.profiles(),
                        integers().between(0, RISK_INPUTS.size() - 1),
                        integers().between(1, 3))
                .checkAssert((profile, which, steps) -> {
                    RiskProfile raised = raise(profile, RISK_INPUTS.get(which), steps);
                    for (Matrix m : MATRICES) {
                        assertNeverLess(m.evaluate(profile), m.evaluate(raised), true);
                    }
                });
    }

    /**
     * Unknown is never low: making any known risk input unknown (RoSH, domestic abuse, sexual harm, presenting risk,
     * the ERG judgements, the predictors, months stable) never removes a control, lowers a contact frequency or the
     * MAPPA level, or takes a case out of NSD, under every bundled version of every policy from 1.1 on.
     */
    @Test
    void makingAnyKnownRiskInputUnknownNeverRemovesAControlLowersMappaOrLeavesNsd() {
        List<Matrix> unknownSafe = Policies.BUNDLED_IDS.stream()
                .flatMap(id -> Policies.bundledVersions(id).stream())
                .filter(p -> !p.version().equals("1.0"))
                .map(Matrix::compile)
                .toList();
        assertThat(unknownSafe).hasSize(2);
        qt().withExamples(3_000)
                .forAll(ProfileGen.profiles(), integers().between(0, RISK_INPUTS.size() - 1))
                .checkAssert((profile, which) -> {
                    Factor f = RISK_INPUTS.get(which);
                    RiskProfile unknown = f.numeric() ? profile.withMonths(f, null) : profile.with(f, Factor.UNKNOWN);
                    for (Matrix m : unknownSafe) {
                        assertNeverLess(m.evaluate(profile), m.evaluate(unknown), false);
                    }
                });
    }

    /** {@code after} has every control (at least as often), MAPPA level and NSD management {@code before} has. */
    static void assertNeverLess(Decisions before, Decisions after, boolean interventionsToo) {
        assertThat(after.controls().stream()
                        .map(Decisions.ControlDecision::type)
                        .toList())
                .containsAll(before.controls().stream()
                        .map(Decisions.ControlDecision::type)
                        .toList());
        before.controls()
                .forEach(c -> c.perWeek()
                        .ifPresent(w -> assertThat(after.controls().stream()
                                        .filter(a -> a.type().equals(c.type()))
                                        .findFirst()
                                        .orElseThrow()
                                        .perWeek()
                                        .orElseThrow())
                                .isGreaterThanOrEqualTo(w)));
        if (interventionsToo) {
            assertThat(after.interventions().stream()
                            .map(Decisions.InterventionDecision::type)
                            .toList())
                    .containsAll(before.interventions().stream()
                            .map(Decisions.InterventionDecision::type)
                            .toList());
        }
        int levelBefore = before.mappa().map(Decisions.MappaDecision::level).orElse(0);
        int levelAfter = after.mappa().map(Decisions.MappaDecision::level).orElse(0);
        assertThat(levelAfter).isGreaterThanOrEqualTo(levelBefore);
        if (before.nsd().managed()) {
            assertThat(after.nsd().managed()).isTrue();
        }
    }

    @Test
    void everyOutputHasReasonsNamingThePolicyVersion() {
        qt().withExamples(2_000).forAll(ProfileGen.profiles()).checkAssert(profile -> {
            for (Matrix m : MATRICES) {
                Decisions d = m.evaluate(profile);
                String ref = m.policy().ref();
                assertThat(d.policy()).isEqualTo(ref);
                assertThat(d.nsd().reasons())
                        .isNotEmpty()
                        .allMatch(r -> r.policy().equals(ref));
                d.mappa().ifPresent(x -> assertThat(x.reasons()).isNotEmpty());
                d.controls()
                        .forEach(c -> assertThat(c.reasons())
                                .isNotEmpty()
                                .allMatch(r -> r.policy().equals(ref)));
                d.interventions().forEach(i -> assertThat(i.reasons()).isNotEmpty());
            }
        });
    }

    @Test
    void evaluationIsDeterministic() {
        qt().withExamples(500).forAll(ProfileGen.profiles()).checkAssert(profile -> {
            for (Matrix m : MATRICES) {
                assertThat(m.evaluate(profile)).isEqualTo(m.evaluate(profile));
                assertThat(FastMatrix.compile(m.policy()).countMatches(profile.encode()))
                        .isEqualTo(m.matchingRules(profile).size());
            }
        });
    }

    @Test
    void unknownIsNeverTreatedAsLow() {
        Matrix responsive = MATRICES.get(1);
        RiskProfile unknownRisk =
                RiskProfile.unknown(java.time.LocalDate.of(2026, 1, 1)).with(Factor.COHORT, "TERRORIST_RISK");

        assertThat(responsive.evaluate(unknownRisk).nsd().managed()).isTrue();
        assertThat(responsive
                        .evaluate(unknownRisk.with(Factor.PRESENTING_RISK, "LOW"))
                        .nsd()
                        .managed())
                .isFalse();
    }
}
