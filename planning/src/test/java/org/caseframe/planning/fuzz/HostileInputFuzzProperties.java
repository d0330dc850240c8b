package org.caseframe.planning.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.caseframe.core.io.CaseFileReader;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.io.Format;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.validation.Problem;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzing with property tests: the fictional sample case files and the bundled policies, mutated in the ways real
 * input goes wrong (wrong types, missing and unknown fields, huge strings, deep nesting, impossible dates, unknown
 * enum values, invalid UTF-8, cut short), written as JSON or YAML, must each end in a valid result or the typed
 * problem result with JSON Pointers, never another exception, a hang or running out of memory. 10,000 tries per input
 * kind in the default build; {@code -Pfuzz} runs 200,000 (or set {@code -Dcaseframe.fuzz.tries=N}).
 */
class HostileInputFuzzProperties {
    private static final int TRIES = Integer.getInteger("caseframe.fuzz.tries", 10_000);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final CaseFileReader CASES = CaseFiles.reader()
            .withDefinitions(InstrumentCatalogue.bundled())
            .withClock(Clock.fixed(Instant.parse("2026-11-22T23:59:59Z"), ZoneOffset.UTC));

    private static List<JsonNode> load(Path dir) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(YAML.readTree(f.toFile()));
            }
        }
        return out;
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void mutatedCaseFilesGiveTypedProblemsOnly() throws Exception {
        List<JsonNode> samples = load(Path.of("src/test/resources/fixtures/cases"));
        qt().withExamples(TRIES)
                .withGenerateAttempts(TRIES * 10)
                .forAll(integers().between(0, samples.size() - 1), longs().all())
                .checkAssert((which, seed) -> {
                    byte[] input = Mutator.mutate(samples.get(which), seed);
                    Format format = Mutator.format(seed);
                    ReadResult<?> result = CASES.check(input, format, "fuzz");
                    assertTyped(result, input);
                });
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void mutatedPoliciesGiveTypedProblemsOnly() throws Exception {
        List<JsonNode> policies = load(Path.of("src/main/resources/org/caseframe/planning/policies"));
        policies.addAll(load(Path.of("src/test/resources/fixtures/policies")));
        qt().withExamples(TRIES)
                .withGenerateAttempts(TRIES * 10)
                .forAll(integers().between(0, policies.size() - 1), longs().all())
                .checkAssert((which, seed) -> {
                    byte[] input = Mutator.mutate(policies.get(which), seed);
                    ReadResult<?> result =
                            Policies.check(new ByteArrayInputStream(input), Mutator.format(seed), "fuzz");
                    assertTyped(result, input);
                });
    }

    private static void assertTyped(ReadResult<?> result, byte[] input) {
        assertThat(result.isValid() || !result.problems().isEmpty())
                .as("a result that is neither valid nor says why, for %d bytes", input.length)
                .isTrue();
        for (Problem p : result.problems()) {
            assertThat(p.pointer()).matches("(/[^/]*)*");
            assertThat(p.code()).isNotNull();
            assertThat(p.message()).isNotBlank();
        }
    }

    /** The mutations, each chosen and placed by a seed so that QuickTheories can report and replay it. */
    static final class Mutator {
        private static final String[] IMPOSSIBLE_DATES = {
            "2026-02-30", "2026-13-01", "0000-00-00", "99999-01-01", "2026-1-1", "yesterday", "2026-11-22T25:00"
        };

        private static final String DEEP = "DEEP_NESTING_GOES_HERE";

        private Mutator() {}

        static Format format(long seed) {
            return (seed & 1) == 0 ? Format.JSON : Format.YAML;
        }

        static byte[] mutate(JsonNode original, long seed) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            JsonNode tree = original.deepCopy();
            int kind = random.nextInt(10);
            List<JsonNode> containers = new ArrayList<>();
            collect(tree, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            switch (kind) {
                case 0 -> replaceValue(target, random, wrongType(random));
                case 1 -> removeField(target, random);
                case 2 -> addField(target, random, "unknownField" + random.nextInt(100), JSON.valueToTree("x"));
                case 3 -> replaceValue(target, random, JSON.valueToTree("A".repeat(hugeLength(random))));
                case 4 -> replaceValue(target, random, JSON.valueToTree(DEEP));
                case 5 ->
                    replaceValue(
                            target,
                            random,
                            JSON.valueToTree(IMPOSSIBLE_DATES[random.nextInt(IMPOSSIBLE_DATES.length)]));
                case 6 -> replaceValue(target, random, JSON.valueToTree(random.nextBoolean() ? "NOT_A_VALUE" : "high"));
                default -> {
                    // byte-level mutations below
                }
            }
            byte[] bytes = serialise(tree, format(seed));
            if (kind == 4) {
                // Nesting deeper than any writer would emit is spliced in as text: flow syntax, valid JSON and YAML.
                int depth = 1 + random.nextInt(5_000);
                String nested = "[".repeat(depth) + "1" + "]".repeat(depth);
                String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                return text.replace("\"" + DEEP + "\"", nested)
                        .replace(DEEP, nested)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            if (kind == 7) {
                return invalidUtf8(bytes, random);
            }
            if (kind == 8) {
                return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            }
            if (kind == 9) {
                // Two mutations at once: a missing field and a wrong type elsewhere.
                removeField(containers.get(random.nextInt(containers.size())), random);
                replaceValue(containers.get(random.nextInt(containers.size())), random, wrongType(random));
                return serialise(tree, format(seed));
            }
            return bytes;
        }

        /** Mostly past the per-field limits (a few thousand characters); one in twenty past the 1,000,000 cap. */
        private static int hugeLength(java.util.SplittableRandom random) {
            return random.nextInt(20) == 0 ? 1_000_001 + random.nextInt(200_000) : 2_000 + random.nextInt(100_000);
        }

        private static byte[] serialise(JsonNode tree, Format format) {
            try {
                return format == Format.JSON ? JSON.writeValueAsBytes(tree) : YAML.writeValueAsBytes(tree);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private static byte[] invalidUtf8(byte[] bytes, java.util.SplittableRandom random) {
            byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0x80}};
            byte[] insert = bad[random.nextInt(bad.length)];
            int at = random.nextInt(bytes.length + 1);
            byte[] out = new byte[bytes.length + insert.length];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(insert, 0, out, at, insert.length);
            System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
            return out;
        }

        private static JsonNode wrongType(java.util.SplittableRandom random) {
            return switch (random.nextInt(6)) {
                case 0 -> JSON.valueToTree(42);
                case 1 -> JSON.valueToTree(-1.5e300);
                case 2 -> JSON.valueToTree(true);
                case 3 -> JSON.createArrayNode().add("x");
                case 4 -> JSON.createObjectNode().put("x", 1);
                default -> JSON.nullNode();
            };
        }

        private static void collect(JsonNode node, List<JsonNode> out) {
            if (node.isContainerNode()) {
                out.add(node);
                node.forEach(child -> collect(child, out));
            }
        }

        private static void replaceValue(JsonNode container, java.util.SplittableRandom random, JsonNode value) {
            if (container.isObject() && container.size() > 0) {
                List<String> names = new ArrayList<>();
                container.fieldNames().forEachRemaining(names::add);
                ((com.fasterxml.jackson.databind.node.ObjectNode) container)
                        .set(names.get(random.nextInt(names.size())), value);
            } else if (container.isArray() && container.size() > 0) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) container)
                        .set(random.nextInt(container.size()), value);
            }
        }

        private static void removeField(JsonNode container, java.util.SplittableRandom random) {
            if (container.isObject() && container.size() > 0) {
                List<String> names = new ArrayList<>();
                container.fieldNames().forEachRemaining(names::add);
                ((com.fasterxml.jackson.databind.node.ObjectNode) container)
                        .remove(names.get(random.nextInt(names.size())));
            } else if (container.isArray() && container.size() > 0) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) container).remove(random.nextInt(container.size()));
            }
        }

        private static void addField(JsonNode container, java.util.SplittableRandom random, String name, JsonNode v) {
            if (container.isObject()) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) container).set(name, v);
            } else {
                ((com.fasterxml.jackson.databind.node.ArrayNode) container).add(v);
            }
        }
    }
}
