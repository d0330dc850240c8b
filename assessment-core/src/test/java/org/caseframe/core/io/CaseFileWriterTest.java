package org.caseframe.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.Subject;
import org.caseframe.core.testing.Fixtures;
import org.caseframe.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFileWriterTest {
    @TempDir
    Path dir;

    private static CaseFile sample() {
        return Fixtures.reader().read(Fixtures.resource("valid-case.json"));
    }

    @Test
    void writingTheCanonicalSampleReproducesItByteForByte() throws Exception {
        Path out = dir.resolve("out.json");
        CaseFiles.write(sample(), out);

        assertThat(Files.readString(out)).isEqualTo(Files.readString(Fixtures.resource("valid-case.json")));
    }

    @Test
    void yamlRoundTripsToAnEqualCaseFileAndIdenticalText() throws Exception {
        Path yaml = dir.resolve("case.yml");
        CaseFiles.write(sample(), yaml);
        CaseFile back = Fixtures.reader().read(yaml);
        Path again = dir.resolve("again.yml");
        CaseFiles.write(back, again);

        assertThat(back).isEqualTo(sample());
        assertThat(Files.readString(again)).isEqualTo(Files.readString(yaml));
        assertThat(Files.readString(yaml)).contains("آدم تست");
    }

    @Test
    void streamsWriteTheSameBytesAsFiles() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CaseFiles.write(sample(), Format.JSON, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(CaseFiles.toJson(sample()));
    }

    @Test
    void anInvalidCaseFileIsRefusedAndTheOriginalIsUntouched() throws Exception {
        Path target = dir.resolve("case.json");
        Files.writeString(target, "original");
        CaseFile invalid = new CaseFile(
                "1.0",
                new Subject(
                        "has space",
                        sample().subject().names(),
                        sample().subject().dateOfBirth(),
                        sample().subject().sex()),
                sample().cohort(),
                sample().legalStatus(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThatThrownBy(() -> CaseFiles.write(invalid, target))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.pointer())
                                .containsExactly("/subject/id"));
        assertThat(Files.readString(target)).isEqualTo("original");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFailedMoveLeavesNoTemporaryFileAndTheTargetIntact() throws Exception {
        Path target = dir.resolve("occupied.json");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep.txt"), "keep");

        assertThatThrownBy(() -> CaseFiles.write(sample(), target)).isInstanceOf(java.io.IOException.class);
        assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("keep");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anUnknownExtensionIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> CaseFiles.write(sample(), dir.resolve("case.txt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(".json, .yaml or .yml");
        assertThat(leftovers()).isEmpty();
    }

    private Stream<Path> leftoversStream() throws java.io.IOException {
        return Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    private java.util.List<Path> leftovers() {
        try (Stream<Path> s = leftoversStream()) {
            return s.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
