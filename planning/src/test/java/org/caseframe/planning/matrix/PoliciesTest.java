package org.caseframe.planning.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.caseframe.core.io.Format;
import org.caseframe.core.validation.Problem;
import org.junit.jupiter.api.Test;

class PoliciesTest {
    static List<String> problems(String yaml) {
        return Policies.check(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), Format.YAML, "p.yaml")
                .problems()
                .stream()
                .map(Problem::toString)
                .toList();
    }

    static final String HEAD = """
            id: test
            version: "1.0"
            title: Test policy
            effectiveFrom: 2026-01-01
            sources: [{text: Test, verified: false}]
            thresholds: {stable: 6}
            rules:
            """;

    @Test
    void everyRuleOfTheCurrentBundledPoliciesNamesThePassageItEncodes() {
        for (String id : List.of("current-practice", "responsive")) {
            Policy policy = Policies.bundled(id).orElseThrow();
            assertThat(policy.rules())
                    .isNotEmpty()
                    .allSatisfy(rule -> assertThat(rule.source())
                            .as(policy.ref() + " " + rule.id())
                            .hasValueSatisfying(source -> assertThat(source)
                                    .containsAnyOf(
                                            "Inspection 2023, section",
                                            "Inspection 2023, recommendation",
                                            "Inspection 2023, executive summary",
                                            "Inspection 2023, key terms",
                                            "Caseframe's own rule")));
        }
    }

    @Test
    void theBundledPoliciesLoadWithTheirVersions() {
        assertThat(Policies.bundled("current-practice").orElseThrow().ref()).isEqualTo("current-practice@1.1");
        assertThat(Policies.bundledVersions("responsive"))
                .extracting(Policy::ref)
                .containsExactly("responsive@1.0", "responsive@1.1");
        assertThat(PolicyCatalogue.bundled().find("responsive@1.0")).isPresent();
        assertThat(Policies.bundled("responsive").orElseThrow().thresholds())
                .containsEntry("stableMonthsForStepDown", 6);
        assertThat(Policies.bundled("nope")).isEmpty();
    }

    @Test
    void structuralProblemsAreListedWithHints() {
        assertThat(problems(HEAD + """
                  - id: R1
                    description: d
                    when: {ergIntent: {atLeast: HIGH}}
                    then:
                      controls: [{type: ELECTRONIC_MONITERING}]
                      interventions: [HII]
                      mapa: {category: 4, level: 3, reviewMonths: 3}
                """))
                .as("the structure first: a misspelt control is found once the file's structure is right")
                .containsExactly("/rules/0/then/mapa: unknown field \"mapa\" (did you mean \"mappa\"?)");
        assertThat(problems(HEAD + """
                  - id: R1
                    description: d
                    when: {ergIntent: {atLeast: HIGH}}
                    then:
                      controls: [{type: ELECTRONIC_MONITERING}]
                      interventions: [HII]
                """))
                .containsExactly("/rules/0/then/controls/0/type: \"ELECTRONIC_MONITERING\" is not a control in the"
                        + " vocabulary (did you mean \"ELECTRONIC_MONITORING\"?); a new control needs a label and"
                        + " description under vocabulary: control:");
    }

    @Test
    void unknownFactorsValuesAndThresholdsAreNamed() {
        assertThat(problems(HEAD + """
                  - id: R1
                    description: d
                    when:
                      ergIntnet: {atLeast: HIGH}
                      presentingRisk: {atLeast: VERY_HIGH}
                      cohort: {atLeast: TERRORIST}
                      monthsStable: {monthsBelow: $stabel}
                      monthsSinceRelease: {in: [LOW]}
                    then: {interventions: [HII]}
                  - id: R1
                    description: duplicate
                    when: {stage: {in: [RELEASED]}}
                    then: {interventions: [HII]}
                """))
                .containsExactly(
                        "/rules/0/when/ergIntnet: no factor is called \"ergIntnet\" (did you mean \"ergIntent\"?)",
                        "/rules/0/when/presentingRisk/atLeast: \"VERY_HIGH\" is not a value of presentingRisk"
                                + " (expected one of: LOW, MODERATE, HIGH)",
                        "/rules/0/when/cohort: cohort has no order of risk: use in with the values meant",
                        "/rules/0/when/monthsStable/monthsBelow: no threshold is called \"stabel\" (did you mean"
                                + " \"stable\"?)",
                        "/rules/0/when/monthsSinceRelease: monthsSinceRelease is a number of months: use"
                                + " monthsAtLeast and monthsBelow, or in: [UNKNOWN] alone for months not known",
                        "/rules/1/id: rule id \"R1\" is used more than once",
                        "/rules/1/when/stage/in/0: \"RELEASED\" is not a value of stage (expected one of: REMAND,"
                                + " PRE_RELEASE_CUSTODY, FIRST_12_MONTHS_COMMUNITY, LATER_COMMUNITY,"
                                + " POST_SENTENCE_NOTIFICATION, UNKNOWN)");
    }

    @Test
    void rulesThatCanNeverFireAndContradictionsAreFound() {
        assertThat(problems(HEAD + """
                  - id: NEVER
                    description: atLeast HIGH and below MEDIUM cannot both hold
                    when: {ergIntent: {atLeast: HIGH, below: MEDIUM}}
                    then: {interventions: [HII]}
                  - id: NEVER_MONTHS
                    description: an empty range
                    when: {monthsStable: {monthsAtLeast: $stable, monthsBelow: 3}}
                    then: {interventions: [HII]}
                  - id: IN
                    description: in
                    when: {cohort: {in: [TERRORIST_RISK]}, presentingRisk: {atLeast: MODERATE}}
                    then: {nsd: {managed: true, adds: CT oversight}}
                  - id: OUT
                    description: out
                    when: {cohort: {in: [TERRORIST_RISK]}, presentingRisk: {atMost: MODERATE}}
                    then: {nsd: {managed: false, adds: Generic probation}}
                  - id: OUT_DISJOINT
                    description: no overlap with IN
                    when: {cohort: {in: [TERRORIST_RISK]}, presentingRisk: {in: [LOW]}}
                    then: {nsd: {managed: false, adds: Generic probation}}
                """))
                .containsExactly(
                        "/rules/0/when: rule NEVER can never fire: no profile satisfies all its conditions",
                        "/rules/1/when: rule NEVER_MONTHS can never fire: no profile satisfies all its conditions",
                        "/rules/3/then/nsd: rule OUT and rule IN can fire together but disagree on NSD management;"
                                + " narrow one of them");
    }

    @org.junit.jupiter.api.Test
    void aBundledPolicyIsReadOnceAndShared() {
        assertThat(Policies.bundled("responsive").orElseThrow())
                .isSameAs(Policies.bundled("responsive").orElseThrow())
                .isNotSameAs(Policies.bundled("current-practice").orElseThrow());
    }
}
