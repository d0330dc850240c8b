package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored case file tampered with in every single-record way (each field of each record edited, each record deleted,
 * each adjacent pair swapped, the log cut after each record) is caught by {@code caseframe log verify}, which names the
 * record where the chain breaks. Cutting records from the end leaves a valid chain, so it is caught against the head
 * hash kept elsewhere ({@code --head}).
 */
class LogTamperTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Path SAMPLE = Path.of("../examples/cases/terrorist-licence.yaml");

    @TempDir
    Path dir;

    private record Tamper(String name, Consumer<ArrayNode> change, int brokenRecord) {}

    @Test
    void everySingleRecordTamperingIsNamed() throws Exception {
        JsonNode original = YAML.readTree(SAMPLE.toFile());
        int n = original.get("decisionLog").size();
        List<Tamper> tampers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int at = i;
            original.get("decisionLog")
                    .get(i)
                    .fieldNames()
                    .forEachRemaining(field -> tampers.add(new Tamper(
                            "edit " + field + " of record " + at, log -> edit((ObjectNode) log.get(at), field), at)));
            if (i + 1 < n) {
                // Deleting the last record is cutting the log short: see the next test.
                tampers.add(new Tamper("delete record " + i, log -> log.remove(at), i));
                tampers.add(new Tamper(
                        "swap records " + i + " and " + (i + 1),
                        log -> {
                            JsonNode a = log.get(at);
                            log.set(at, log.get(at + 1));
                            log.set(at + 1, a);
                        },
                        i));
            }
        }
        assertThat(tampers).hasSizeGreaterThan(3 * n);

        int file = 0;
        for (Tamper t : tampers) {
            JsonNode copy = original.deepCopy();
            t.change().accept((ArrayNode) copy.get("decisionLog"));
            Path tampered = dir.resolve("tampered-" + file++ + ".yaml");
            YAML.writeValue(tampered.toFile(), copy);

            CliRun run = CliRun.run("", "log", "verify", tampered.toString());

            assertThat(run.exit()).as(t.name()).isEqualTo(CaseframeCli.INVALID_INPUT);
            assertThat(run.errLines())
                    .as(t.name())
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).startsWith("/decisionLog/" + t.brokenRecord()));
        }
    }

    @Test
    void cuttingRecordsFromTheEndIsCaughtAgainstTheHead() throws Exception {
        JsonNode original = YAML.readTree(SAMPLE.toFile());
        ArrayNode log = (ArrayNode) original.get("decisionLog");
        String head = log.get(log.size() - 1).get("hash").asText();
        for (int keep = 0; keep < log.size(); keep++) {
            JsonNode copy = original.deepCopy();
            ArrayNode cut = (ArrayNode) copy.get("decisionLog");
            while (cut.size() > keep) {
                cut.remove(cut.size() - 1);
            }
            Path tampered = dir.resolve("cut-" + keep + ".yaml");
            YAML.writeValue(tampered.toFile(), copy);

            CliRun without = CliRun.run("", "log", "verify", tampered.toString());
            CliRun with = CliRun.run("", "log", "verify", tampered.toString(), "--head", head);

            assertThat(without.exit())
                    .as("a cut log is a valid chain on its own")
                    .isZero();
            assertThat(with.exit()).as("kept " + keep).isEqualTo(CaseframeCli.INVALID_INPUT);
            assertThat(with.errLines())
                    .singleElement()
                    .asString()
                    .startsWith("/decisionLog")
                    .contains("removed from the end");
        }
        assertThat(CliRun.run("", "log", "verify", SAMPLE.toString(), "--head", head)
                        .exit())
                .isZero();
    }

    /** Changes one field of a record to a different value of the same kind. */
    private static void edit(ObjectNode record, String field) {
        JsonNode value = record.get(field);
        if (value.isInt()) {
            record.put(field, value.asInt() + 1);
        } else if (value.isArray()) {
            ((ArrayNode) value).add("SEALED-TAMPERED");
        } else if (value.isObject()) {
            ObjectNode o = (ObjectNode) value;
            o.put("name", o.path("name").asText() + " (altered)");
        } else if (field.equals("at")) {
            record.put(
                    field,
                    value.asText()
                            .replace("T", "T0")
                            .replaceFirst("T0(\\d)", "T$1")
                            .replace(":00Z", ":01Z"));
        } else if (field.equals("marking")) {
            record.put(field, value.asText().equals("OFFICIAL") ? "SECRET" : "OFFICIAL");
        } else if (field.equals("handling")) {
            record.put(field, value.asText().equals("NSD_ONLY") ? "MANAGERS_ONLY" : "NSD_ONLY");
        } else if (field.endsWith("ash")) {
            String h = value.asText();
            record.put(field, (h.charAt(0) == '0' ? "1" : "0") + h.substring(1));
        } else {
            record.put(field, value.asText() + ".");
        }
    }
}
