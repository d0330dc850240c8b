package org.caseframe.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.caseframe.core.io.CaseFileReader;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.io.Format;
import org.caseframe.core.io.InstrumentDefinitions;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.validation.DefinitionLookup;

/** Shared test fixtures: the fixture instrument, a valid case file and a fixed clock. */
public final class Fixtures {
    /** "Now" in every test: 1 June 2024, midday UTC. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {}

    public static Path resource(String name) {
        try {
            return Paths.get(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    public static InstrumentDefinition definition() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/fixture-spj-1.0.yaml")) {
            return InstrumentDefinitions.check(in, Format.YAML, "fixture-spj-1.0.yaml")
                    .orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DefinitionLookup definitions() {
        return DefinitionLookup.of(List.of(definition()));
    }

    public static CaseFileReader reader() {
        return CaseFiles.reader().withDefinitions(definitions()).withClock(CLOCK);
    }
}
