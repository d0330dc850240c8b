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
 * the ratios BENCHMARKS.md states, all from the same run. Usage: {@code Summary jmh-result.json}. A benchmark run in
 * sample mode (every call timed: the render comparisons) also has its median, and a ratio between two of them is
 * stated by median, the mean ratio beside it: a neighbour on a shared machine slows some calls a lot, which moves the
 * mean and hardly the median.
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
        System.out.println("| benchmark | score (mean) | error | median | unit |");
        System.out.println("|---|---|---|---|---|");
        for (JsonNode r : results) {
            String name = r.path("benchmark").asText().replace("org.caseframe.benchmarks.", "");
            if (r.path("params").has("format")) {
                name += " (" + r.path("params").path("format").asText() + ")";
            }
            JsonNode p = r.path("primaryMetric");
            double score = p.path("score").asDouble();
            double error = p.path("scoreError").asDouble();
            // Sample mode times every call, so its median is a median of calls (in other modes, of iterations).
            boolean sampled = r.path("mode").asText().equals("sample");
            double median = sampled ? p.path("scorePercentiles").path("50.0").asDouble(Double.NaN) : Double.NaN;
            scores.put(name, new double[] {score, error, median});
            units.put(name, p.path("scoreUnit").asText());
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.3f | %.3f | %s | %s |%n",
                    name,
                    score,
                    error,
                    sampled ? String.format(Locale.ROOT, "%.3f", median) : "",
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
            double byMean = s.get(slower)[0] / s.get(faster)[0];
            double byMedian = s.get(slower)[2] / s.get(faster)[2];
            if (Double.isNaN(byMedian)) {
                System.out.printf(Locale.ROOT, "| %s | %.1f× |%n", what, byMean);
            } else {
                System.out.printf(Locale.ROOT, "| %s | %.1f× by median (%.1f× by mean) |%n", what, byMedian, byMean);
            }
        }
    }

    private static void perSecond(Map<String, double[]> s, String what, String name, int cases) {
        if (s.containsKey(name)) {
            System.out.printf(Locale.ROOT, "| %s | %,.0f cases a second |%n", what, cases / (s.get(name)[0] / 1000.0));
        }
    }

    private static void figure(Map<String, double[]> s, Map<String, String> units, String what, String name) {
        if (s.containsKey(name)) {
            double[] score = s.get(name);
            if (Double.isNaN(score[2])) {
                System.out.printf(Locale.ROOT, "| %s | %.1f %s |%n", what, score[0], units.get(name));
            } else {
                System.out.printf(
                        Locale.ROOT,
                        "| %s | median %.1f %s (mean %.1f) |%n",
                        what,
                        score[2],
                        units.get(name),
                        score[0]);
            }
        }
    }
}
