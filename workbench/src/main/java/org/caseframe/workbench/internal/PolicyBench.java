package org.caseframe.workbench.internal;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.caseframe.AtomicWrites;
import org.caseframe.Caseframe;
import org.caseframe.DocumentFormat;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.validation.Problem;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.whatif.WhatIf;
import org.caseframe.workbench.Workbench;

/**
 * The policy workbench: a policy's rules as a readable matrix, its thresholds editable, the candidate checked as it is
 * edited and compared with the baseline over a cohort (the directory's cases, or a generated cohort) on every change;
 * save as a new version (never over an existing one); download YAML, DMN and the what-if PDF. Stateless: the candidate
 * travels in the form. Cohorts are assessed once and kept, so an edit only re-plans. Not API.
 */
final class PolicyBench {
    static final int MAX_GENERATED = 10_000;
    static final String THRESHOLD = "threshold.";

    private final Workbench.Options options;
    private final CaseLibrary library;
    private final Caseframe caseframe;
    private final Map<String, List<AssessedCase>> cohorts = new ConcurrentHashMap<>();
    private final Map<String, WhatIf.Prepared> prepared = new ConcurrentHashMap<>();

    PolicyBench(Workbench.Options options, CaseLibrary library) {
        this.options = options;
        this.library = library;
        this.caseframe = options.caseframe();
    }

    /** What the form asks for: a baseline, thresholds, a cohort. */
    record Request(
            Policy baseline,
            Map<String, String> thresholds,
            java.util.Set<String> off,
            Map<String, String> ruleEdits,
            String cohort,
            int size,
            long seed) {}

    static final String RULE_YAML = "ruleYaml.";
    private static final com.fasterxml.jackson.databind.ObjectMapper YAML =
            new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();

    /** A rule as the policy file holds it, as YAML: what the rule editor starts from. */
    static String ruleYaml(Policy.Rule rule) {
        return org.caseframe.core.io.Json.yaml(rule).replaceFirst("^---\\s*\n", "");
    }

    Request request(Context ctx) {
        String ref = param(ctx, "baseline", library.policy().ref());
        Policy baseline = caseframe.policy(ref).orThrow();
        Map<String, String> thresholds = new LinkedHashMap<>();
        baseline.thresholds().forEach((k, v) -> {
            String given = param(ctx, THRESHOLD + k, null);
            thresholds.put(k, given == null ? String.valueOf(v) : given.strip());
        });
        String cohort = param(ctx, "cohort", "directory");
        int size = parseInt(param(ctx, "size", "500"), 500);
        long seed = parseInt(param(ctx, "seed", "7"), 7);
        // Rules left out: the checkboxes of the form (a rule unticked is left out), or "off" from a link or hidden
        // field.
        java.util.Set<String> off = new java.util.LinkedHashSet<>();
        boolean post = ctx.method().name().equals("POST");
        if (post && ctx.formParam("rulesShown") != null) {
            List<String> used = ctx.formParams("use");
            baseline.rules().stream()
                    .map(Policy.Rule::id)
                    .filter(id -> !used.contains(id))
                    .forEach(off::add);
        } else {
            off.addAll(post ? ctx.formParams("off") : ctx.queryParams("off"));
        }
        // Rules edited as YAML: only those whose text differs from the baseline's rule.
        Map<String, String> edits = new LinkedHashMap<>();
        for (Policy.Rule rule : baseline.rules()) {
            String text = param(ctx, RULE_YAML + rule.id(), null);
            if (text != null && !normalised(text).equals(normalised(ruleYaml(rule)))) {
                edits.put(rule.id(), text);
            }
        }
        return new Request(
                baseline, thresholds, off, edits, cohort.equals("generated") ? "generated" : "directory", size, seed);
    }

    private static String param(Context ctx, String name, String fallback) {
        String v = ctx.method().name().equals("POST") ? ctx.formParam(name) : null;
        if (v == null) {
            v = ctx.queryParam(name);
        }
        return v == null ? fallback : v;
    }

