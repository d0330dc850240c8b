package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class InstrumentsCommandTest {
    @Test
    void listsTheCatalogue() {
        CliRun run = CliRun.run("", "instruments");

        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).contains("erg22plus\t1.0\tExtremism risk guidance (ERG22+ structure)");
    }

    @Test
    void showsADefinitionAsJsonWithDomainsAndItems() throws Exception {
        CliRun run = CliRun.run("", "instruments", "show", "erg22plus", "--format", "json");
        JsonNode d = new ObjectMapper().readTree(run.out());

        assertThat(run.exit()).isZero();
        assertThat(d.get("id").asText()).isEqualTo("erg22plus");
        assertThat(d.get("version").asText()).isEqualTo("1.0");
        assertThat(d.get("domains"))
                .extracting(x -> x.get("id").asText())
                .containsExactly("ENGAGEMENT", "INTENT", "CAPABILITY");
        assertThat(d.get("items")).hasSize(22);
        assertThat(d.get("items").get(15).get("label").asText()).isEqualTo("Dehumanisation of the enemy");
        assertThat(d.get("items").get(15).get("domain").asText()).isEqualTo("INTENT");
    }

    @Test
    void showsAnExactVersionAsText() {
        CliRun run = CliRun.run("", "instruments", "show", "erg22plus@1.0");

        assertThat(run.outLines()).contains("Engagement (13)", "Intent (6)", "Capability (3)");
    }

    @Test
    void anUnknownInstrumentExitsTwo() {
        CliRun run = CliRun.run("", "instruments", "show", "erg99@1.0");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines())
                .containsExactly("/: no instrument erg99@1.0 in the catalogue (see 'caseframe" + " instruments')");
    }
}
