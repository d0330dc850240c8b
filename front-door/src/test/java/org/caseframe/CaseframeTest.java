package org.caseframe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.ReportKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front door: one builder, staged values, user-supplied data files, one instance shared across threads. */
class CaseframeTest {
    private static final Path CASE = Path.of("src/test/resources/fixtures/tact-licence-approved-premises.yaml");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    // The bundled data files, read from the instruments module's sources (a named module keeps its resources).
    private static String resource(String name) throws Exception {
        return Files.readString(Path.of("../instruments/src/main/resources" + name));
    }

    @Test
    void aCaseGoesOneWayThroughTheStagesToADocument() {
        Caseframe cf = Caseframe.builder().asOf(AS_OF).build();

        AssessedCase assessed = cf.assess(cf.read(CASE));
        SentencePlan plan = cf.plan(assessed, "responsive");
        Document doc = cf.render(ReportKind.SENTENCE_PLAN, assessed, plan, ReportAudience.COM, DocumentFormat.PDF)
                .orElseThrow();

        assertThat(assessed.asOf()).isEqualTo(AS_OF);
        assertThat(assessed.oasys()).isPresent();
        assertThat(plan.policy()).isEqualTo("responsive@1.1");
        assertThat(new String(doc.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(cf.render(ReportKind.FORMULATION, assessed, plan, ReportAudience.COM, DocumentFormat.HTML))
                .get()
                .satisfies(html -> assertThat(new String(html.bytes(), StandardCharsets.UTF_8))
                        .contains("<html"));
    }

    @Test
    void anInvalidCaseThrowsWithEveryProblem() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "schemaVersion: '1.0'\ncohort: NONE\n");

        assertThatThrownBy(() -> Caseframe.bundled().read(bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).hasSizeGreaterThan(1));
    }

    @Test
    void aNewOasysStyleVersionComesWithItsOwnSectionTable() throws Exception {
        Path definitions = Files.createDirectories(dir.resolve("definitions"));
        Path tables = Files.createDirectories(dir.resolve("tables"));
        Files.writeString(
                definitions.resolve("oasys-style-1.1.yaml"),
                resource("/org/caseframe/instruments/definitions/oasys-style-1.0.yaml")
                        .replace("version: \"1.0\"", "version: \"1.1\""));
        Files.writeString(
                tables.resolve("oasys-sections-1.1.yaml"),
                resource("/org/caseframe/instruments/oasys-sections-1.0.yaml")
                        .replace("version: \"1.0\"", "version: \"1.1\"")
                        .replace("instrument: oasys-style@1.0", "instrument: oasys-style@1.1"));
        Path reassessed = Files.writeString(
                dir.resolve("case.yaml"), Files.readString(CASE).replace("oasys-style@1.0", "oasys-style@1.1"));

        Caseframe without =
                Caseframe.builder().asOf(AS_OF).instruments(definitions).build();
        Caseframe with = Caseframe.builder()
                .asOf(AS_OF)
                .instruments(definitions)
                .oasysSections(tables)
                .build();

        assertThat(without.assess(without.read(reassessed)).oasys())
                .as("no table for 1.1")
                .isEmpty();
        assertThat(with.assess(with.read(reassessed)).oasys()).isPresent();
    }

    @Test
    void aBrokenSectionTableIsRefusedWhenTheFrontDoorIsBuilt() throws Exception {
        Path tables = Files.createDirectories(dir.resolve("tables"));
        Files.writeString(
                tables.resolve("oasys-sections-1.1.yaml"),
                resource("/org/caseframe/instruments/oasys-sections-1.0.yaml").replace("threshold:", "treshold:"));

        assertThatThrownBy(() -> Caseframe.builder().oasysSections(tables).build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .anySatisfy(p -> assertThat(p.message()).contains("did you mean \"threshold\"")));
    }

    @Test
    void oneInstanceServesManyThreadsWithTheSameResults() throws Exception {
        Caseframe cf = Caseframe.builder().asOf(AS_OF).build();
        String one = Caseframe.toJson(cf.plan(cf.assess(cf.read(CASE)), "responsive"));

        var pool = Executors.newFixedThreadPool(4);
        try {
            var futures = IntStream.range(0, 40)
                    .mapToObj(i -> pool.submit(() -> Caseframe.toJson(cf.plan(cf.assess(cf.read(CASE)), "responsive"))))
                    .toList();
            for (Future<String> f : futures) {
                assertThat(f.get()).isEqualTo(one);
            }
        } finally {
            pool.shutdown();
        }
    }
}
