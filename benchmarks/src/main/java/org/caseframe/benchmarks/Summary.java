package org.caseframe.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one summary table {@code benchmarks/run} prints at the end: every benchmark's score from JMH's JSON result, and
 * the ratios BENCHMARKS.md states, all from the same run. Usage: {@code Summary jmh-result.json}.
 */
public final class Summary {
    private Summary() {}

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper()
                .readTree(Path.of(args.length > 0 ? args[0] : "benchmarks/target/jmh-result.json")
                        .toFile());
        Map<String, double[]> scores = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        System.out.println();
        System.out.println("| benchmark | score | error | unit |");
        System.out.println("|---|---|---|---|");
        for (JsonNode r : results) {
            String name = r.path("benchmark").asText().replace("org.caseframe.benchmarks.", "");
            if (r.path("params").has("format")) {
                name += " (" + r.path("params").path("format").asText() + ")";
            }
            JsonNode p = r.path("primaryMetric");
            double score = p.path("score").asDouble();
            double error = p.path("scoreError").asDouble();
            scores.put(name, new double[] {score, error});
            units.put(name, p.path("scoreUnit").asText());
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.3f | %.3f | %s |%n",
                    name,
                    score,
                    error,
                    p.path("scoreUnit").asText());
        }
        System.out.println();
        System.out.println("| ratio or figure | value |");
        System.out.println("|---|---|");
        ratio(
                scores,
                "Caseframe against warm tagged Chromium (per document, one thread)",
                "RenderBenchmark.chromiumWarmTagged",
                "RenderBenchmark.caseframe");
        ratio(
                scores,
                "Caseframe against warm untagged Chromium",
                "RenderBenchmark.chromiumWarm",
                "RenderBenchmark.caseframe");
        ratio(
                scores,
                "Caseframe against command-line Chromium (a process per document)",
                "RenderBenchmark.chromium",
                "RenderBenchmark.caseframe");
        ratio(
                scores,
                "Caseframe's time over plain openhtmltopdf's (the cost of tagging, fonts, determinism)",
                "RenderBenchmark.caseframe",
                "RenderBenchmark.openhtmltopdfPlain");
        perSecond(
                scores,
                "What-if re-evaluation after a threshold edit, 100,000 cases",
                "WhatIfBenchmark.reEvaluateAfterThresholdEdit",
                100_000);
        perSecond(scores, "Whole what-if comparison, 100,000 cases", "WhatIfBenchmark.compare", 100_000);
        perSecond(
                scores,
                "Workbench what-if after an edit, 10,000 cases",
                "WorkbenchBenchmark.whatIfAfterThresholdEdit",
                10_000);
        figure(scores, units, "Workbench cases page, 1,000 files", "WorkbenchBenchmark.casesPage1000");
        figure(scores, units, "Reading a case, warm, as JSON (target 100 µs)", "CaseBenchmark.read (JSON)");
        figure(scores, units, "Reading a case, warm, as YAML", "CaseBenchmark.read (YAML)");
        figure(scores, units, "Plain openhtmltopdf on the same XHTML", "RenderBenchmark.openhtmltopdfPlain");
    }

    private static void ratio(Map<String, double[]> s, String what, String slower, String faster) {
        if (s.containsKey(slower) && s.containsKey(faster)) {
            System.out.printf(Locale.ROOT, "| %s | %.1f× |%n", what, s.get(slower)[0] / s.get(faster)[0]);
        }
    }

    private static void perSecond(Map<String, double[]> s, String what, String name, int cases) {
        if (s.containsKey(name)) {
            System.out.printf(Locale.ROOT, "| %s | %,.0f cases a second |%n", what, cases / (s.get(name)[0] / 1000.0));
        }
    }

    private static void figure(Map<String, double[]> s, Map<String, String> units, String what, String name) {
        if (s.containsKey(name)) {
            System.out.printf(Locale.ROOT, "| %s | %.1f %s |%n", what, s.get(name)[0], units.get(name));
        }
    }
}
