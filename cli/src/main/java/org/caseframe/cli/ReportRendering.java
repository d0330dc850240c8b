package org.caseframe.cli;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.CaseFile;
import org.caseframe.instruments.Assessments;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.report.render.ReportRenderer;
import org.caseframe.report.view.FormulationView;
import org.caseframe.report.view.PlanReports;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.SentencePlanView;

/** Builds the view for one report kind and renders it: shared by {@code report} and {@code run}. */
final class ReportRendering {
    /** The problem line when a formulation is asked for but there is nothing to formulate from. */
    static final String NO_FORMULATION =
            "/assessments: the case has no finished ERG-structured assessment to report on";

    /** A rendered report and the highest protective marking it includes. */
    record Rendered(byte[] bytes, String marking) {}

    private ReportRendering() {}

    /**
     * Renders one report.
     *
     * @param plan supplies the sentence plan for plan-based kinds; not called for a formulation
     * @return empty when a formulation is asked for and the case has no finished ERG-structured assessment
     */
    static Optional<Rendered> render(
            ReportCommand.Kind kind,
            CaseFile c,
            InstrumentCatalogue catalogue,
            Supplier<SentencePlan> plan,
            ReportAudience audience,
            ReportRenderer renderer,
            boolean html,
            LocalDate date) {
        Object view;
        String marking;
        if (kind == ReportCommand.Kind.FORMULATION) {
            Optional<Assessment> erg = Assessments.latestFinished(c, "erg22plus");
            if (erg.isEmpty()) {
                return Optional.empty();
            }
            FormulationView formulation = FormulationView.of(
                    c, catalogue.find(erg.get().instrument()).orElseThrow(), erg.get(), audience.audience());
            view = formulation;
            marking = formulation.marking();
        } else {
            SentencePlan p = plan.get();
            // A plan holds decisions, not evidence: nothing is withheld and the plan view carries its marking.
            SentencePlanView planView = SentencePlanView.of(p, audience.audience());
            view = switch (kind) {
                case RISK_MANAGEMENT -> PlanReports.riskManagement(p, audience.audience());
                case MAPPA -> PlanReports.mappaSummary(p, audience.audience());
                default -> planView;
            };
            marking = planView.marking();
        }
        byte[] bytes = html
                ? renderer.html(kind.template, view).getBytes(StandardCharsets.UTF_8)
                : renderer.pdf(kind.template, view, date.atStartOfDay().toInstant(ZoneOffset.UTC));
        return Optional.of(new Rendered(bytes, marking));
    }
}
