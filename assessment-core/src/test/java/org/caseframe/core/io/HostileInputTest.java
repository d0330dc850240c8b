package org.caseframe.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.testing.Fixtures;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Oversized or hostile input is refused with a clear problem, within bounded memory. */
class HostileInputTest {
    @TempDir
    Path dir;

    private static List<Problem> problems(CaseFileReader reader, String content, Format format) {
        ReadResult<CaseFile> result = reader.check(content.getBytes(StandardCharsets.UTF_8), format, "hostile");
        assertThat(result.isValid()).isFalse();
        return result.problems();
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "{\"schemaVersion\":\"1.0\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        assertThat(problems(Fixtures.reader(), deep, Format.JSON))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED);
                    assertThat(p.message()).contains("nested deeper than the limit of 64 levels");
                });
    }

    @Test
    void deepYamlNestingIsRefused() {
        String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";

        assertThat(problems(Fixtures.reader(), deep, Format.YAML))
                .extracting(Problem::code)
                .containsAnyOf(ProblemCode.LIMIT_EXCEEDED, ProblemCode.SYNTAX);
    }

    @Test
    void hugeStringIsRefusedBeforeItIsHeld() {
        String huge = "{\"schemaVersion\":\"" + "x".repeat(2_000_000) + "\"}";

        assertThat(problems(Fixtures.reader(), huge, Format.JSON))
                .singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(ProblemCode.LIMIT_EXCEEDED));
    }

    @Test
    void longFieldIsNamedWithItsLimit() throws Exception {
        String json = Files.readString(Fixtures.resource("valid-case.json"))
                .replace("\"Induction\"", "\"" + "y".repeat(1_500) + "\"");

        assertThat(problems(Fixtures.reader(), json, Format.JSON))
                .extracting(Problem::toString)
                .containsExactly("/contacts/0/purpose: is 1500 characters long; the limit is 1000");
    }

    @Test
    void hugeArrayIsRefused() {
        StringBuilder b = new StringBuilder("{\"schemaVersion\":\"1.0\",\"checks\":[");
        for (int i = 0; i < 10_001; i++) {
            b.append(i == 0 ? "" : ",").append("{}");
        }
        b.append("]}");

        assertThat(problems(Fixtures.reader(), b.toString(), Format.JSON))
                .extracting(Problem::toString)
                .contains("/checks: has 10001 entries; the limit is 10000");
    }

    @Test
    void oversizedDocumentIsRefusedByItsSize() throws Exception {
        CaseFileReader small = Fixtures.reader().withLimits(new ReadLimits(1_000, 64, 1_000, 10_000));
        Path file = dir.resolve("big.json");
        Files.writeString(file, Files.readString(Fixtures.resource("valid-case.json")));

        assertThat(small.check(file).problems())
                .extracting(Problem::toString)
                .containsExactly("/: the document is larger than the limit of 1000 bytes");
    }

    @Test
    void tooManyTokensIsRefused() {
        CaseFileReader small = Fixtures.reader().withLimits(new ReadLimits(1_000_000, 64, 1_000, 100));
        String many = "{\"schemaVersion\":\"1.0\",\"x\":[" + "1,".repeat(500) + "1]}";

        assertThat(problems(small, many, Format.JSON))
                .extracting(Problem::code)
                .containsExactly(ProblemCode.LIMIT_EXCEEDED);
    }

    @Test
    void yamlAliasBombIsRefused() {
        StringBuilder b = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            String prev = "*a" + (i - 1);
            b.append("a").append(i).append(": &a").append(i).append(" [");
            b.append(String.join(", ", java.util.Collections.nCopies(10, prev)));
            b.append("]\n");
        }

        assertThat(problems(Fixtures.reader(), b.toString(), Format.YAML))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ProblemCode.SYNTAX);
                    assertThat(p.message()).contains("YAML aliases (*name) are not supported", "line 2");
                });
    }

    @Test
    void aYamlAliasIsRefusedRatherThanReadAsItsName() {
        assertThat(problems(Fixtures.reader(), "schemaVersion: &v '1.0'\ncohort: *v\n", Format.YAML))
                .extracting(Problem::code)
                .containsExactly(ProblemCode.SYNTAX);
    }

    @Test
    void aSecondYamlDocumentIsRefused() {
        assertThat(problems(Fixtures.reader(), "schemaVersion: '1.0'\n---\ncohort: NONE\n", Format.YAML))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("more than one YAML document"));
    }

    @Test
    void trailingContentAfterTheDocumentIsRefused() {
        assertThat(problems(Fixtures.reader(), "{\"schemaVersion\":\"1.0\"} {}", Format.JSON))
                .extracting(Problem::code)
                .containsExactly(ProblemCode.SYNTAX);
    }

    @Test
    void aRootThatIsNotAnObjectIsAWrongType() {
        assertThat(problems(Fixtures.reader(), "[1,2,3]", Format.JSON))
                .extracting(Problem::toString)
                .containsExactly("/: expected object but found an array");
    }
}
