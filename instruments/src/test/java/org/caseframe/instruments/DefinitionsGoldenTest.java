package org.caseframe.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.caseframe.core.io.InstrumentDefinitions;
import org.caseframe.core.model.Domain;
import org.caseframe.core.model.InstrumentDefinition;
import org.junit.jupiter.api.Test;

/**
 * Every bundled definition's names and domain counts, against a reviewed golden file. After a reviewed change to a
 * definition, regenerate with {@code ./mvnw -pl instruments -am test -Dtest=DefinitionsGoldenTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcaseframe.updateGolden=true}.
 */
class DefinitionsGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/definitions.txt");
    static final Path DEFINITIONS = Path.of("src/main/resources/org/caseframe/instruments/definitions");

    static String describe(List<InstrumentDefinition> definitions) {
        StringBuilder b = new StringBuilder();
        for (InstrumentDefinition d : definitions) {
            b.append(d.ref())
                    .append("  ")
                    .append(d.kind())
                    .append("  ")
                    .append(d.title())
                    .append('\n');
            for (Domain domain : d.domains()) {
                var items = d.itemsIn(domain.id());
                b.append("  ")
                        .append(domain.id())
                        .append(" (")
                        .append(items.size())
                        .append(")\n");
                items.forEach(i -> b.append("    ")
                        .append(i.id())
                        .append("  ")
                        .append(i.label())
                        .append('\n'));
            }
            d.judgements()
                    .forEach(j -> b.append("  judgement ")
                            .append(j.id())
                            .append(" on ")
                            .append(j.scale())
                            .append('\n'));
            d.formulationSections()
                    .forEach(s -> b.append("  section ")
                            .append(s.id())
                            .append(s.required() ? " (required)" : "")
                            .append('\n'));
            d.openItems()
                    .ifPresent(o ->
                            b.append("  open items: up to ").append(o.max()).append('\n'));
            d.scoring()
                    .ifPresent(s -> b.append("  scoring: ")
                            .append(s.judgement())
                            .append(s.mayOnlyRaise() ? ", judgement may only raise" : "")
                            .append('\n'));
        }
        return b.toString();
    }

    @Test
    void bundledDefinitionsMatchTheGoldenFile() throws Exception {
        String actual = describe(InstrumentCatalogue.bundled().all());
        if (Boolean.getBoolean("caseframe.updateGolden")) {
            Files.writeString(GOLDEN, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN));
    }

    @Test
    void everyDataFileIsInTheIndexAndValidates() throws Exception {
        List<String> files;
        try (Stream<Path> listing = Files.list(DEFINITIONS)) {
            files = listing.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".json"))
                    .sorted()
                    .toList();
        }
        List<String> index = Files.readAllLines(DEFINITIONS.resolve("index.txt")).stream()
                .filter(l -> !l.isBlank())
                .sorted()
                .toList();

        assertThat(index).isEqualTo(files);
        for (String file : files) {
            assertThat(InstrumentDefinitions.check(DEFINITIONS.resolve(file)).problems())
                    .as(file)
                    .isEmpty();
        }
        assertThat(InstrumentCatalogue.bundled().all()).hasSize(files.size());
    }

    @Test
    void theInstrumentsHaveTheirPublishedShape() {
        InstrumentCatalogue c = InstrumentCatalogue.bundled();
        assertThat(c.find("dash-style").orElseThrow().items()).hasSize(27);
        assertThat(c.find("pathfinder-style").orElseThrow().formulationSection("SHAREABLE_SUMMARY"))
                .hasValueSatisfying(s -> assertThat(s.required()).isTrue());
        assertThat(c.find("sexual-harm-dynamic").orElseThrow().domains())
                .extracting(Domain::id)
                .containsExactly("SEXUAL_INTERESTS", "RELATIONSHIPS", "SELF_MANAGEMENT", "ATTITUDES", "PROTECTIVE");
        assertThat(c.find("home-visit-safety")
                        .orElseThrow()
                        .scale("VISIT_PLAN")
                        .orElseThrow()
                        .codes())
                .containsExactly("STANDARD", "TWO_PERSON", "WITH_POLICE", "DO_NOT_VISIT");
        assertThat(c.all()).allSatisfy(d -> assertThat(d.sources()).isNotEmpty());
    }
}
