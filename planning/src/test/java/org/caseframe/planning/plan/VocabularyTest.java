package org.caseframe.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.CheckKind;
import org.caseframe.core.model.Cohort;
import org.caseframe.core.model.ContactKind;
import org.caseframe.core.model.SourceAgency;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.ControlType;
import org.caseframe.planning.matrix.InterventionType;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.whatif.CohortGenerator;
import org.junit.jupiter.api.Test;

/** Words, not codes: every code a person can be shown has a label and a description in the vocabulary file. */
class VocabularyTest {
    static final Vocabulary VOCABULARY = Vocabulary.bundled();

    static void covers(String kind, List<String> codes) {
        assertThat(codes)
                .isNotEmpty()
                .allSatisfy(code -> assertThat(VOCABULARY.term(kind, code))
                        .as(kind + " " + code)
                        .hasValueSatisfying(t -> {
                            assertThat(t.label()).isNotBlank().doesNotContain("_");
                            assertThat(t.description()).isNotBlank();
                        }));
    }

    static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    /** The codes of a type's public constants: the controls and interventions the Java code itself names. */
    static List<String> constants(Class<?> type) {
        return java.util.Arrays.stream(type.getFields())
                .filter(f -> java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.getType() == type)
                .map(f -> {
                    try {
                        return f.get(null).toString();
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }

    @Test
    void everyCodeOfEveryKindHasALabelAndADescription() {
        assertThat(constants(ControlType.class)).hasSize(14);
        covers("control", constants(ControlType.class));
        assertThat(ControlType.bundled())
                .as("every control says who owns it")
                .allSatisfy(c -> assertThat(VOCABULARY.owner(c.name())).isPresent());
        assertThat(constants(InterventionType.class)).hasSize(15);
        covers("intervention", constants(InterventionType.class));
        covers("owner", names(SentencePlan.Owner.values()));
        covers("status", names(SentencePlan.Status.values()));
        covers("severity", names(SentencePlan.Severity.values()));
        covers("enquiry", names(CheckKind.values()));
        covers("contact", names(ContactKind.values()));
        covers("source", names(SourceAgency.values()));
        covers("cohort", names(Cohort.values()));
        covers("assessmentStatus", names(org.caseframe.core.model.AssessmentStatus.values()));
        covers("nameUse", names(org.caseframe.core.model.NameUse.values()));
        covers("roshGroup", names(org.caseframe.core.model.RoshGroup.values()));
        covers(
                "transition",
                java.util.stream.Stream.concat(
                                PlanTemplates.bundled().checkpoints().stream()
                                        .map(PlanTemplates.CheckpointTemplate::transition),
                                java.util.stream.Stream.of("MARAC_REFERRAL"))
                        .toList());
    }

    @Test
    void everyFindingTheLibraryMakesOverAGeneratedCohortHasWords() {
        LocalDate asOf = LocalDate.of(2026, 6, 1);
        InstrumentCatalogue catalogue = InstrumentCatalogue.bundled();
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (CaseFile c : new CohortGenerator(catalogue, asOf).generate(200, 5)) {
            for (Policy policy : Policies.bundledVersions("responsive")) {
                SentencePlanner.bundled()
                        .plan(AssessedCase.of(c, catalogue, asOf), policy)
                        .findings()
                        .forEach(f -> codes.add(f.code()));
            }
        }
        assertThat(codes).hasSizeGreaterThan(5);
        covers("finding", List.copyOf(codes));
        covers("finding", List.copyOf(VOCABULARY.terms().get("finding").keySet()));
    }

    @Test
    void aCodeTheVocabularyLacksIsStillShownInWords() {
        assertThat(VOCABULARY.label("control", "SOMETHING_NEW")).isEqualTo("Something new");
        assertThat(VOCABULARY.terms()).containsKeys(Vocabulary.KINDS.toArray(String[]::new));
        assertThat(VOCABULARY.terms().values()).allMatch(m -> !m.isEmpty(), "no empty kind");
        assertThat(Map.copyOf(VOCABULARY.terms())).hasSize(Vocabulary.KINDS.size());
    }
}
