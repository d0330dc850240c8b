package org.caseframe.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ValidateCaseFileTest {
    @Test
    void theEmbeddingExampleRunsOnTheSamples() {
        assertThat(ValidateCaseFile.countProblems(Path.of("cases/terrorist-licence.yaml")))
                .isZero();
        assertThat(ValidateCaseFile.countProblems(Path.of("broken/semantic-problems.yaml")))
                .isEqualTo(4);
    }

    @Test
    void theReadmeShowsExactlyTheCompiledExample() throws Exception {
        String source =
                Files.readString(Path.of("src/main/java/org/caseframe/examples/embedding/ValidateCaseFile.java"));
        String snippet = source.substring(
                source.indexOf("// README:begin\n") + "// README:begin\n".length(),
                source.indexOf("        // README:end"));
        String readme = Files.readString(Path.of("../README.md"));

        assertThat(normalise(readme)).contains(normalise(snippet));
    }

    private static String normalise(String text) {
        // Layout may differ (the formatter wraps lines); the code may not.
        return text.replaceAll("\\s+", "");
    }
}
