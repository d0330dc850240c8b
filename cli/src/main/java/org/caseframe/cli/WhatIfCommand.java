package org.caseframe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.caseframe.AtomicWrites;
import org.caseframe.Caseframe;
import org.caseframe.DocumentFormat;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.validation.Problem;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.whatif.WhatIf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code caseframe whatif}: a cohort under two policies, every changed decision with its reasons on both sides. */
@Command(
        name = "whatif",
        description = {
            "Evaluate a cohort under two policies and report every changed decision (NSD in or out, MAPPA level,"
                    + " each control and intervention) with the reasons on both sides, counts per kind of change and"
                    + " the workload in hours a month under each.",
            "Writes the JSON report to --json FILE (or standard output) and a CSV of changes to --csv FILE."
        })
final class WhatIfCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--cohort",
            required = true,
            paramLabel = "DIR|FILE",
            description = "A directory of case files, or one case file.")
    Path cohort;

    @Option(names = "--baseline", required = true, paramLabel = "P1", description = "A policy file or bundled id.")
    String baseline;

    @Option(names = "--candidate", required = true, paramLabel = "P2", description = "A policy file or bundled id.")
    String candidate;

    @Mixin
    AsOfOption asOf;

    @Mixin
    ProgressOption progress;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON report here.")
    Path json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write one row per change here.")
    Path csv;

    @Option(
            names = "--report",
            paramLabel = "FILE.pdf",
            description = "Write the policy what-if report here as an accessible PDF.")
    Path report;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path[] inputs = inputs();
        for (Map.Entry<String, Path> output : outputs().entrySet()) {
            OutputPaths.file(output.getKey(), output.getValue(), inputs);
        }
        Caseframe cf = asOf.caseframe();
        List<Problem> problems = new ArrayList<>();
        Policy a = policy(cf, baseline, problems);
        Policy b = policy(cf, candidate, problems);
        List<Path> files = CaseBatch.files(cohort);
        CaseBatch batch;
        try (Progress reading = progress.start(err, "read   ", "files", files.size())) {
            batch = CaseBatch.read(files, cf, reading, true);
        }
        problems.addAll(batch.problems());
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            return CaseframeCli.INVALID_INPUT;
        }
        List<AssessedCase> cases = batch.cases().stream().map(cf::assess).toList();
        WhatIf.Report report;
        try (Progress comparing = progress.start(err, "compare", "cases", cases.size())) {
            report = cf.whatIf(cases, a, b, comparing::advanceTo);
        }
        // Everything is built before anything is written, so a failure leaves no partial set of outputs.
        String text = Caseframe.toJson(report);
        byte[] pdf = this.report == null ? null : cf.render(report, DocumentFormat.PDF);
        String rows = csv == null ? null : csv(report);
        try (AtomicWrites written = new AtomicWrites()) {
            if (pdf != null) {
                written.add(this.report, pdf);
            }
            if (rows != null) {
                written.add(csv, rows.getBytes(StandardCharsets.UTF_8));
            }
            if (json != null) {
                written.add(json, text.getBytes(StandardCharsets.UTF_8));
            }
            written.commit();
        }
        if (json == null) {
            out.print(text);
        } else {
            out.println(report.cases() + " cases, " + report.changedCases().size() + " changed; workload "
                    + report.workloadHoursPerMonth().baseline() + " -> "
                    + report.workloadHoursPerMonth().candidate()
                    + " hours a month; report in " + json);
        }
        return 0;
    }

    // The options that name outputs, and the paths given.
    private Map<String, Path> outputs() {
        Map<String, Path> outputs = new LinkedHashMap<>();
        if (json != null) {
            outputs.put("--json", json);
        }
        if (csv != null) {
            outputs.put("--csv", csv);
        }
        if (report != null) {
            outputs.put("--report", report);
        }
        return outputs;
    }

    // What this command reads, which no output may overwrite: the cohort's files and policy files.
    private Path[] inputs() throws IOException {
        List<Path> inputs = new ArrayList<>(Files.exists(cohort) ? CaseBatch.files(cohort) : List.of());
        for (String p : List.of(baseline, candidate)) {
            try {
                if (Files.isRegularFile(Path.of(p))) {
                    inputs.add(Path.of(p));
                }
            } catch (java.nio.file.InvalidPathException e) {
                // a bundled id, not a file
            }
        }
        return inputs.toArray(Path[]::new);
    }

    private static Policy policy(Caseframe cf, String name, List<Problem> problems) {
        ReadResult<Policy> r = cf.policy(name);
        r.problems().forEach(p -> problems.add(CaseBatch.prefixed(name, p)));
        return r.value().orElse(null);
    }

    static String csv(WhatIf.Report report) {
        StringBuilder b = new StringBuilder("caseId,kind,item,baseline,candidate,baselineRules,candidateRules\n");
        for (WhatIf.CaseChanges c : report.changedCases()) {
            for (WhatIf.Change change : c.changes()) {
                b.append(String.join(
                                ",",
                                c.caseId(),
                                change.kind(),
                                change.item(),
                                change.baseline(),
                                change.candidate(),
                                rules(change.baselineReasons()),
                                rules(change.candidateReasons())))
                        .append('\n');
            }
        }
        return b.toString();
    }

    private static String rules(List<Decisions.Reason> reasons) {
        return reasons.stream().map(Decisions.Reason::rule).collect(Collectors.joining(" "));
    }
}