    private static String normalised(String yaml) {
        return yaml.replace("\r\n", "\n").strip();
    }

    private static int parseInt(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The candidate as YAML, and every problem with it (thresholds that are not numbers included). */
    record Candidate(String yaml, ReadResult<Policy> read, List<Problem> problems) {}

    Candidate candidate(Request r, String id, String version) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> values = new LinkedHashMap<>();
        r.thresholds().forEach((k, v) -> {
            try {
                values.put(k, Integer.parseInt(v));
            } catch (NumberFormatException e) {
                problems.add(new Problem(
                        "/thresholds/" + k,
                        org.caseframe.core.validation.ProblemCode.WRONG_TYPE,
                        "\"" + v + "\" is not a whole number of months"));
                values.put(k, r.baseline().thresholds().get(k));
            }
        });
        Policy b = r.baseline();
        Policy edited = new Policy(
                id,
                version,
                b.title(),
                b.effectiveFrom(),
                b.sources(),
                values,
                b.rules().stream().filter(rule -> !r.off().contains(rule.id())).toList(),
                b.vocabulary());
        String yaml = withRuleEdits(Caseframe.toYaml(edited), r.ruleEdits(), problems);
        ReadResult<Policy> read = Caseframe.checkPolicy(yaml, id + "@" + version);
        problems.addAll(read.problems());
        return new Candidate(yaml, read, problems);
    }

