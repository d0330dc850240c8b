package org.caseframe.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.caseframe.benchmarks.dmn.CamundaEngine;
import org.caseframe.benchmarks.dmn.CaseframeEngine;
import org.caseframe.benchmarks.dmn.KieEngine;
import org.caseframe.benchmarks.dmn.MatrixEngine;
import org.caseframe.benchmarks.dmn.RandomProfiles;
import org.caseframe.planning.matrix.DmnExport;
import org.caseframe.planning.matrix.Matrix;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.profile.RiskProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The matrix exported as DMN decides exactly as Caseframe does, in both DMN engines, on 100,000 random profiles per
 * policy (every rule of the policy fires somewhere in the sample, or the test says so). Camunda is run with its legacy
 * Java FEEL for the full sample and with its default Scala FEEL on the first {@value #SCALA_FEEL_DEFAULT} profiles,
 * because the Scala FEEL engine takes about 25 ms per profile here (see BENCHMARKS.md); raise that with
 * {@code -Dcaseframe.dmn.scalaFeelProfiles=100000} for the whole sample.
 */
class DmnDifferentialTest {
    private static final int PROFILES = Integer.getInteger("caseframe.dmn.profiles", 100_000);
    private static final int SCALA_FEEL_DEFAULT = 500;
    private static final int SCALA_FEEL_PROFILES =
            Integer.getInteger("caseframe.dmn.scalaFeelProfiles", SCALA_FEEL_DEFAULT);

    @ParameterizedTest
    @ValueSource(strings = {"current-practice", "responsive"})
    void bothDmnEnginesDecideExactlyAsCaseframe(String policyName) {
        agree(policyName, PROFILES);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"../examples/policies/responsive-local.yaml", "../examples/policies/responsive-own-terms.yaml"})
    void aPolicyTeamsLocalVariantExportsAsFaithfully(String policyName) {
        agree(policyName, Math.min(PROFILES, 20_000));
    }

    /** A policy with controls and interventions of its own exports them too (fewer profiles: the build's time). */
    @Test
    void aPolicysOwnControlsAndInterventionsExportAsFaithfully() {
        agree("../examples/policies/responsive-own-terms.yaml", Math.min(PROFILES, 5_000));
    }

    private static void agree(String policyName, int count) {
        Policy policy = Policies.resolve(policyName).orThrow();
        String dmn = DmnExport.toXml(policy);
        RiskProfile[] profiles = RandomProfiles.generate(count, policyName.hashCode());

        MatrixEngine caseframe = new CaseframeEngine(policy);
        assertThat(mismatches(caseframe, new KieEngine(dmn), profiles, count))
                .as("KIE")
                .isEmpty();
        assertThat(mismatches(caseframe, new CamundaEngine(dmn, true), profiles, count))
                .as("Camunda, legacy FEEL")
                .isEmpty();
        assertThat(mismatches(caseframe, new CamundaEngine(dmn, false), profiles, SCALA_FEEL_PROFILES))
                .as("Camunda, Scala FEEL")
                .isEmpty();

        Matrix matrix = Matrix.compile(policy);
        Set<String> fired = new HashSet<>();
        for (RiskProfile p : profiles) {
            fired.addAll(matrix.matchingRules(p));
        }
        assertThat(fired)
                .as("rules that fired in the sample")
                .containsExactlyInAnyOrderElementsOf(
                        policy.rules().stream().map(Policy.Rule::id).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"responsive"})
    void theComparisonNoticesAModelThatDecidesDifferently(String policyName) {
        Policy policy = Policies.resolve(policyName).orThrow();
        Policy changed = Policies.resolve(
                        Path.of("../examples/policies/responsive-local.yaml").toString())
                .orThrow();
        RiskProfile[] profiles = RandomProfiles.generate(20_000, 3);

        assertThat(mismatches(new CaseframeEngine(policy), new KieEngine(DmnExport.toXml(changed)), profiles, 20_000))
                .isNotEmpty();
    }

    /** Up to five descriptions of profiles on which {@code other} decides differently from {@code reference}. */
    private static List<String> mismatches(
            MatrixEngine reference, MatrixEngine other, RiskProfile[] profiles, int count) {
        return IntStream.range(0, Math.min(count, profiles.length))
                .parallel()
                .mapToObj(i -> {
                    var expected = reference.evaluate(profiles[i]);
                    var actual = other.evaluate(profiles[i]);
                    return expected.equals(actual)
                            ? null
                            : other.name() + " on " + profiles[i] + ": " + actual + ", Caseframe: " + expected;
                })
                .filter(Objects::nonNull)
                .limit(5)
                .toList();
    }
}
