package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredictCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static List<JsonNode> outputs(CliRun run) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : run.outLines()) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void ogrs3ReproducesEveryReferenceFixtureThroughJsonLines() throws Exception {
        JsonNode fixtures;
        // One copy of the reference data, kept with the predictor's own tests.
        try (InputStream in = java.nio.file.Files.newInputStream(
                java.nio.file.Path.of("../instruments/src/test/resources/predictors/ogrs3-reference-fixtures.json"))) {
            fixtures = JSON.readTree(in);
        }
        StringBuilder stdin = new StringBuilder();
        for (JsonNode f : fixtures) {
            ObjectNode line = ((ObjectNode) f.deepCopy());
            line.remove(List.of("id", "offenceCategoryIndex", "expectedOneYear", "expectedTwoYear"));
            stdin.append(JSON.writeValueAsString(line)).append('\n');
        }

        CliRun run = CliRun.run(stdin.toString(), "predict", "ogrs3");
        List<JsonNode> results = outputs(run);

        assertThat(run.exit()).isZero();
        assertThat(results).hasSize(200);
        for (int i = 0; i < 200; i++) {
            JsonNode expected = fixtures.get(i);
            JsonNode actual = results.get(i);
            assertThat(actual.get("oneYear").asDouble())
                    .isCloseTo(expected.get("expectedOneYear").asDouble(), within(1e-9));
            assertThat(actual.get("twoYear").asDouble())
                    .isCloseTo(expected.get("expectedTwoYear").asDouble(), within(1e-9));
            assertThat(actual.get("band").asText()).isIn("LOW", "MEDIUM", "HIGH", "VERY_HIGH");
        }
    }

    @Test
    void aBadLineIsReportedAndTheRestGoOn() throws Exception {
        String good = "{\"sex\":\"MALE\",\"offenceCategory\":\"VIOLENCE\",\"previousSanctions\":0,\"dateOfBirth\":"
                + "\"1997-02-01\",\"currentConvictionDate\":\"2017-02-01\",\"firstSanctionDate\":\"2017-02-01\","
                + "\"assessmentDate\":\"2017-02-01\"}";
        String stdin = good + "\n{\"sex\":\"MALE\"}\nnot json\n\n" + good.replace("\"VIOLENCE\"", "\"VIOLENT\"") + "\n"
                + good + "\n";

        CliRun run = CliRun.run(stdin, "predict", "ogrs3");
        List<JsonNode> results = outputs(run);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(results).as("one output line per input line").hasSize(6);
        assertThat(results.get(0).get("twoYear").asDouble()).isCloseTo(0.22130521140511314, within(1e-12));
        assertThat(results.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(results.get(1).get("errors")).hasSize(6);
        assertThat(results.get(2).get("line").asInt()).isEqualTo(3);
        assertThat(results.get(2).get("errors").get(0).get("code").asText()).isEqualTo("syntax");
        assertThat(results.get(3).get("line").asInt()).isEqualTo(4);
        assertThat(results.get(3).get("errors").get(0).get("message").asText())
                .isEqualTo("the line is blank; each line holds one JSON object");
        assertThat(results.get(4).get("line").asInt()).isEqualTo(5);
        assertThat(results.get(4).get("errors").get(0).get("message").asText())
                .isEqualTo("\"VIOLENT\" is not an OGRS3 offence category (did you mean \"VIOLENCE\"?)");
        assertThat(results.get(5).has("band")).isTrue();
    }

    @Test
    void explainAddsTheModelAndEachTerm() throws Exception {
        String line = "{\"sex\":\"FEMALE\",\"offenceCategory\":\"CRIMINAL_DAMAGE\",\"previousSanctions\":3,"
                + "\"dateOfBirth\":\"1972-09-09\",\"currentConvictionDate\":\"2009-09-09\",\"firstSanctionDate\":"
                + "\"1986-09-09\",\"assessmentDate\":\"2015-09-15\"}";

        JsonNode result =
                outputs(CliRun.run(line, "predict", "ogrs3", "--explain")).get(0);

        assertThat(result.get("oneYear").asDouble()).isCloseTo(0.10966125120067907, within(1e-12));
        assertThat(result.get("model").asText()).isEqualTo("ogrs3@3.0");
        assertThat(result.get("terms")).hasSize(4);
    }

    @Test
    void theOtherPredictorsTakeTheirDocumentedFields() throws Exception {
        String ovp = "{\"sex\":\"MALE\",\"dateOfBirth\":\"1964-10-15\",\"followUpStartDate\":\"2027-12-12\","
                + "\"previousSanctions\":55,\"violentSanctions\":40,\"noFixedAbode\":true,\"unemployed\":true,"
                + "\"doesNotRecogniseImpact\":false,\"currentAlcoholMisuse\":1,\"bingeDrinking\":1,"
                + "\"psychiatricTreatment\":false,\"temperControl\":2,\"proCriminalAttitudes\":0}";
        String ogp = "{\"ogrs3TwoYearPercent\":81,\"noFixedAbode\":false,\"unemployed\":true,\"regularActivities\":1,"
                + "\"drugMisuse\":0,\"motivationToTackleDrugMisuse\":0,\"problemSolving\":1,"
                + "\"awarenessOfConsequences\":1,\"understandingOthersViews\":0,\"proCriminalAttitudes\":1}";
        String ospDc = "{\"sex\":\"MALE\",\"dateOfBirth\":\"1980-01-01\",\"followUpStartDate\":\"2020-01-01\","
                + "\"lastSexualSanctionDate\":\"2015-06-01\",\"adultContactSanctions\":1,\"childContactSanctions\":0,"
                + "\"nonContactSanctions\":2,\"otherSanctions\":3,\"strangerVictim\":true,\"inCommunity\":false,"
                + "\"offenceFreeYears\":0}";
        String ospIic = "{\"sexualSanctions\":2,\"iiocSanctions\":2,\"childContactSanctions\":0}";

        assertThat(outputs(CliRun.run(ovp, "predict", "ovp")).get(0).toString())
                .contains(
                        "\"points\":58", "\"band\":\"MEDIUM\"", "\"notes\":[\"previousSanctions is deprecated for OVP");
        assertThat(outputs(CliRun.run(ovp.replace("previousSanctions", "totalSanctions"), "predict", "ovp"))
                        .get(0)
                        .toString())
                .contains("\"points\":58")
                .doesNotContain("notes");
        assertThat(outputs(CliRun.run(ospDc.replace("\"MALE\"", "\"FEMALE\""), "predict", "osp-dc"))
                        .get(0)
                        .toString())
                .isEqualTo("{\"probability\":0.0,\"band\":\"NOT_APPLICABLE\"}");
        assertThat(outputs(CliRun.run(ogp, "predict", "ogp")).get(0).toString())
                .contains("\"points\":62", "\"band\":\"HIGH\"");
        assertThat(outputs(CliRun.run(ospDc, "predict", "osp-dc")).get(0).toString())
                .contains("\"points\":36", "\"band\":\"VERY_HIGH\"", "\"probability\":");
        assertThat(outputs(CliRun.run(ospIic, "predict", "osp-iic")).get(0).toString())
                .isEqualTo("{\"probability\":0.1031,\"band\":\"HIGH\"}");
    }

    @Test
    void anOverlongLineIsRefusedWithoutHoldingIt() throws Exception {
        String stdin = "{\"x\":\"" + "y".repeat(PredictCommand.MAX_LINE_BYTES * 2) + "\"}\n";

        CliRun run = CliRun.run(stdin, "predict", "osp-iic");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(outputs(run).get(0).get("errors").get(0).get("code").asText())
                .isEqualTo("limit-exceeded");
    }

    @Test
    void anUnknownPredictorIsAUsageError() {
        CliRun run = CliRun.run("", "predict", "ogrs4");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).anyMatch(l -> l.contains("unknown predictor 'ogrs4'"));
    }

    @Test
    void everyInputLineGetsExactlyOneOutputLine() throws Exception {
        String good = "{\"sexualSanctions\":1,\"iiocSanctions\":0,\"childContactSanctions\":0}";
        String stdin = good + " garbage\n\n" + good + good + "\n" + good + "\n[1]\n";

        CliRun run = CliRun.run(stdin, "predict", "osp-iic");

        assertThat(run.exit()).isEqualTo(2);
        List<JsonNode> out = outputs(run);
        assertThat(out).hasSize(5);
        assertThat(out.get(0).path("line").asInt()).isEqualTo(1);
        assertThat(out.get(0).path("errors").get(0).path("message").asText()).startsWith("not valid JSON");
        assertThat(out.get(1).path("errors").get(0).path("message").asText())
                .isEqualTo("the line is blank; each line holds one JSON object");
        assertThat(out.get(2).path("errors").get(0).path("message").asText())
                .startsWith("more on the line after the JSON object");
        assertThat(out.get(3).has("band")).isTrue();
        assertThat(out.get(4).path("errors").get(0).path("message").asText())
                .isEqualTo("expected one JSON object on the line, found array");
    }

    @Test
    void utf16InputIsNamedAsSuch() {
        byte[] utf16 = "{\"sexualSanctions\":1}\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);

        CliRun run = CliRun.run(utf16, "predict", "osp-iic");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.outLines()).isEmpty();
        assertThat(run.errLines())
                .containsExactly("/: standard input is encoded as UTF-16 (little-endian); predict reads UTF-8 (convert"
                        + " it, e.g. with iconv -t UTF-8)");
    }

    @Test
    void aLineThatIsNotUtf8IsAnErrorForThatLineOnly() throws Exception {
        String good = "{\"sexualSanctions\":1,\"iiocSanctions\":0,\"childContactSanctions\":0}\n";
        byte[] bad = {'{', '"', 'x', (byte) 0xFF, '"', '}', '\n'};
        java.io.ByteArrayOutputStream stdin = new java.io.ByteArrayOutputStream();
        stdin.write(good.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        stdin.write(bad);
        stdin.write(good.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        CliRun run = CliRun.run(stdin.toByteArray(), "predict", "osp-iic");

        List<JsonNode> out = outputs(run);
        assertThat(out).hasSize(3);
        assertThat(out.get(1).path("line").asInt()).isEqualTo(2);
        assertThat(out.get(1).path("errors").get(0).path("message").asText()).startsWith("the line is not valid UTF-8");
        assertThat(out.get(2).has("band")).isTrue();
    }
}
