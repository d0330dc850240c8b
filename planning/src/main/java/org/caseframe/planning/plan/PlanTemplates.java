package org.caseframe.planning.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.caseframe.core.io.DocumentReader;
import org.caseframe.core.io.Format;
import org.caseframe.core.io.ReadLimits;
import org.caseframe.core.model.Citation;

/**
 * The data a sentence plan is built from: objective templates by kind of risk, checkpoints at transitions, the default
 * contingency plan and the review interval. Bundled as {@code plan-templates-1.0.yaml}.
 *
 * @param id identifier
 * @param version version
 * @param sources what it rests on
 * @param objectives objective templates keyed by kind of risk
 * @param interventionObjectives objective templates for interventions that need an owner to set them up, such as
 *     matching a chaplaincy intervention provider
 * @param checkpoints transitions and the enquiries each needs
 * @param contingency default contingency plan
 * @param reviewMonths months between plan reviews
 */
public record PlanTemplates(
        String id,
        String version,
        List<Citation> sources,
        Map<String, ObjectiveTemplate> objectives,
        Map<String, ObjectiveTemplate> interventionObjectives,
        List<CheckpointTemplate> checkpoints,
        List<SentencePlan.Contingency> contingency,
        int reviewMonths) {

    /**
     * An objective template.
     *
     * @param text what is to be achieved
     * @param owner who leads it
     * @param targetMonths months from the plan date to the target date
     */
    public record ObjectiveTemplate(String text, SentencePlan.Owner owner, int targetMonths) {}

    /**
     * A transition and the enquiries due at it.
     *
     * @param transition the transition
     * @param enquiries the check kinds due
     */
    public record CheckpointTemplate(String transition, List<String> enquiries) {
        public CheckpointTemplate {
            enquiries = enquiries == null ? List.of() : List.copyOf(enquiries);
        }
    }

    // Deeply immutable, so the bundled templates can be shared.
    public PlanTemplates {
        sources = sources == null ? List.of() : List.copyOf(sources);
        objectives = objectives == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(objectives));
        interventionObjectives = interventionObjectives == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(interventionObjectives));
        checkpoints = checkpoints == null ? List.of() : List.copyOf(checkpoints);
        contingency = contingency == null ? List.of() : List.copyOf(contingency);
    }

    /** The bundled templates. Cheap: read and checked once per JVM, on first use, then shared (immutable). */
    public static PlanTemplates bundled() {
        return Bundled.TEMPLATES;
    }

    // Initialised on first use by the JVM's class-initialisation guarantee: once, thread-safe.
    private static final class Bundled {
        static final PlanTemplates TEMPLATES = readBundled();
    }

    private static PlanTemplates readBundled() {
        String base = "/org/caseframe/planning/";
        try (InputStream schema = PlanTemplates.class.getResourceAsStream(base + "plan-templates-1.0.schema.json");
                InputStream in = PlanTemplates.class.getResourceAsStream(base + "plan-templates-1.0.yaml")) {
            return DocumentReader.of(PlanTemplates.class, schema, t -> List.of(), ReadLimits.DEFAULT)
                    .check(in, Format.YAML, "plan-templates-1.0.yaml")
                    .orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
