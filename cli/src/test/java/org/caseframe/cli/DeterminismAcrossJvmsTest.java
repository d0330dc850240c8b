package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same case, policy and date give byte-identical plans and PDFs across runs and JVM restarts, whatever the
 * machine's time zone and locale: the plan and report are made here and in two fresh JVMs started with other zones
 * and languages, and compared byte for byte.
 */
class DeterminismAcrossJvmsTest {
    private static final String CASE = "../examples/cases/tact-prerelease-domestic-abuse.yaml";

    @TempDir
    Path dir;

    @Test
    void plansAndPdfsAreByteIdenticalAcrossJvmsZonesAndLocales() throws Exception {
        CliRun plan = CliRun.run("", "plan", CASE, "--as-of", "2026-11-22");
        Path pdf = dir.resolve("here.pdf");
        CliRun report = CliRun.run("", report(pdf));
        assertThat(plan.exit()).isZero();
        assertThat(report.exit()).isZero();

        String[][] environments = {
            {"-Duser.timezone=Pacific/Auckland", "-Duser.language=ar", "-Duser.country=SA"},
            {"-Duser.timezone=America/Los_Angeles", "-Duser.language=de", "-Duser.country=DE"}
        };
        for (String[] env : environments) {
            Path elsewhere = dir.resolve("elsewhere-" + env[0].hashCode() + ".pdf");
            Path planOut = dir.resolve("plan-" + env[0].hashCode() + ".json");
            freshJvm(env, planOut, "plan", CASE, "--as-of", "2026-11-22");
            freshJvm(env, dir.resolve("report.log"), report(elsewhere));

            assertThat(Files.readString(planOut)).as(env[0] + " plan").isEqualTo(plan.out());
            assertThat(Files.readAllBytes(elsewhere)).as(env[0] + " PDF").isEqualTo(Files.readAllBytes(pdf));
        }
    }

    private static String[] report(Path out) {
        return new String[] {
            "report",
            CASE,
            "--kind",
            "sentence-plan",
            "--audience",
            "COM",
            "--as-of",
            "2026-11-22",
            "--out",
            out.toString()
        };
    }

    /** Runs the command line in a new JVM with extra JVM options, standard output to {@code stdout}. */
    private static void freshJvm(String[] jvmOptions, Path stdout, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        // Everything the tests run with, on the class path (as the command-line jar runs).
        String modulePath = System.getProperty("jdk.module.path", "");
        String classPath = System.getProperty("java.class.path", "");
        command.addAll(List.of(
                "-cp",
                String.join(java.io.File.pathSeparator, modulePath, classPath),
                "org.caseframe.cli.CaseframeCli"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
        assertThat(p.exitValue()).as(String.join(" ", args)).isZero();
    }
}
