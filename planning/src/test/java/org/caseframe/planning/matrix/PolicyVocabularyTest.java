package org.caseframe.planning.matrix;

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
import org.caseframe.planning.internal.FastMatrix;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.SentencePlanner;
import org.caseframe.planning.profile.RiskProfiles;
import org.junit.jupiter.api.Test;

/**
 * Controls and interventions are data: a policy team adds its own in the policy's {@code vocabulary} section, with
 * the words people see, and rules call for them like the bundled ones; a code no vocabulary has is refused where it is
 * written.
 */
class PolicyVocabularyTest {
    static final Path OWN_TERMS = Path.of("src/test/resources/fixtures/policies/responsive-own-terms.yaml");
    static final ControlType PANEL = ControlType.of("LOCAL_CT_PANEL_REVIEW");
    static final InterventionType ONLINE = InterventionType.of("ONLINE_SAFETY_WORK");

    static final String HEAD = PoliciesTest.HEAD;

    static final String RULE = """
              - id: R1
                description: A rule
                when:
                  cohort: {in: [TERRORIST]}
                then:
            """;

    static SentencePlan plan(Policy policy) {
        CaseFile c = CaseFiles.reader()
                .withDefinitions(InstrumentCatalogue.bundled())
                .withClock(Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC))
                .read(Path.of("src/test/resources/fixtures/cases/terrorist-licence.yaml"));
        return SentencePlanner.bundled()
                .plan(AssessedCase.of(c, InstrumentCatalogue.bundled(), LocalDate.of(2026, 11, 30)), policy);
    }

    @Test
    void aPolicysOwnControlAndInterventionAreDecidedOnInWordsAfterTheBundledOnes() throws Exception {
        Policy policy = Policies.read(OWN_TERMS);
        assertThat(policy.controlTypes()).startsWith(ControlType.bundled().toArray(ControlType[]::new));
        assertThat(policy.controlTypes()).last().isEqualTo(PANEL);
        assertThat(policy.interventionTypes()).last().isEqualTo(ONLINE);

        SentencePlan plan = plan(policy);
        assertThat(plan.controls())
                .extracting(Decisions.ControlDecision::type)
                .last()
                .isEqualTo(PANEL);
        assertThat(plan.controls())
                .filteredOn(c -> c.type().equals(PANEL))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.details()).containsExactly("Monthly");
                    assertThat(c.reasons()).extracting(Decisions.Reason::rule).containsExactly("LOCAL_CT_PANEL");
                });
        assertThat(plan.interventions())
                .extracting(Decisions.InterventionDecision::type)
                .contains(ONLINE);
        assertThat(plan.words().label("control", PANEL)).isEqualTo("Local CT case panel review");
        assertThat(plan.words().owner(PANEL.code())).contains("Community offender manager");
        assertThat(plan.words().label("intervention", ONLINE)).isEqualTo("Online safety work");
        // The bundled policies' plans carry no terms of their own.
        assertThat(plan(Policies.bundled("responsive").orElseThrow()).terms()).isEmpty();

        // The plan JSON carries the words for its own codes, so whoever reads it later can show them.
        String written = org.caseframe.core.io.Json.pretty(plan).replaceAll("\\s+", "");
        assertThat(written)
                .contains("\"type\":\"LOCAL_CT_PANEL_REVIEW\"")
                .contains("\"terms\":{\"control\":{\"LOCAL_CT_PANEL_REVIEW\":{\"label\":\"LocalCTcasepanelreview\"");
    }

    @Test
    void theFastPathAndTheDmnExportKnowAPolicysOwnTypes() {
        Policy policy = Policies.read(OWN_TERMS);
        CaseFile c = CaseFiles.reader()
                .withDefinitions(InstrumentCatalogue.bundled())
                .withClock(Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC))
                .read(Path.of("src/test/resources/fixtures/cases/terrorist-licence.yaml"));
        var profile = RiskProfiles.of(AssessedCase.of(c, InstrumentCatalogue.bundled(), LocalDate.of(2026, 11, 30)));
        FastMatrix.Verdict verdict = FastMatrix.compile(policy).decide(profile.encode());
        assertThat(verdict.has(PANEL)).isTrue();
        assertThat(verdict.has(ONLINE)).isTrue();
        assertThat(verdict.has(ControlType.of("NOT_IN_THIS_POLICY"))).isFalse();
        assertThat(verdict.perWeek(ControlType.CONTACT_FREQUENCY)).isEqualTo(1);
        assertThat(verdict.perWeek(PANEL)).isZero();

        assertThat(DmnExport.toXml(policy))
                .contains("name=\"control_LOCAL_CT_PANEL_REVIEW\"")
                .contains("name=\"intervention_ONLINE_SAFETY_WORK\"");
    }

    @Test
    void aControlNoVocabularyHasIsRefusedWhereItIsNamed() {
        assertThat(PoliciesTest.problems(HEAD + RULE + """
                      controls:
                        - {type: POLYGRAF}
                      interventions: [HII, ONLINE_SAFETY_WORK]
                """))
                .containsExactly(
                        "/rules/0/then/controls/0/type: \"POLYGRAF\" is not a control in the vocabulary (did you mean"
                                + " \"POLYGRAPH\"?); a new control needs a label and description under vocabulary:"
                                + " control:",
                        "/rules/0/then/interventions/1: \"ONLINE_SAFETY_WORK\" is not an intervention in the vocabulary;"
                                + " a new intervention needs a label and description under vocabulary: intervention:");
    }

    @Test
    void aPolicysVocabularyNeedsWordsAKnownOwnerAndNoClashWithTheBundledOne() {
        String yaml = HEAD.replace("rules:\n", """
                vocabulary:
                  control:
                    POLYGRAPH: {label: Lie detector, description: Our own polygraph}
                    LOCAL_REVIEW: {label: Local review, description: A local review, owner: NOBODY}
                  intervention:
                    LOCAL_WORK: {label: Local work}
                rules:
                """) + RULE + """
                      controls:
                        - {type: LOCAL_REVIEW}
                """;
        assertThat(PoliciesTest.problems(yaml))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("/vocabulary/intervention/LOCAL_WORK")
                        .contains("description"));
        String withDescription = yaml.replace("{label: Local work}", "{label: Local work, description: Some work}");
        assertThat(PoliciesTest.problems(withDescription))
                .containsExactly(
                        "/vocabulary/control/POLYGRAPH: the bundled vocabulary already has the control \"POLYGRAPH\""
                                + " (Polygraph examinations); use it, or give yours another code",
                        "/vocabulary/control/LOCAL_REVIEW/owner: no owner is called \"NOBODY\"");
        assertThat(PoliciesTest.problems(withDescription
                        .replace("    POLYGRAPH: {label: Lie detector, description: Our own polygraph}\n", "")
                        .replace("owner: NOBODY", "owner: COM")))
                .isEmpty();
    }

    @Test
    void aCodeThatIsNotACodeIsRefusedByTheSchema() {
        assertThat(PoliciesTest.problems(HEAD + RULE + """
                      controls:
                        - {type: "electronic monitoring"}
                """))
                .singleElement()
                .asString()
                .startsWith("/rules/0/then/controls/0/type");
        assertThat(List.of("lower", "1ABC", "A-B"))
                .allSatisfy(code -> org.assertj.core.api.Assertions.assertThatThrownBy(() -> ControlType.of(code))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("is not a control code"));
    }
}
