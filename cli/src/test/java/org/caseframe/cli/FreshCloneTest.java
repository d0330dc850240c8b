package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command on a fresh {@code git clone} of this repository (its committed state, HEAD) with
 * nothing built, in a path with spaces, as a newcomer runs it; then the launcher's other states: jar up to date,
 * sources changed, another JDK, a read-only checkout with and without a jar. Slow (it builds the jar twice or three
 * times), and part of the default build on purpose: CI once missed that the first command failed on a fresh clone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FreshCloneTest {
    private static final String FIRST_COMMAND = "./caseframe run examples/cases/terrorist-licence.yaml --audience POM";
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    static Path temp;

    private static Path clone;

    record Result(int exit, String out, String err) {}

    private static Result sh(Path dir, Map<String, String> env, String command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).directory(dir.toFile());
        pb.environment().putAll(env);
        // The nested build must not inherit this build's Maven settings for the test JVM.
        pb.environment().remove("MAVEN_OPTS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Result sh(Path dir, String command) throws Exception {
        return sh(dir, Map.of(), command);
    }

    private static Path freshClone(String name) throws Exception {
        assumeTrue(Files.isDirectory(REPOSITORY.resolve(".git")), "the repository is a git checkout");
        Path target = temp.resolve(name);
        Result cloned = sh(temp, "git clone -q \"" + REPOSITORY + "\" \"" + target + "\"");
        assertThat(cloned.exit()).as(cloned.err()).isZero();
        return target;
    }

    @Test
    @Order(1)
    void theReadmeFirstCommandWritesBothPdfsOnAFreshCloneInAPathWithSpaces() throws Exception {
        String readme = Files.readString(REPOSITORY.resolve("README.md"));
        assertThat(readme).as("the README's first command").contains("```\n" + FIRST_COMMAND + "\n```");
        clone = freshClone("fresh clone with spaces");
        assertThat(clone.resolve("cli/target")).doesNotExist();

        Result run = sh(clone, FIRST_COMMAND);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("caseframe: building the command-line jar (no jar yet)", "caseframe: built ");
        assertThat(run.out()).contains("render    target/caseframe/formulation-POM.pdf");
        for (String pdf : List.of("formulation-POM.pdf", "sentence-plan-POM.pdf")) {
            Path file = clone.resolve("target/caseframe").resolve(pdf);
            assertThat(file).isRegularFile();
            assertThat(new String(Files.readAllBytes(file), 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }
    }

    @Test
    @Order(2)
    void anUpToDateJarRunsWithoutBuildingAndHelpWorks() throws Exception {
        assumeTrue(clone != null, "the fresh clone was built");

        Result help = sh(clone, "./caseframe validate --help");

        assertThat(help.exit()).as(help.err()).isZero();
        assertThat(help.out()).startsWith("Usage: caseframe validate");
        assertThat(help.err()).doesNotContain("building");
    }

    @Test
    @Order(3)
    void changedSourcesAreRebuiltAndSaidSo() throws Exception {
        assumeTrue(clone != null, "the fresh clone was built");
        Path source = clone.resolve("cli/src/main/java/org/caseframe/cli/SchemaCommand.java");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(5)));
        Thread.sleep(5_100);

        Result run = sh(clone, "./caseframe schema");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("building the command-line jar (sources changed since the last build)");
        assertThat(run.out()).contains("\"$schema\"");
    }

    @Test
    @Order(4)
    void anotherJdkRecordsItsOwnClassDataArchiveAndRuns() throws Exception {
        assumeTrue(clone != null, "the fresh clone was built");
        Path other = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        assumeTrue(Files.isExecutable(other.resolve("bin/java")), "a second JDK is installed at " + other);

        Result withOther = sh(clone, Map.of("JAVA_HOME", other.toString()), "./caseframe schema >/dev/null");
        Result withDefault = sh(clone, "env -u JAVA_HOME ./caseframe schema >/dev/null");

        assertThat(withOther.exit()).as(withOther.err()).isZero();
        assertThat(withDefault.exit()).as(withDefault.err()).isZero();
        assertThat(withOther.err() + withDefault.err()).doesNotContain("building", "Error", "warning");
    }

    @Test
    @Order(5)
    void aReadOnlyCheckoutRunsItsJarAndAReadOnlyFreshCloneBuildsACopy() throws Exception {
        assumeTrue(clone != null, "the fresh clone was built");
        assumeTrue(sh(temp, "unshare -m true").exit() == 0, "unshare can make a private mount namespace");
        Path fresh = freshClone("read-only clone");
        Path cache = Files.createDirectories(temp.resolve("cache"));

        String readOnly = "unshare -m bash -c 'mount --bind -o ro \"$0\" \"$0\" && cd \"$0\" && ./caseframe schema"
                + " >/dev/null && ! touch x 2>/dev/null'";
        Result built = sh(temp, Map.of("XDG_CACHE_HOME", cache.toString()), readOnly + " \"" + clone + "\"");
        Result unbuilt = sh(temp, Map.of("XDG_CACHE_HOME", cache.toString()), readOnly + " \"" + fresh + "\"");

        assertThat(built.exit()).as(built.err()).isZero();
        assertThat(built.err()).doesNotContain("building");
        assertThat(unbuilt.exit()).as(unbuilt.err()).isZero();
        assertThat(unbuilt.err()).contains("is read-only; building a copy of it in " + cache);
        assertThat(fresh.resolve("cli/target")).doesNotExist();
    }

    @Test
    @Order(6)
    void aJavaOlderThan17IsRefusedWithTheReason() throws Exception {
        assumeTrue(clone != null, "the fresh clone was built");
        Path fakeJdk = Files.createDirectories(temp.resolve("old jdk/bin"));
        Files.writeString(fakeJdk.resolveSibling("release"), "JAVA_VERSION=\"11.0.2\"\n");
        Path java = Files.writeString(fakeJdk.resolve("java"), "#!/bin/sh\nexit 0\n");
        java.toFile().setExecutable(true);

        Result run = sh(clone, Map.of("JAVA_HOME", fakeJdk.getParent().toString()), "./caseframe schema");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip())
                .isEqualTo("caseframe: found Java 11.0.2 at " + java + "; caseframe needs Java 17 or newer (set"
                        + " JAVA_HOME to a newer JDK)");
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.toList());
        }
    }
}
