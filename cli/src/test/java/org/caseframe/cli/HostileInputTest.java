package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hostile input found by hand exits 2 with {@code POINTER: message} lines, in a fresh JVM with a 256 MiB heap
 * (bounded memory: no OutOfMemoryError, no stack trace) and at most 1,001 lines however many problems there are.
 */
class HostileInputTest {
    private static final Path SAMPLE = Path.of("../examples/cases/terrorist-licence.yaml");

    @TempDir
    static Path dir;

    static Stream<Arguments> hostile() throws Exception {
        String sample = Files.readString(SAMPLE);
        return Stream.of(
                Arguments.of(
                        "control character in a name",
                        sample.replace("Yusuf Example", "\"Yusuf\\u0001Example\""),
                        "/subject/names/0/value: the text holds the control character U+0001"),
                Arguments.of(
                        "binary tag on a date",
                        sample.replace("dateOfBirth: 1999-08-21", "dateOfBirth: !!binary aGVsbG8="),
                        "/subject/dateOfBirth: not valid YAML at line 10"),
                Arguments.of(
                        "3 million wrong entries in a flow list (6 MB)",
                        sample.replace("  sex: MALE", "  sex: MALE\n  names2: [1" + ",1".repeat(2_999_999) + "]"),
                        "/subject/names2: line 12, column 11 holds 6,000,001 characters without a space"),
                Arguments.of(
                        "2 million wrong entries, one a line (14 MB)",
                        sample.replace("  names:\n", "  names:\n" + "    - 1\n".repeat(2_000_000)),
                        "/subject/names: has 2000002 entries; the limit is 50"),
                Arguments.of(
                        "a 15-million-character string",
                        sample.replace("Yusuf Example", "Y".repeat(15_000_000)),
                        "/subject/names/0/value: line 5, column 14 holds 15,000,000 characters without a space"),
                Arguments.of(
                        "not UTF-8",
                        sample.replace("Yusuf Example", "Yusuf Ex\u00e9mple"),
                        "/: the file is not valid UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void exitsTwoWithPointerLinesInBoundedMemory(String name, String content, String firstLine) throws Exception {
        Path file = dir.resolve(name.replaceAll("\\W+", "-") + ".yaml");
        Files.write(
                file,
                name.equals("not UTF-8")
                        ? content.getBytes(StandardCharsets.ISO_8859_1)
                        : content.getBytes(StandardCharsets.UTF_8));
        Path err = dir.resolve(file.getFileName() + ".err");

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                String.join(
                        File.pathSeparator,
                        System.getProperty("jdk.module.path", ""),
                        System.getProperty("java.class.path", "")),
                "org.caseframe.cli.CaseframeCli",
                "validate",
                file.toString()));
        Process p = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();

        List<String> lines = Files.readAllLines(err);
        assertThat(p.exitValue()).as(String.join("\n", lines)).isEqualTo(2);
        assertThat(lines).isNotEmpty().hasSizeLessThanOrEqualTo(1_001);
        assertThat(lines.get(0)).startsWith(firstLine);
        assertThat(lines)
                .allSatisfy(l -> assertThat(l).matches("^(/\\S*: .+|and [0-9,]+ more problems)$"))
                .noneSatisfy(l -> assertThat(l).containsAnyOf("Exception", "\tat "));
    }
}
