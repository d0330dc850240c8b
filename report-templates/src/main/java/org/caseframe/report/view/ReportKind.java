package org.caseframe.report.view;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.Audience;
import org.caseframe.core.redaction.Redaction;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.plan.SentencePlan;

/**
 * The documents Caseframe renders for one case, each knowing the view it is built from and the template it is
 * rendered with.
 */
public enum ReportKind {
    /** The newest finished ERG-structured assessment: factors, evidence, formulation and judgements. */
    FORMULATION("formulation", false),
    /** The sentence plan: decisions with reasons, objectives, checkpoints, schedule, contingency, findings. */
    SENTENCE_PLAN("sentence-plan", true),
    /** The risk management plan in the OASys layout. */
    RISK_MANAGEMENT("risk-management", true),
    /** The MAPPA meeting summary. */
    MAPPA("mappa", true);

    /** The instrument a formulation reports on. */
    public static final String FORMULATION_INSTRUMENT = "erg22plus";

    private final String template;
    private final boolean fromPlan;

    ReportKind(String template, boolean fromPlan) {
        this.template = template;
        this.fromPlan = fromPlan;
    }

    /** The template's name, also the kind's name on the command line and in file names (e.g. {@code sentence-plan}). */
    public String template() {
        return template;
    }

    /** Whether the document is built from the sentence plan (otherwise from the assessment). */
    public boolean fromPlan() {
        return fromPlan;
    }

    /** The kind named like its template ({@code formulation}, {@code sentence-plan}, ...), if there is one. */
    public static Optional<ReportKind> named(String name) {
        for (ReportKind k : values()) {
            if (k.template.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** A view to render and the highest protective marking it includes. */
    public record View(Object model, String marking) {}

    /**
     * The view of this kind for {@code audience}: redacted as it is built.
     *
     * @param plan supplies the sentence plan for plan-based kinds; not called for a formulation
     * @return empty for a formulation when the case has no finished ERG-structured assessment
     */
    public Optional<View> view(AssessedCase assessed, Supplier<SentencePlan> plan, Audience audience) {
        if (!fromPlan) {
            Optional<Assessment> erg = assessed.latestFinished(FORMULATION_INSTRUMENT);
            return erg.flatMap(a -> assessed.definition(a).map(d -> {
                FormulationView formulation = FormulationView.of(assessed, d, a, audience);
                return new View(formulation, formulation.marking());
            }));
        }
        SentencePlan p = plan.get();
        // Every view is built through the one redaction stage for its audience.
        Redaction redaction = assessed.redaction(audience);
        return Optional.of(
                switch (this) {
                    case RISK_MANAGEMENT -> {
                        PlanReports.RiskManagementView v = PlanReports.riskManagement(p, assessed, redaction);
                        yield new View(v, v.marking());
                    }
                    case MAPPA -> {
                        PlanReports.MappaSummaryView v = PlanReports.mappaSummary(p, assessed, redaction);
                        yield new View(v, v.marking());
                    }
                    default -> {
                        SentencePlanView v = SentencePlanView.of(p, redaction);
                        yield new View(v, v.marking());
                    }
                });
    }
}
