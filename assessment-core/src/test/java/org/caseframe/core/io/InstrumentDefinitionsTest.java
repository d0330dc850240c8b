package org.caseframe.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.InstrumentKind;
import org.caseframe.core.testing.Fixtures;
import org.caseframe.core.validation.Problem;
import org.junit.jupiter.api.Test;

class InstrumentDefinitionsTest {
    private static String fixture() throws Exception {
        return Files.readString(Fixtures.resource("fixture-spj-1.0.yaml"));
    }

    private static ReadResult<InstrumentDefinition> check(String yaml) {
        return InstrumentDefinitions.check(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), Format.YAML, "def.yaml");
    }

    @Test
    void loadsTheFixtureWithItsScalesItemsAndJudgements() {
        InstrumentDefinition d = Fixtures.definition();

        assertThat(d.ref()).hasToString("fixture-spj@1.0");
        assertThat(d.kind()).isEqualTo(InstrumentKind.STRUCTURED_PROFESSIONAL_JUDGEMENT);
        assertThat(d.scale("PRESENCE_3").orElseThrow().codes())
                .containsExactly("NOT_PRESENT", "PARTLY_PRESENT", "STRONGLY_PRESENT");
        assertThat(d.itemsIn("INTENT")).extracting(i -> i.id()).containsExactly("F14", "F15");
        assertThat(d.item("F1").orElseThrow().required()).isTrue();
        assertThat(d.item("F15").orElseThrow().required()).isFalse();
        assertThat(d.judgement("ENGAGEMENT").orElseThrow().rationaleRequired()).isTrue();
        assertThat(d.sources())
                .singleElement()
                .satisfies(c -> assertThat(c.verified()).isFalse());
    }

    @Test
    void duplicateIdsAndUnresolvedReferencesAreAllReported() throws Exception {
        String broken = fixture()
                .replace("{id: F2, domain: ENGAGEMENT", "{id: F1, domain: ENGAGMENT")
                .replace(
                        "{id: F14, domain: INTENT, label: Dehumanisation of the enemy, description: Seeing an out-group"
                                + " as less than human., scale: PRESENCE_3}",
                        "{id: F14, domain: INTENT, label: X, description:" + " Y, scale: PRESENSE_3}")
                .replace("openItems: {max: 2, scale: PRESENCE_3}", "openItems: {max: 2, scale: NOPE}");

        assertThat(check(broken).problems())
                .extracting(Problem::toString)
                .containsExactlyInAnyOrder(
                        "/items/1: item id \"F1\" is used more than once",
                        "/items/1/domain: no domain has id \"ENGAGMENT\" (did you mean \"ENGAGEMENT\"?)",
                        "/items/2/scale: no scale has id \"PRESENSE_3\" (did you mean \"PRESENCE_3\"?)",
                        "/openItems/scale: no scale has id \"NOPE\"");
    }

    @Test
    void scalesMustRiseStrictly() throws Exception {
        String broken = fixture()
                .replace(
                        "{code: STRONGLY_PRESENT, label: Strongly present, rank: 2",
                        "{code: STRONGLY_PRESENT, label: Strongly present, rank: 1");

        assertThat(check(broken).problems())
                .extracting(Problem::toString)
                .containsExactly("/scales/0/levels/2/rank: level STRONGLY_PRESENT has rank 1, not above PARTLY_PRESENT"
                        + " (1); list levels lowest first with rising ranks");
    }

    @Test
    void emptyScalesAndUnknownFieldsAreRefused() throws Exception {
        String broken =
                fixture().replace("kind: STRUCTURED", "kinds: STRUCTURED").replace("""
                  - id: RELEVANCE_3
                    levels:
                      - {code: LOW, label: Low, rank: 0}
                      - {code: MODERATE, label: Moderate, rank: 1}
                      - {code: HIGH, label: High, rank: 2}
                """, """
                  - id: RELEVANCE_3
                    levels: []
                """);

        assertThat(check(broken).problems())
                .extracting(Problem::toString)
                .contains(
                        "/kinds: unknown field \"kinds\" (did you mean \"kind\"?)",
                        "/kind: required field \"kind\" is missing",
                        "/scales/1/levels: needs at least 1 entry");
    }
}
