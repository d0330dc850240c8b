package org.caseframe.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickStartTest {
    @TempDir
    Path dir;

    @Test
    void oneCaseThroughTheFrontDoorToTwoPdfs() throws Exception {
        List<Path> written = QuickStart.run(Path.of("cases/terrorist-licence.yaml"), dir);

        assertThat(written).containsExactly(dir.resolve("formulation-POM.pdf"), dir.resolve("sentence-plan-POM.pdf"));
        for (Path pdf : written) {
            assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }
    }

    @Test
    void anInvalidCaseWritesNothing() throws Exception {
        assertThat(QuickStart.run(Path.of("broken/semantic-problems.yaml"), dir))
                .isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theReadmeShowsExactlyTheCompiledExampleInUnder25Lines() throws Exception {
        String source = Files.readString(Path.of("src/main/java/org/caseframe/examples/embedding/QuickStart.java"));
        String snippet = source.substring(
                source.indexOf("// README:begin\n") + "// README:begin\n".length(),
                source.indexOf("        // README:end"));
        String readme = Files.readString(Path.of("../README.md"));

        assertThat(normalise(readme)).contains(normalise(snippet));
        assertThat(snippet.lines().filter(l -> !l.isBlank())).hasSizeLessThan(25);
        String embedding = readme.substring(readme.indexOf("## Embedding"));
        assertThat(embedding.indexOf("<artifactId>caseframe</artifactId>"))
                .as("the Embedding section starts with the Maven coordinates, then the front-door example")
                .isBetween(0, embedding.indexOf("Caseframe cf = Caseframe.builder()"));
    }

    private static String normalise(String text) {
        // Layout may differ (the formatter wraps lines); the code may not.
        return text.replaceAll("\\s+", "");
    }
}
