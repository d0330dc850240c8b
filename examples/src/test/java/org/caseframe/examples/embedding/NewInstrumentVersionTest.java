package org.caseframe.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.caseframe.Caseframe;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.scoring.ScoringResult;
import org.caseframe.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewInstrumentVersionTest {
    private static final Path VERSIONS = Path.of("instruments");

    @TempDir
    Path dir;

    @Test
    void theNewVersionIsAddedAndACaseAssessedUnderTheOldOneStaysValid() {
        Caseframe catalogue = NewInstrumentVersion.catalogueWith(VERSIONS);

        assertThat(catalogue.instrument("dash-style"))
                .get()
                .extracting(d -> d.version())
                .isEqualTo("1.1");
        assertThat(catalogue.instrument("dash-style@1.0")).isPresent();
        assertThat(NewInstrumentVersion.check(catalogue, Path.of("cases/tact-prerelease-domestic-abuse.yaml"))
                        .problems())
                .isEmpty();
    }

    @Test
    void reScoringUnderTheNewVersionShowsWhatItsTriggerChanges() {
        Caseframe catalogue = NewInstrumentVersion.catalogueWith(VERSIONS);
        Assessment dash =
                dash(NewInstrumentVersion.check(catalogue, Path.of("cases/tact-prerelease-domestic-abuse.yaml"))
                        .orThrow()
                        .caseFile());
        // The same answers, with attempted strangulation now disclosed: 12 yes answers.
        Map<String, ItemRating> ratings = new HashMap<>(dash.ratings());
        ratings.put(
                "D18",
                new ItemRating("YES", java.util.Optional.empty(), java.util.List.of(), java.util.Optional.empty()));
        Assessment disclosed = new Assessment(
                dash.id(),
                dash.instrument(),
                dash.assessor(),
                dash.started(),
                dash.completed(),
                dash.status(),
                dash.countersignature(),
                ratings,
                dash.openItems(),
                Map.of(),
                dash.formulation(),
                dash.scenarios());

        Map<String, ScoringResult> results = NewInstrumentVersion.scoreUnderBoth(catalogue, disclosed, "1.1");

        assertThat(results.keySet()).containsExactly("dash-style@1.0", "dash-style@1.1");
        assertThat(results.get("dash-style@1.0").suggested()).isEqualTo("MEDIUM");
        assertThat(results.get("dash-style@1.1").suggested()).isEqualTo("HIGH");
        assertThat(results.get("dash-style@1.1").reasons()).anyMatch(r -> r.contains("strangulation"));
    }

    @Test
    void aBrokenDefinitionIsRefusedAndNothingIsAdded() throws Exception {
        Files.writeString(
                dir.resolve("dash-style-1.2.yaml"),
                Files.readString(VERSIONS.resolve("dash-style-1.1.yaml"))
                        .replace("version: \"1.1\"", "version: \"1.2\"")
                        .replace("atLeast: HIGH", "atLeast: SEVERE"));

        assertThatThrownBy(() -> NewInstrumentVersion.catalogueWith(dir))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .isNotEmpty()
                                .allSatisfy(p -> assertThat(p.message()).contains("dash-style-1.2.yaml")));
    }

    private static Assessment dash(CaseFile c) {
        return c.assessments().stream()
                .filter(a -> a.instrument().id().equals("dash-style"))
                .findFirst()
                .orElseThrow();
    }
}
