package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlanCommandTest {
    static final Path SAMPLE = Path.of("../examples/cases/terrorist-licence.yaml");

    static JsonNode plan(String... extra) throws Exception {
        return plan(SAMPLE, extra);
    }

    /**
     * The sample as it stood before decision-log record {@code next} was written (a plan as of an earlier date cannot
     * read a file holding later decisions: they would be dated after its today).
     */
    static Path sampleBefore(int next) throws Exception {
        String text = Files.readString(SAMPLE);
        Path copy = Files.createTempFile("caseframe-sample-", ".yaml");
        copy.toFile().deleteOnExit();
        return Files.writeString(copy, text.substring(0, text.indexOf("  - sequence: " + next + "\n")));
    }

    static JsonNode plan(Path file, String... extra) throws Exception {
        String[] args = new String[2 + extra.length];
        args[0] = "plan";
        args[1] = file.toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        CliRun run = CliRun.run("", args);
        assertThat(run.exit()).as(run.errLines().toString()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void thePlanHasEveryPartAndEveryDecisionExplainsItself() throws Exception {
        JsonNode plan = plan(sampleBefore(5), "--as-of", "2025-06-01");

        assertThat(plan.fieldNames())
                .toIterable()
                .contains(
                        "controls",
                        "interventions",
                        "objectives",
                        "checkpoints",
                        "contingency",
                        "findings",
                        "mappa",
                        "nsd");
        assertThat(plan.get("policy").asText()).isEqualTo("responsive@1.1");
        assertThat(plan.get("controls")).isNotEmpty();
        for (String part : new String[] {"controls", "interventions"}) {
            for (JsonNode decision : plan.get(part)) {
                assertThat(decision.get("reasons")).isNotEmpty();
                assertThat(decision.get("policy").asText()).matches("[a-z0-9.-]+@[0-9A-Za-z.+-]+");
            }
        }
        assertThat(plan.get("mappa").get("level").asInt()).isEqualTo(3);
        assertThat(plan.get("mappa").get("reviewDate").asText()).isEqualTo("2025-09-01");
        assertThat(plan.get("nsd").get("managed").asBoolean()).isTrue();
        assertThat(plan.get("objectives")).allSatisfy(o -> {
            assertThat(o.get("target").asText()).isNotBlank();
            assertThat(o.get("addresses")).isNotEmpty();
        });
        assertThat(plan.get("contingency")).isNotEmpty();
        assertThat(plan.get("contactSchedule")).isNotEmpty();
        assertThat(plan.get("workloadHoursPerMonth").asDouble()).isPositive();
    }

    @Test
    void emptyPartsAreStillPresent() throws Exception {
        JsonNode plan = plan("--as-of", "2026-11-22");

        assertThat(plan.has("findings")).isTrue();
        assertThat(plan.get("controls").isArray()).isTrue();
        assertThat(plan.get("contactSchedule").isArray()).isTrue();
    }

    @Test
    void theSamplePlanFindsTheGapsTheInspectionLooksFor() throws Exception {
        JsonNode findings = plan("--as-of", "2026-11-22").get("findings");

        assertThat(findings)
                .extracting(f -> f.get("code").asText())
                .contains(
                        "ERG_RECOMMENDATION_NOT_IN_PLAN",
                        "ENQUIRIES_MISSED_AT_TRANSITION",
                        "CT_SUMMARY_NOT_SHARED_WITH_POM")
                .doesNotContain("RISK_NOT_COVERED", "NO_CONTINGENCY");
        assertThat(findings)
                .anySatisfy(f -> assertThat(f.get("message").asText())
                        .isEqualTo(
                                "the ERG recommends Education, training and employment support but the plan has neither that"
                                        + " intervention nor an objective for the need it answers"));
    }

    @Test
    void thePolicyCanBeChosenByIdAndTheCurrentPracticeKeepsLevelThreeInTheFirstYear() throws Exception {
        Path before = sampleBefore(6);
        JsonNode current = plan(before, "--policy", "current-practice", "--as-of", "2025-12-01");
        JsonNode responsive = plan(before, "--policy", "responsive", "--as-of", "2025-12-01");

        assertThat(current.get("mappa").get("level").asInt()).isEqualTo(3);
        assertThat(responsive.get("mappa").get("level").asInt()).isEqualTo(2);
    }

    @Test
    void anInvalidCaseFileExitsTwo() {
        CliRun run = CliRun.run("", "plan", "../examples/broken/semantic-problems.yaml");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(4);
    }
}
