package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every hostile output path exits 2 with a message naming the option and the path, and touches nothing. */
class HostileOutputTest {
    private static final String CASE = "../examples/cases/terrorist-licence.yaml";

    @TempDir
    Path dir;

    private static CliRun report(String out) {
        return CliRun.run(
                "",
                "report",
                CASE,
                "--kind",
                "formulation",
                "--audience",
                "POM",
                "--as-of",
                "2026-11-22",
                "--out",
                out);
    }

    private static void refused(CliRun run, String option, String path, String reason) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(option + " " + path + ": " + reason);
        assertThat(run.outLines()).isEmpty();
    }

    @Test
    void aCharacterDeviceIsRefused() {
        refused(
                report("/dev/full"),
                "--out",
                "/dev/full",
                "is a character device, not a regular file; Caseframe" + " writes regular files only");
    }

    @Test
    void aFifoIsRefusedAndKeepsBeingAFifo() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");

        refused(
                report(fifo.toString()),
                "--out",
                fifo.toString(),
                "is a named pipe (FIFO), not a regular file;" + " Caseframe writes regular files only");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void aDirectoryWhereAFileIsMeantIsRefused() throws Exception {
        refused(report(dir.toString()), "--out", dir.toString(), "is a directory; name the file to write");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theInputFileItselfIsRefusedAndUnchanged() throws Exception {
        Path copy = Files.copy(Path.of(CASE), dir.resolve("case.yaml"));
        byte[] before = Files.readAllBytes(copy);

        CliRun run = CliRun.run(
                "", "report", copy.toString(), "--kind", "formulation", "--audience", "POM", "--out", copy.toString());

        refused(run, "--out", copy.toString(), "is the input file " + copy + "; writing there would overwrite it");
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }

    @Test
    void theInputFileReachedThroughALinkIsRefused() throws Exception {
        Path copy = Files.copy(Path.of(CASE), dir.resolve("case.yaml"));
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), copy);

        CliRun run = CliRun.run(
                "", "report", copy.toString(), "--kind", "formulation", "--audience", "POM", "--out", link.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("is the input file");
    }

    @Test
    void runOutDirNamingAFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "keep");

        CliRun run = CliRun.run("", "run", CASE, "--as-of", "2026-11-22", "--out-dir", file.toString());

        refused(run, "--out-dir", file.toString(), "is a file, not a directory; name a directory to write into");
        assertThat(Files.readString(file)).isEqualTo("keep");
    }

    @Test
    void runRefusesADirectoryWhereOneOfItsReportsWouldGoAndWritesNeither() throws Exception {
        Files.createDirectories(dir.resolve("sentence-plan-POM.pdf"));

        CliRun run = CliRun.run("", "run", CASE, "--as-of", "2026-11-22", "--out-dir", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().endsWith("is a directory; name the file to write");
        assertThat(dir.resolve("formulation-POM.pdf")).doesNotExist();
    }

    @Test
    void aParentThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "keep");
        String out = file.resolve("report.pdf").toString();

        refused(report(out), "--out", out, "cannot be created: " + file + " is a file, not a directory");
    }

    @Test
    void whatIfChecksEveryOutputBeforeWritingAny() throws Exception {
        Path json = dir.resolve("whatif.json");

        CliRun run = CliRun.run(
                "",
                "whatif",
                "--cohort",
                "../examples/cases",
                "--baseline",
                "current-practice",
                "--candidate",
                "responsive",
                "--as-of",
                "2026-11-22",
                "--json",
                json.toString(),
                "--csv",
                "/dev/full");

        refused(
                run,
                "--csv",
                "/dev/full",
                "is a character device, not a regular file; Caseframe writes regular" + " files only");
        assertThat(json).doesNotExist();
    }

    @Test
    void policyExportRefusesADevice() {
        CliRun run = CliRun.run("", "policy", "export-dmn", "responsive", "--out", "/dev/null");

        refused(
                run,
                "--out",
                "/dev/null",
                "is a character device, not a regular file; Caseframe writes regular files" + " only");
    }

    @Test
    void aTemporaryFileLeftByAKilledRunIsRemovedByTheNextRun() throws Exception {
        Path out = dir.resolve("report.pdf");
        // A process id that cannot be running: what a killed batch leaves behind.
        Path leftover = Files.writeString(dir.resolve(".report.pdf.caseframe-2147483646-abc.tmp"), "half");

        CliRun run = report(out.toString());

        assertThat(run.exit()).as(run.errLines().toString()).isZero();
        assertThat(out).isRegularFile();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.pdf");
        }
        assertThat(leftover).doesNotExist();
    }

    @Test
    void aBatchThatFailsOnOneCaseWritesNoReport() throws Exception {
        Path cases = Files.createDirectory(dir.resolve("cases"));
        Files.copy(Path.of(CASE), cases.resolve("a.yaml"));
        Files.copy(Path.of(CASE), cases.resolve("b.yaml"));
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("b-formulation-POM.pdf")); // the second report cannot be written

        CliRun run = CliRun.run(
                "", "report", cases.toString(), "--kind", "formulation", "--audience", "POM", "--out", out.toString());

        assertThat(run.exit()).isEqualTo(2);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("b-formulation-POM.pdf");
        }
    }

    /** A formulation report through a custom formulation template; the report must not be written. */
    private CliRun withFormulationTemplate(String template) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("formulation.mustache"), template);
        Path out = dir.resolve("report.pdf");
        CliRun run = CliRun.run(
                "",
                "report",
                CASE,
                "--kind",
                "formulation",
                "--audience",
                "POM",
                "--templates",
                templates.toString(),
                "--out",
                out.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(out).doesNotExist();
        return run;
    }

    @Test
    void aCustomTemplateThatIsNotWellFormedNamesTheTemplateAndLine() throws Exception {
        CliRun run = withFormulationTemplate(
                "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<body>\n<p>{{title}}\n</body></html>\n");

        assertThat(run.errLines())
                .singleElement()
                .asString()
                .startsWith("/: template " + dir.resolve("templates/formulation.mustache")
                        + " is not well-formed XHTML at line 4");
    }

    @Test
    void aPartialOutsideTheTemplatesIsRefusedByName() throws Exception {
        CliRun run = withFormulationTemplate(
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>{{> case.yaml}}</body></html>\n");

        assertThat(run.errLines())
                .singleElement()
                .asString()
                .contains("asks for the partial \"case.yaml\", which is not a template name");
    }

    @Test
    void aCaseWithAControlCharacterIsRefusedByValidateAndReport() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(CASE)).replace("Yusuf Example", "\"Yusuf\\u0001Example\""));

        for (List<String> args : List.of(
                List.of("validate", bad.toString()),
                List.of(
                        "report",
                        bad.toString(),
                        "--kind",
                        "formulation",
                        "--audience",
                        "POM",
                        "--out",
                        dir.resolve("r.pdf").toString()))) {
            CliRun run = CliRun.run("", args.toArray(String[]::new));

            assertThat(run.exit()).as(args.toString()).isEqualTo(2);
            assertThat(run.errLines())
                    .as(args.toString())
                    .anySatisfy(l -> assertThat(l)
                            .startsWith("/subject/names/0/value: the text holds the control" + " character U+0001"));
        }
        assertThat(dir.resolve("r.pdf")).doesNotExist();
    }
}