    /**
     * The policy YAML with each edited rule's text in place of the rule of its id; a text that is not YAML is a
     * problem at that rule, and the rule is kept as it was.
     */
    private static String withRuleEdits(String yaml, Map<String, String> edits, List<Problem> problems) {
        if (edits.isEmpty()) {
            return yaml;
        }
        try {
            com.fasterxml.jackson.databind.node.ObjectNode policy =
                    (com.fasterxml.jackson.databind.node.ObjectNode) YAML.readTree(yaml);
            com.fasterxml.jackson.databind.node.ArrayNode rules =
                    (com.fasterxml.jackson.databind.node.ArrayNode) policy.path("rules");
            for (int i = 0; i < rules.size(); i++) {
                String text = edits.get(rules.get(i).path("id").asText());
                if (text == null) {
                    continue;
                }
                try {
                    com.fasterxml.jackson.databind.JsonNode rule = YAML.readTree(text);
                    if (rule == null || !rule.isObject()) {
                        throw new IOException("a rule is a mapping with id, description, when and then");
                    }
                    rules.set(i, rule);
                } catch (IOException e) {
                    problems.add(new Problem(
                            "/rules/" + i,
                            org.caseframe.core.validation.ProblemCode.SYNTAX,
                            "the edited rule " + rules.get(i).path("id").asText() + " is not YAML: "
                                    + e.getMessage().lines().findFirst().orElse("")));
                }
            }
            return YAML.writeValueAsString(policy);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The comparison of the candidate with the request's baseline over its cohort: the cohort's profiles and the
     * baseline's decisions are kept between edits (until a case file changes), so an edit re-decides each case through
     * the fast path and gives reasons only for the cases that change.
     */
    WhatIf.Report whatIf(Request r, Policy candidate) {
        String key = cohortKey(r) + "|" + r.baseline().ref();
        if (prepared.size() > 8) {
            prepared.clear();
        }
        return prepared.computeIfAbsent(key, k -> caseframe.prepareWhatIf(cohort(r), r.baseline()))
                .compare(candidate);
    }

    private String cohortKey(Request r) {
        if (r.cohort().equals("generated")) {
            return "generated:" + Math.max(1, Math.min(MAX_GENERATED, r.size())) + ":" + r.seed();
        }
        return "directory:"
                + library.all().stream()
                        .map(e -> e.name() + "@" + e.stamp())
                        .collect(Collectors.joining(","))
                        .hashCode();
    }

    List<AssessedCase> cohort(Request r) {
        if (r.cohort().equals("generated")) {
            int size = Math.max(1, Math.min(MAX_GENERATED, r.size()));
            return cohorts.computeIfAbsent(
                    "generated:" + size + ":" + r.seed(),
                    k -> caseframe.generateCohort(size, r.seed()).stream()
                            .map(caseframe::assess)
                            .toList());
        }
        return library.all().stream()
                .flatMap(e -> e.loaded().stream())
                .map(CaseLibrary.Loaded::assessed)
                .toList();
    }

    void show(Context ctx, Pages pages, Pages.Common common) {
        Request r = request(ctx);
        Candidate c = candidate(r, r.baseline().id(), r.baseline().version() + "-edited");
        WhatIf.Report report = c.read().value().map(p -> whatIf(r, p)).orElse(null);
        ctx.html(pages.render("policy", common, PolicyPage.of(r, c, report, caseframe, nextVersion(r), "", "")));
    }

    void save(Context ctx, Pages pages, Pages.Common common) throws IOException {
        Request r = request(ctx);
        String id = param(ctx, "id", r.baseline().id()).strip();
        String version = param(ctx, "version", "").strip();
        Candidate c = candidate(r, id, version);
        String error = "";
        String saved = "";
        Path file = options.policies().resolve(id + "-" + version + ".yaml");
        boolean taken = caseframe.policies().stream()
                .anyMatch(p -> p.id().equals(id) && p.version().equals(version));
        if (!c.problems().isEmpty()) {
            error = "Not saved: the policy has problems (listed above the thresholds).";
        } else if (taken || Files.exists(file)) {
            error = "Not saved: " + id + "@" + version + " exists already, and a version that may have made decisions"
                    + " is never overwritten. Choose a new version.";
        } else {
            Files.createDirectories(options.policies());
            AtomicWrites.write(file, c.yaml().getBytes(StandardCharsets.UTF_8));
            ReadResult<Policy> back = Caseframe.checkPolicy(file);
            saved = back.isValid()
                    ? "Saved " + id + "@" + version + " as " + file + "."
                    : "Saved, but it does not read back: " + back.problems();
        }
        WhatIf.Report report = c.read().value().map(p -> whatIf(r, p)).orElse(null);
        ctx.html(pages.render("policy", common, PolicyPage.of(r, c, report, caseframe, version, error, saved)));
    }

    void download(Context ctx) {
        Request r = request(ctx);
        Candidate c = candidate(r, r.baseline().id(), r.baseline().version() + "-edited");
        Policy p = c.read()
                .value()
                .orElseThrow(() -> new NotFoundResponse("The edited policy has problems: "
                        + c.problems().stream().map(Problem::toString).collect(Collectors.joining("; "))));
        String name = p.id() + "-" + p.version();
        switch (ctx.pathParam("what")) {
            case "yaml" ->
                attach(ctx, "application/yaml", name + ".yaml", c.yaml().getBytes(StandardCharsets.UTF_8));
            case "dmn" ->
                attach(ctx, "application/xml", name + ".dmn", Caseframe.toDmn(p).getBytes(StandardCharsets.UTF_8));
            case "whatif" ->
                attach(
                        ctx,
                        "application/pdf",
                        "whatif-" + name + ".pdf",
                        caseframe.render(whatIf(r, p), DocumentFormat.PDF));
            default -> throw new NotFoundResponse();
        }
    }

    private static void attach(Context ctx, String type, String name, byte[] bytes) {
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.result(bytes);
    }

    private String nextVersion(Request r) {
        String v = r.baseline().version();
        int dot = v.lastIndexOf('.');
        if (dot >= 0) {
            try {
                String next = v.substring(0, dot + 1) + (Integer.parseInt(v.substring(dot + 1)) + 1);
                return next;
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        return v + ".1";
    }
}
