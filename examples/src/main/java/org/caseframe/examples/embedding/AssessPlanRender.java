package org.caseframe.examples.embedding;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseframe.AtomicWrites;
import org.caseframe.Caseframe;
import org.caseframe.Document;
import org.caseframe.DocumentFormat;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.profile.RiskProfile;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.ReportKind;

/**
 * How a case-management system takes one case from its store to the documents a practitioner needs, through the
 * front door: read and check, assess (scores of the counted checklists, the risk profile the policy decides on), plan
 * under a policy, and render the formulation and the sentence plan for one audience. A {@link Caseframe} is immutable
 * and thread-safe: a service builds one and shares it.
 */
public final class AssessPlanRender {
    /**
     * What one run produced.
     *
     * @param subjectId the case's pseudonymous id
     * @param scores one line per counted checklist, e.g. {@code dash-style@1.0 RISK_LEVEL: HIGH}
     * @param profile the risk profile the plan was decided on
     * @param plan the sentence plan, with its findings
     * @param reports the PDFs written, formulation first when there was one to write
     */
    public record Outcome(
            String subjectId, List<String> scores, RiskProfile profile, SentencePlan plan, List<Path> reports) {}

    private AssessPlanRender() {}

    /**
     * Runs the pipeline on one case file and writes the reports for {@code audience} into {@code outDir}.
     *
     * @throws InvalidInputException with every problem in the case file; nothing is written then
     */
    public static Outcome run(Path caseFile, ReportAudience audience, LocalDate asOf, Path outDir) throws IOException {
        Caseframe cf = Caseframe.builder().asOf(asOf).build(); // nothing in the case may be dated after asOf

        // Checklists with counting rules suggest a level (judgement may raise it, never lower it); structured
        // professional judgement is never summed.
        AssessedCase assessed = cf.assess(cf.read(caseFile));
        List<String> scores = new ArrayList<>();
        assessed.scores()
                .forEach(s -> scores.add(s.assessment().instrument() + " "
                        + s.result().judgement() + ": " + s.result().level()));

        // The plan checks itself against the inspection's recommendations.
        SentencePlan plan = cf.plan(assessed, "responsive");

        // Redaction happens as each view is built: what the audience may not see never reaches a template.
        List<Path> reports = new ArrayList<>();
        try (AtomicWrites files = new AtomicWrites()) { // all or nothing; owner-only permissions
            for (ReportKind kind : List.of(ReportKind.FORMULATION, ReportKind.SENTENCE_PLAN)) {
                Optional<Document> pdf = cf.render(kind, assessed, plan, audience, DocumentFormat.PDF);
                if (pdf.isPresent()) {
                    Path file = outDir.resolve(kind.template() + ".pdf");
                    files.add(file, pdf.get().bytes());
                    reports.add(file);
                }
            }
            files.commit();
        }
        return new Outcome(assessed.subject().id(), scores, cf.profile(assessed), plan, reports);
    }
}
