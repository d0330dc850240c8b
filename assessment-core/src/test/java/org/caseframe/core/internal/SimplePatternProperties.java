package org.caseframe.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The proof's identifier-pattern check agrees with {@link Pattern} on every pattern of that form the schemas use. */
class SimplePatternProperties {
    private static final List<String> PATTERNS = List.of(
            "^[A-Z][A-Z0-9_]{0,63}$",
            "^[a-zA-Z][a-zA-Z0-9]{0,63}$",
            "^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$",
            "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$",
            "^[a-z0-9][a-z0-9._-]{0,63}$",
            "^[a-z][a-z]{0,2}$");
    private static final String ALPHABET = "aZz09_.-+:A B\u00e9\u0627\t";

    @Test
    void everySchemaPatternOfTheFormCompiles() {
        PATTERNS.forEach(p -> assertThat(SchemaProof.SimplePattern.of(p)).as(p).isPresent());
        assertThat(SchemaProof.SimplePattern.of("\\S")).isEmpty();
        assertThat(SchemaProof.SimplePattern.of("^[\\w][a-z]{0,3}$")).isEmpty();
        assertThat(SchemaProof.SimplePattern.of("^[^a][a-z]{0,3}$")).isEmpty();
    }

    @Test
    void agreesWithTheRegexEngine() {
        qt().withExamples(20_000)
                .forAll(
                        integers().between(0, PATTERNS.size() - 1),
                        strings().betweenCodePoints(0, ALPHABET.length() - 1).ofLengthBetween(0, 70))
                .checkAssert((which, indices) -> {
                    StringBuilder text = new StringBuilder();
                    indices.codePoints().forEach(i -> text.append(ALPHABET.charAt(i)));
                    String p = PATTERNS.get(which);
                    assertThat(SchemaProof.SimplePattern.of(p).orElseThrow().matches(text.toString()))
                            .as("%s against %s", p, text)
                            .isEqualTo(Pattern.compile(p).matcher(text).find());
                });
    }
}
