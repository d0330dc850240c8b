package org.caseframe.examples.embedding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseframe.AtomicWrites;
import org.caseframe.Caseframe;
import org.caseframe.CheckedCase;
import org.caseframe.Document;
import org.caseframe.DocumentFormat;
import org.caseframe.core.io.ReadResult;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.ReportKind;

/** The embedding example shown first in the README: one case through the front door to two PDFs. */
public final class QuickStart {
    private QuickStart() {}

    /** Checks, assesses and plans one case and writes its PDFs for the POM into {@code outDir}; none if invalid. */
    public static List<Path> run(Path caseFile, Path outDir) throws IOException {
        // README:begin
        Caseframe cf = Caseframe.builder().build(); // once per application: immutable, thread-safe
        ReadResult<CheckedCase> read = cf.check(caseFile); // every problem, each with a JSON Pointer
        if (!read.isValid()) {
            read.problems().forEach(System.err::println);
            return List.of();
        }
        AssessedCase assessed = cf.assess(read.orThrow()); // latest finished assessments and scores, once
        SentencePlan plan = cf.plan(assessed, "responsive"); // decisions with reasons, objectives, findings
        plan.findings().forEach(f -> System.out.println(f.severity() + " " + f.message()));
        List<Path> written = new ArrayList<>();
        for (ReportKind kind : List.of(ReportKind.FORMULATION, ReportKind.SENTENCE_PLAN)) {
            // Redacted for the audience; the banner shows the highest marking included.
            Optional<Document> pdf = cf.render(kind, assessed, plan, ReportAudience.POM, DocumentFormat.PDF);
            if (pdf.isPresent()) {
                Path file = outDir.resolve(kind.template() + "-POM.pdf");
                AtomicWrites.write(file, pdf.get().bytes()); // whole file or nothing
                written.add(file);
            }
        }
        // README:end
        return written;
    }
}
