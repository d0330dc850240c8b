package org.caseframe.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caseframe.core.model.AssessmentStatus;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.Cohort;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.core.testing.Fixtures;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFileReaderTest {
    @TempDir
    Path dir;

    private static String valid() throws Exception {
        return Files.readString(Fixtures.resource("valid-case.json"));
    }

    private List<Problem> problems(String content, Format format) {
        ReadResult<CaseFile> result = Fixtures.reader().check(content.getBytes(StandardCharsets.UTF_8), format, "test");
        assertThat(result.isValid()).as("expected problems").isFalse();
        return result.problems();
    }

    private List<String> lines(String content) {
        return problems(content, Format.JSON).stream().map(Problem::toString).toList();
    }

    @Test
    void readsAValidCaseFileWithEveryPart() {
        CaseFile c = Fixtures.reader().read(Fixtures.resource("valid-case.json"));

        assertThat(c.cohort()).isEqualTo(Cohort.TERRORIST);
        assertThat(c.subject().names()).extracting(n -> n.value()).containsExactly("Adam Testcase", "آدم تست");
        assertThat(c.evidence("E2").orElseThrow().marking()).isEqualTo(ProtectiveMarking.SECRET);
        assertThat(c.assessments().get(0).status()).isEqualTo(AssessmentStatus.COMPLETE);
        assertThat(c.assessments().get(0).ratings().keySet()).containsExactly("F1", "F2", "F14");
        assertThat(c.sentence().orElseThrow().dates().release())
                .hasValueSatisfying(d -> assertThat(d).hasToString("2023-02-01"));
    }

    @Test
    void readsTheSameCaseFromYaml() throws Exception {
        CaseFile fromJson = Fixtures.reader().read(Fixtures.resource("valid-case.json"));
        Path yaml = dir.resolve("case.yaml");
        Files.writeString(yaml, CaseFiles.toYaml(fromJson));

        assertThat(Fixtures.reader().read(yaml)).isEqualTo(fromJson);
    }

    @Test
    void levelOffTheScaleNamesPointerScaleAndAllowedLevels() throws Exception {
        String broken = valid().replace("\"level\": \"PARTLY_PRESENT\"", "\"level\": \"strong\"");

        assertThat(lines(broken))
                .containsExactly("/assessments/0/ratings/F14/level: level \"strong\" is not on scale PRESENCE_3"
                        + " (expected one of: NOT_PRESENT, PARTLY_PRESENT, STRONGLY_PRESENT)");
    }

    @Test
    void reportsEveryStructuralProblemNotJustTheFirst() throws Exception {
        String broken = valid().replace("\"cohort\"", "\"cohrot\"")
                .replace("\"sex\": \"MALE\"", "\"sex\": \"MAEL\"")
                .replace("\"lengthMonths\": 48", "\"lengthMonths\": \"48\"")
                .replace("\"role\": \"Probation officer\"", "\"rol\": \"Probation officer\"");

        List<Problem> problems = problems(broken, Format.JSON);

        assertThat(problems)
                .extracting(Problem::toString)
                .contains(
                        "/cohort: required field \"cohort\" is missing",
                        "/cohrot: unknown field \"cohrot\" (did you mean \"cohort\"?)",
                        "/subject/sex: \"MAEL\" is not one of: MALE, FEMALE (did you mean \"MALE\"?)",
                        "/sentence/lengthMonths: expected integer but found the text \"48\"",
                        "/contacts/0/by/role: required field \"role\" is missing",
                        "/contacts/0/by/rol: unknown field \"rol\" (did you mean \"role\"?)");
        assertThat(problems)
                .extracting(Problem::code)
                .contains(ProblemCode.UNKNOWN_FIELD, ProblemCode.MISSING_FIELD, ProblemCode.WRONG_TYPE);
    }

    @Test
    void reportsEverySemanticProblemNotJustTheFirst() throws Exception {
        String broken = valid().replace("\"started\": \"2023-03-01\"", "\"started\": \"2023-04-01\"")
                .replace("\"E2\"\n          ]", "\"E9\"\n          ]")
                .replace("\"F2\": {\n          \"level\": \"NOT_PRESENT\"\n        },", "")
                .replace("\"date\": \"2023-02-02\"", "\"date\": \"2030-01-01\"");

        assertThat(lines(broken))
                .containsExactlyInAnyOrder(
                        "/assessments/0/ratings/F14/evidence/0: no evidence has id \"E9\" (did you mean \"E1\"?)",
                        "/assessments/0/ratings/F2: F2 \"Belonging\" is not rated; a COMPLETE assessment rates"
                                + " every required item",
                        "/assessments/0/completed: completed date 2023-03-20 is before started date 2023-04-01",
                        "/contacts/0/date: 2030-01-01 is after today (2024-06-01)");
    }

    @Test
    void unknownInstrumentVersionIsAProblemWhenDefinitionsAreSupplied() throws Exception {
        String broken = valid().replace("fixture-spj@1.0", "fixture-spj@9.9");

        assertThat(problems(broken, Format.JSON)).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/assessments/0/instrument");
            assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_INSTRUMENT);
        });
        assertThat(CaseFiles.reader()
                        .withClock(Fixtures.CLOCK)
                        .check(broken.getBytes(StandardCharsets.UTF_8), Format.JSON, "test")
                        .isValid())
                .as("without definitions, assessment content is not checked")
                .isTrue();
    }

    @Test
    void duplicateKeysAreRefusedInJsonAndYaml() throws Exception {
        String json = valid().replace("\"cohort\": \"TERRORIST\",", "\"cohort\": \"TERRORIST\", \"cohort\": \"NONE\",");
        assertThat(problems(json, Format.JSON)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.DUPLICATE_KEY);
            assertThat(p.pointer()).isEqualTo("/cohort");
        });

        String yaml = "schemaVersion: '1.0'\ncohort: NONE\ncohort: TERRORIST\n";
        assertThat(problems(yaml, Format.YAML)).extracting(Problem::code).containsExactly(ProblemCode.DUPLICATE_KEY);
    }

    @Test
    void syntaxErrorsSayWhere() {
        assertThat(problems("{\n  \"schemaVersion\": \"1.0\",\n  \"cohort\" \"NONE\"\n}", Format.JSON))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ProblemCode.SYNTAX);
                    assertThat(p.message()).startsWith("not valid JSON at line 3, column 12");
                });
    }

    @Test
    void emptyAndMissingFilesAreProblemsNotExceptions() {
        assertThat(problems("", Format.JSON)).extracting(Problem::code).containsExactly(ProblemCode.SYNTAX);
        assertThat(problems("   \n", Format.YAML)).extracting(Problem::code).containsExactly(ProblemCode.SYNTAX);
        assertThat(Fixtures.reader().check(dir.resolve("nope.json")).problems())
                .extracting(Problem::toString)
                .containsExactly("/: no such file");
    }

    @Test
    void yamlNumberForTheSchemaVersionGetsAHint() throws Exception {
        String yaml = CaseFiles.toYaml(Fixtures.reader().read(Fixtures.resource("valid-case.json")))
                .replace("schemaVersion: \"1.0\"", "schemaVersion: 1.0");

        assertThat(problems(yaml, Format.YAML)).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/schemaVersion");
            assertThat(p.message()).contains("quote it");
        });
    }

    @Test
    void unsupportedSchemaVersionIsNamed() throws Exception {
        assertThat(problems(valid().replace("\"1.0\"", "\"2.0\""), Format.JSON))
                .singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(ProblemCode.UNSUPPORTED_VERSION));
    }

    @Test
    void invalidCalendarDateIsAProblemAtItsPointer() throws Exception {
        assertThat(problems(valid().replace("1990-04-12", "1990-02-30"), Format.JSON))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.pointer()).isEqualTo("/subject/dateOfBirth");
                    assertThat(p.code()).isEqualTo(ProblemCode.INVALID_VALUE);
                });
    }

    @Test
    void readThrowsOneTypedExceptionListingEveryProblem() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, valid().replace("\"cohort\"", "\"cohrot\""));

        assertThatThrownBy(() -> Fixtures.reader().read(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.source()).isEqualTo(file.toString());
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.getMessage()).contains("2 problems", "/cohrot: unknown field");
                });
    }
}
