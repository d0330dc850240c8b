package org.caseframe.examples.embedding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseframe.core.io.AtomicFiles;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.scoring.Scorer;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.instruments.Assessments;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.SentencePlanner;
import org.caseframe.planning.profile.RiskProfile;
import org.caseframe.planning.profile.RiskProfiles;
import org.caseframe.report.render.ReportRenderer;
import org.caseframe.report.view.FormulationView;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.SentencePlanView;

/**
 * How a case-management system takes one case from its store to the documents a practitioner needs: read and check the
 * case file, assess (score the counted checklists and derive the risk profile the policy decides on), plan under a
 * policy, look at the plan's findings, and render the formulation and the sentence plan for one audience. Every
 * library object used here is immutable and thread-safe, so a service builds them once and shares them.
 */
public final class AssessPlanRender {
    private static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.bundled();
    private static final SentencePlanner PLANNER = SentencePlanner.bundled();
    private static final ReportRenderer RENDERER = ReportRenderer.bundled();

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
        // 1. Read and check: against the instrument versions the assessments were made under, and with "now" fixed at
        // the end of the planning date so nothing in the case may be dated after it.
        ZoneId zone = ZoneOffset.UTC;
        CaseFile c = CaseFiles.reader()
                .withDefinitions(CATALOGUE)
                .withClock(Clock.fixed(asOf.atTime(23, 59, 59).atZone(zone).toInstant(), zone))
                .read(caseFile);

        // 2. Assess: checklists with counting rules suggest a level (judgement may raise it, never lower it);
        // structured professional judgement is never summed. The risk profile is what the policy decides on.
        List<String> scores = new ArrayList<>();
        for (Assessment a : c.assessments()) {
            CATALOGUE
                    .find(a.instrument())
                    .flatMap(d -> Scorer.score(d, a))
                    .ifPresent(r -> scores.add(a.instrument() + " " + r.judgement() + ": " + r.level()));
        }
        RiskProfile profile = RiskProfiles.of(c, CATALOGUE, asOf);

        // 3. Plan under a policy; the plan checks itself against the inspection's recommendations.
        SentencePlan plan = PLANNER.plan(c, Policies.bundled("responsive").orElseThrow(), asOf);

        // 4. Render for the audience. Redaction happens when the view is built: evidence the audience may not see
        // never reaches the template. The same inputs and date give byte-identical PDFs.
        Files.createDirectories(outDir);
        List<Path> reports = new ArrayList<>();
        Optional<Assessment> erg = Assessments.latestFinished(c, "erg22plus");
        if (erg.isPresent()) {
            FormulationView view = FormulationView.of(
                    c, CATALOGUE.find(erg.get().instrument()).orElseThrow(), erg.get(), audience.audience());
            reports.add(write(outDir.resolve("formulation.pdf"), "formulation", view, asOf));
        }
        reports.add(write(
                outDir.resolve("sentence-plan.pdf"),
                "sentence-plan",
                SentencePlanView.of(plan, audience.audience()),
                asOf));
        return new Outcome(c.subject().id(), scores, profile, plan, reports);
    }

    private static Path write(Path file, String template, Object view, LocalDate asOf) throws IOException {
        byte[] pdf = RENDERER.pdf(template, view, asOf.atStartOfDay().toInstant(ZoneOffset.UTC));
        AtomicFiles.write(file, out -> out.write(pdf)); // whole file or nothing; owner-only permissions
        return file;
    }
}
