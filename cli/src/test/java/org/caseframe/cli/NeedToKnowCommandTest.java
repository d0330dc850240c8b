package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Need to know on the command line, on the sample case: the formulation for each audience, a marking lowered without a
 * logged decision, the decision that records it, narrative marked below what it cites, and the plan for an audience.
 */
class NeedToKnowCommandTest {
    private static final Path SAMPLE = Path.of("../examples/cases/terrorist-licence.yaml");

    @TempDir
    Path dir;

    private String formulation(String audience) throws Exception {
        Path out = dir.resolve("formulation-" + audience + ".html");
        CliRun run = CliRun.run(
                "",
                "report",
                SAMPLE.toString(),
                "--kind",
                "formulation",
                "--audience",
                audience,
                "--format",
                "html",
                "--out",
                out.toString(),
                "--as-of",
                "2026-11-22");
        assertThat(run.exit()).as(run.errLines().toString()).isZero();
        return Files.readString(out).replaceAll("\\s+", " ");
    }

    @Test
    void thePomAndComGetNoRationaleWrittenFromSecretMaterialAndAreToldWhatWasWithheld() throws Exception {
        for (String audience : new String[] {"POM", "COM"}) {
            String html = formulation(audience);

            assertThat(html)
                    .as(audience)
                    .doesNotContain(
                            "IT skills used to run encrypted channels",
                            "Former online contacts remain active",
                            "IT skills and residual contacts",
                            "Intelligence assessment of the current activity")
                    .contains(
                            "3 rationales marked SECRET withheld (handling restriction: managers only)",
                            "1 evidence item marked SECRET withheld (handling restriction: managers only)",
                            "some former online contacts remain of concern",
                            "[sanitised version; decision-log record 4]",
                            "OFFICIAL-SENSITIVE because it includes factor ratings of erg22plus@1.0");
        }
    }

    @Test
    void theNsdManagerGetsThemUnderASecretBanner() throws Exception {
        String html = formulation("NSD_MANAGER");

        assertThat(html)
                .contains(
                        "IT skills used to run encrypted channels",
                        "Former online contacts remain active",
                        "IT skills and residual contacts, but no history of violence.",
                        "SECRET because it includes")
                .doesNotContain("withheld:", " withheld (", "sanitised version");
    }

    @Test
    void aMarkingLoweredWithoutALoggedDecisionIsAProblemUntilADecisionRecordsIt() throws Exception {
        Path file = dir.resolve("case.yaml");
        Files.writeString(
                file,
                Files.readString(SAMPLE)
                        .replace(
                                "    marking: SECRET\n    handling: MANAGERS_ONLY\n  - id: E6",
                                "    marking: OFFICIAL\n  - id: E6"));

        CliRun invalid = CliRun.run("", "validate", "--today", "2026-11-22", file.toString());
        CliRun appended = CliRun.run(
                "",
                "log",
                "append",
                file.toString(),
                "--decision",
                "Re-marked E5 OFFICIAL after CT policing agreed to release it",
                "--rationale",
                "The intelligence is now public through court proceedings.",
                "--by",
                "Chris Sample",
                "--role",
                "NSD senior probation officer",
                "--marking",
                "OFFICIAL",
                "--at",
                "2026-11-20T10:00:00Z");
        CliRun valid = CliRun.run("", "validate", "--today", "2026-11-22", file.toString());

        assertThat(invalid.exit()).isEqualTo(2);
        assertThat(invalid.errLines())
                .containsExactly("/evidence/4/marking: E5 is marked OFFICIAL, but decision-log record 4 recorded it as"
                        + " SECRET, managers only and no later record changes it; a change of marking is a decision:"
                        + " record it (caseframe log append) or put the marking back");
        assertThat(appended.exit()).as(appended.errLines().toString()).isZero();
        assertThat(appended.out()).contains("it records the marking of E5 (OFFICIAL)");
        assertThat(valid.exit()).as(valid.errLines().toString()).isZero();
    }

    @Test
    void narrativeMarkedBelowWhatItCitesIsAProblemNamingIt() throws Exception {
        Path file = dir.resolve("case.yaml");
        Files.writeString(
                file,
                Files.readString(SAMPLE)
                        .replace(
                                "        rationale: IT skills used to run encrypted channels.\n",
                                "        rationale: IT skills used to run encrypted channels.\n"
                                        + "        rationaleMarking: OFFICIAL\n"));

        CliRun run = CliRun.run("", "validate", "--today", "2026-11-22", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines())
                .singleElement()
                .asString()
                .startsWith("/assessments/0/ratings/F20/rationaleMarking: OFFICIAL is below SECRET, the highest marking"
                        + " of the evidence this rationale is written from (E5)");
    }

    @Test
    void aSanitisedVersionMustNameADecisionLogRecord() throws Exception {
        Path file = dir.resolve("case.yaml");
        Files.writeString(file, Files.readString(SAMPLE).replace("          decision: 4\n", "          decision: 9\n"));

        CliRun run = CliRun.run("", "validate", "--today", "2026-11-22", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines())
                .containsExactly("/assessments/0/judgements/CAPABILITY/sanitised/decision: no decision-log record has"
                        + " sequence 9; a sanitised version names the record of who sanitised it and when");
    }

    @Test
    void thePlanForAnAudienceSaysItsMarkingAndWhy() throws Exception {
        CliRun run = CliRun.run("", "plan", SAMPLE.toString(), "--audience", "COM", "--as-of", "2026-11-22");

        assertThat(run.exit()).as(run.errLines().toString()).isZero();
        JsonNode plan = new ObjectMapper().readTree(run.out());
        assertThat(plan.path("audience").asText()).isEqualTo("Community offender manager");
        assertThat(plan.path("marking").asText()).isEqualTo("OFFICIAL-SENSITIVE");
        assertThat(plan.path("markingReason").asText())
                .startsWith("OFFICIAL-SENSITIVE because it includes assessment results (objective OBJ-1 addresses");
        assertThat(plan.path("caseId").asText()).isEqualTo("SAMPLE-0007");
        assertThat(CliRun.run("", "plan", SAMPLE.toString()).out()).contains("\"audience\": \"NSD manager\"");
    }
}
