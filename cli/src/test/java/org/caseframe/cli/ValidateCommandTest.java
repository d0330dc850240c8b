package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    static final String SAMPLE = "../examples/cases/terrorist-licence.yaml";

    @TempDir
    Path dir;

    record Run(int exit, String out, List<String> errLines) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CaseframeCli.run(
                args,
                new java.io.ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        List<String> lines = Arrays.stream(err.toString().split("\n"))
                .filter(l -> !l.isBlank())
                .toList();
        return new Run(exit, out.toString(), lines);
    }

    @Test
    void theSampleCaseIsValid() {
        Run run = run("validate", "--today", "2026-11-22", SAMPLE);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains(SAMPLE + ": valid (1 assessments, 6 evidence, 6 decisions; chain intact)");
        assertThat(run.errLines()).isEmpty();
    }

    @Test
    void predictorInputsThePredictorRefusesAreProblemsAtTheirPointerInTheCaseFile() throws Exception {
        Path bad = dir.resolve("bad-inputs.yaml");
        Files.writeString(
                bad,
                Files.readString(Path.of("../examples/cases/connected-licence-summaries.yaml"))
                        .replace("offenceFreeYears: 1", "offenceFreeYears: many")
                        .replace("model: osp-dc@1.1", "model: osp-dc@7.0"));

        Run good = run("validate", "--today", "2026-11-30", "../examples/cases/connected-licence-summaries.yaml");
        Run run = run("validate", "--today", "2026-11-30", bad.toString());

        assertThat(good.exit()).isZero();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines())
                .singleElement()
                .satisfies(l -> assertThat(l).startsWith("/predictorInputs/0/model: osp-dc@7.0 is not a predictor"));
        Files.writeString(bad, Files.readString(bad).replace("model: osp-dc@7.0", "model: osp-dc@1.1"));
        assertThat(run("validate", "--today", "2026-11-30", bad.toString()).errLines())
                .singleElement()
                .satisfies(l -> assertThat(l).startsWith("/predictorInputs/0/inputs/offenceFreeYears: "));
    }

    @Test
    void aBrokenFileExitsTwoWithOneLinePerProblemOnStandardError() {
        Run run = run("validate", "--today", "2026-11-22", "../examples/broken/semantic-problems.yaml");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("semantic-problems.yaml: invalid (4 problems)");
        assertThat(run.errLines())
                .containsExactly(
                        "/assessments/0/ratings/F21/evidence/0: no evidence has id \"E55\" (did you mean \"E5\"?)",
                        "/assessments/0/ratings/F14/level: level \"strong\" is not on scale PRESENCE_3 (expected one"
                                + " of: NOT_PRESENT, PARTLY_PRESENT, STRONGLY_PRESENT)",
                        "/checks/1/date: 2099-01-13 is after today (2026-11-22)",
                        "/decisionLog/1: decision log chain broken (content): record 2 was changed after it was"
                                + " written: its hash does not match");
    }

    @Test
    void structuralProblemsAreListedWithHints() {
        Run run = run("validate", "../examples/broken/structural-problems.yaml");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines())
                .containsExactly(
                        "/subject/nationalty: unknown field \"nationalty\"",
                        "/legalStatus: \"LICENSE\" is not one of: REMAND, CUSTODY, LICENCE, COMMUNITY_ORDER,"
                                + " SUSPENDED_SENTENCE, POST_SENTENCE_NOTIFICATION (did you mean \"LICENCE\"?)",
                        "/assessments/0/complted: unknown field \"complted\" (did you mean \"completed\"?)");
    }

    @Test
    void everyProblemLineIsPointerColonMessage() {
        Run run = run(
                "validate", "../examples/broken/semantic-problems.yaml", "../examples/broken/structural-problems.yaml");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(7).allMatch(l -> l.matches("^/[^ ]*: .+"));
    }

    @Test
    void aMissingFileAndGarbageAreProblemsNotStackTraces() throws Exception {
        Path garbage = dir.resolve("garbage.json");
        Files.writeString(garbage, "{\"schemaVersion\": ");

        Run run = run("validate", dir.resolve("missing.yaml").toString(), garbage.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).isEqualTo("/: no such file");
        assertThat(run.errLines().get(1)).startsWith("/schemaVersion: not valid JSON at line 1");
    }

    @Test
    void extraInstrumentDirectoriesAreCheckedToo() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "id: bad\n");

        Run run = run("validate", "--instruments", dir.toString(), SAMPLE);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).allMatch(l -> l.contains("bad.yaml: required field"));
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(run().exit()).isEqualTo(2);
        assertThat(run("validate").exit()).isEqualTo(2);
    }
}
