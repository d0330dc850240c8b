package org.caseframe.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.testing.Fixtures;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile text gets a typed problem with a pointer, in both formats and in bounded time: control characters, YAML
 * tags, every reading limit, millions of wrong entries, encodings other than UTF-8.
 */
class HostileTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    /** The valid fixture case, edited, written in {@code format}. */
    private static byte[] sample(Format format, UnaryOperator<ObjectNode> edit) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(Files.readString(Fixtures.resource("valid-case.json")));
        JsonNode edited = edit.apply(tree);
        String text = format == Format.JSON ? JSON.writeValueAsString(edited) : YAML.writeValueAsString(edited);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode firstName(ObjectNode tree) {
        return (ObjectNode) tree.path("subject").path("names").get(0);
    }

    private static List<Problem> problems(byte[] content, Format format) {
        ReadResult<CaseFile> result = Fixtures.reader().check(content, format, "hostile");
        assertThat(result.isValid()).isFalse();
        return result.problems();
    }

    private static List<Problem> problems(String content, Format format) {
        return problems(content.getBytes(StandardCharsets.UTF_8), format);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aControlCharacterInANameIsAProblemAtThatName(Format format) throws Exception {
        byte[] content = sample(format, t -> {
            firstName(t).put("value", "Adam\u0001Testcase");
            return t;
        });

        assertThat(problems(content, format))
                .extracting(Problem::toString)
                .containsExactly("/subject/names/0/value: the text holds the control character U+0001 at character"
                        + " 5; only tab and line breaks are allowed (remove it)");
    }

    @Test
    void tabsAndLineBreaksAreAllowed() throws Exception {
        byte[] content = sample(Format.JSON, t -> {
            ((ObjectNode) t.path("sentence")).put("description", "Four years\tdeterminate\r\nsecond line");
            return t;
        });

        assertThat(Fixtures.reader().check(content, Format.JSON, "ok").problems())
                .isEmpty();
    }

    @Test
    void aLoneSurrogateIsAProblem() {
        String json = "{\"schemaVersion\":\"1.0\",\"cohort\":\"\\ud800\"}";

        assertThat(problems(json, Format.JSON))
                .extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("/cohort: the text holds half of a character pair"));
    }

    @Test
    void aControlCharacterInAFieldNameIsAProblem() {
        assertThat(problems("{\"schemaVersion\":\"1.0\",\"co\\u0007hort\":\"x\"}", Format.JSON))
                .extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).contains("the field name holds the control character U+0007"));
    }

    @Test
    void aBinaryTagIsRefusedLikeAnAlias() {
        assertThat(problems("schemaVersion: '1.0'\nsubject:\n  dateOfBirth: !!binary aGVsbG8=\n", Format.YAML))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ProblemCode.SYNTAX);
                    assertThat(p.pointer()).isEqualTo("/subject/dateOfBirth");
                    assertThat(p.message()).contains("YAML tags (!!binary) are not supported", "line 3");
                });
    }

    @Test
    void anyExplicitTagIsRefused() {
        assertThat(problems("schemaVersion: !!str '1.0'\n", Format.YAML))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("YAML tags (!", "are not supported"));
        assertThat(problems("schemaVersion: !custom '1.0'\n", Format.YAML))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("YAML tags (!custom) are not supported"));
    }

    /** Each limit, met in each format: a typed problem, in our words, naming the field where one can be named. */
    static Stream<Arguments> limits() {
        return Stream.of(Format.values())
                .flatMap(f -> Stream.of(
                        Arguments.of(f, "string", (UnaryOperator<ObjectNode>) t -> {
                            firstName(t).put("value", "y".repeat(60_000));
                            return t;
                        }),
                        Arguments.of(f, "depth", (UnaryOperator<ObjectNode>) t -> {
                            JsonNode deep = JSON.createArrayNode();
                            for (int i = 0; i < 100; i++) {
                                deep = JSON.createArrayNode().add(deep);
                            }
                            t.set("deep", deep);
                            return t;
                        }),
                        Arguments.of(f, "name", (UnaryOperator<ObjectNode>) t -> {
                            t.put("k".repeat(2_000), "x");
                            return t;
                        })));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("limits")
    void everyLimitHoldsInBothFormats(Format format, String limit, UnaryOperator<ObjectNode> edit) throws Exception {
        List<Problem> problems = problems(sample(format, edit), format);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
            assertThat(p.message()).doesNotContain("StreamReadConstraints", "Nesting Depth", "exceeds the maximum");
            switch (limit) {
                case "string" -> {
                    assertThat(p.pointer()).isEqualTo("/subject/names/0/value");
                    assertThat(p.message()).contains("the limit for one value, 50,000 characters");
                }
                case "depth" -> {
                    assertThat(p.pointer()).startsWith("/deep/0/0");
                    assertThat(p.message()).contains("nested deeper than the limit of 64 levels");
                }
                default -> assertThat(p.message()).containsAnyOf("the limit of 1,000 characters", "50,000");
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void tooManyTokensIsALimitInBothFormats(Format format) throws Exception {
        CaseFileReader small = Fixtures.reader().withLimits(new ReadLimits(1_000_000, 64, 1_000, 100));
        byte[] content = sample(format, t -> t);

        assertThat(small.check(content, format, "many").problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
                    assertThat(p.message()).contains("more than the limit of 100 values, field names and brackets");
                });
    }

    @Test
    void aFifteenMillionCharacterYamlStringIsRefusedQuicklyNamingItsField() throws Exception {
        String yaml = new String(sample(Format.YAML, t -> t), StandardCharsets.UTF_8)
                .replace("Adam Testcase", "Y".repeat(15_000_000));

        long started = System.nanoTime();
        List<Problem> problems = problems(yaml, Format.YAML);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/subject/names/0/value");
            assertThat(p.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
            assertThat(p.message()).contains("line 6, column 12 holds 15,000,002 characters without a space", "50,000");
        });
        // Not a benchmark: a guard against the quadratic scan coming back (it took 45 s).
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void threeMillionWrongEntriesGiveAThousandProblemsAndACount(Format format) {
        StringBuilder b = new StringBuilder();
        if (format == Format.JSON) {
            b.append("{\"schemaVersion\":\"1.0\",\"subject\":{\"names\":[1");
            b.append(",1".repeat(2_999_999)).append("]}}");
        } else {
            b.append("schemaVersion: '1.0'\nsubject:\n names:\n").append(" - 1\n".repeat(3_000_000));
        }

        List<Problem> problems = problems(b.toString(), format);

        assertThat(problems).hasSize(Problem.REPORTED_AT_MOST + 1);
        assertThat(problems.get(Problem.REPORTED_AT_MOST).toString()).matches("and [0-9,]+ more problems");
        assertThat(problems.get(0).pointer()).startsWith("/");
    }

    @Test
    void aSixMegabyteYamlFlowListOnOneLineIsOneProblem() {
        String yaml = "schemaVersion: '1.0'\nsubject:\n  names: [1" + ",1".repeat(2_999_999) + "]\n";

        assertThat(problems(yaml, Format.YAML))
                .extracting(Problem::toString)
                .containsExactly("/subject/names: line 3, column 10 holds 6,000,001 characters without a space or line"
                        + " break, more than the limit for one value, 50,000 characters (write long lists one entry a"
                        + " line)");
    }

    @Test
    void utf16IsNamedAsSuch() {
        byte[] utf16 = "{\"schemaVersion\":\"1.0\"}".getBytes(StandardCharsets.UTF_16);

        assertThat(problems(utf16, Format.JSON))
                .extracting(Problem::toString)
                .containsExactly("/: the file is encoded as UTF-16 (big-endian); Caseframe reads UTF-8 only (save it"
                        + " as UTF-8)");
    }

    @Test
    void invalidUtf8IsNamedWithItsOffset() {
        byte[] bad = "schemaVersion: '1.0'\ncohort: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(problems(bad, Format.YAML))
                .extracting(Problem::toString)
                .containsExactly("/: the file is not valid UTF-8: byte 0xE9 at offset 32 (line 2) is not part of a"
                        + " UTF-8 character; save the file as UTF-8");
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        byte[] plain = sample(Format.JSON, t -> t);
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);

        assertThat(Fixtures.reader().check(withBom, Format.JSON, "bom").problems())
                .isEmpty();
    }
}
