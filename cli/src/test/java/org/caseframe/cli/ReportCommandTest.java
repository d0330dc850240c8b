package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path dir;

    static CliRun report(Path out, String audience, String... extra) {
        String[] base = {
            "report",
            "../examples/cases/terrorist-licence.yaml",
            "--kind",
            "formulation",
            "--audience",
            audience,
            "--as-of",
            "2026-11-22",
            "--out",
            out.toString()
        };
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.run("", args);
    }

    @Test
    void writesAPdfForTheAudienceAndTheSameBytesEveryTime() throws Exception {
        Path a = dir.resolve("a.pdf");
        Path b = dir.resolve("b.pdf");

        CliRun run = report(a, "POM");
        report(b, "POM");

        assertThat(run.exit()).as(run.errLines().toString()).isZero();
        assertThat(run.out()).contains("marked OFFICIAL-SENSITIVE");
        assertThat(Files.readAllBytes(a)).startsWith("%PDF-".getBytes()).isEqualTo(Files.readAllBytes(b));
        assertThat(report(dir.resolve("c.pdf"), "NSD_MANAGER").out()).contains("marked SECRET");
    }

    @Test
    void htmlAndOverriddenTemplates() throws Exception {
        Path templates = Files.createDirectory(dir.resolve("templates"));
        Files.writeString(templates.resolve("formulation.mustache"), "<p>{{subjectId}} for {{audience}}</p>");
        Path out = dir.resolve("r.html");

        CliRun run = report(out, "PSYCHOLOGIST", "--format", "html", "--templates", templates.toString());

        assertThat(run.exit()).isZero();
        assertThat(Files.readString(out)).isEqualTo("<p>SAMPLE-0007 for Forensic psychologist</p>");
    }

    @Test
    void theSentencePlanReportUnderAChosenPolicy() throws Exception {
        Path out = dir.resolve("plan.pdf");
        String[] args = {
            "report",
            "../examples/cases/terrorist-licence.yaml",
            "--kind",
            "sentence-plan",
            "--audience",
            "COM",
            "--policy",
            "current-practice",
            "--as-of",
            "2026-11-22",
            "--out",
            out.toString()
        };

        CliRun run = CliRun.run("", args);

        assertThat(run.exit()).as(run.errLines().toString()).isZero();
        assertThat(run.out()).contains("sentence-plan for COM, marked OFFICIAL");
        assertThat(Files.readAllBytes(out)).startsWith("%PDF-".getBytes());
        args[3] = "risk-ledger";
        assertThat(CliRun.run("", args).exit()).isEqualTo(2);
    }

    @Test
    void everyKindRendersForItsUsualAudience() throws Exception {
        String[][] kinds = {
            {"formulation", "PSYCHOLOGIST"},
            {"sentence-plan", "COM"},
            {"risk-management", "COM"},
            {"mappa", "MAPPA_PANEL"}
        };
        for (String[] k : kinds) {
            Path out = dir.resolve(k[0] + ".pdf");
            CliRun run = CliRun.run(
                    "",
                    "report",
                    "../examples/cases/terrorist-licence.yaml",
                    "--kind",
                    k[0],
                    "--audience",
                    k[1],
                    "--as-of",
                    "2026-11-22",
                    "--out",
                    out.toString());
            assertThat(run.exit()).as(k[0] + " " + run.errLines()).isZero();
            assertThat(Files.readAllBytes(out)).startsWith("%PDF-".getBytes());
        }
    }

    @Test
    void anUnknownAudienceIsAUsageError() {
        assertThat(report(dir.resolve("x.pdf"), "JOURNALIST").exit()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
    }
}
