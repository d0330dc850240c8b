package org.caseframe.planning.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caseframe.core.io.DocumentReader;
import org.caseframe.core.io.Format;
import org.caseframe.core.io.ReadLimits;
import org.caseframe.core.model.Citation;
import org.caseframe.instruments.OasysStyle;
import org.caseframe.planning.matrix.InterventionType;

/**
 * How each OASys-style section, once it is a need to plan for, becomes an objective and an intervention, as data
 * ({@code needs-1.0.yaml}). A section is a need to plan for when it is scored at or over its threshold, or when the
 * assessor flagged it as linked to serious harm or to reoffending, scored or not.
 *
 * @param id identifier
 * @param version version
 * @param sources what it rests on
 * @param needs one entry per section
 */
public record Needs(String id, String version, List<Citation> sources, List<Need> needs) {
    public Needs {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        sources = sources == null ? List.of() : List.copyOf(sources);
        needs = needs == null ? List.of() : List.copyOf(needs);
    }

    /**
     * One section's need.
     *
     * @param section the OASys section number, 1-13
     * @param need the need in words, e.g. "Accommodation"
     * @param objective the objective that addresses it
     * @param intervention the intervention that answers it, if any
     */
    public record Need(
            int section,
            String need,
            PlanTemplates.ObjectiveTemplate objective,
            Optional<InterventionType> intervention) {
        public Need {
            Objects.requireNonNull(need, "need");
            Objects.requireNonNull(objective, "objective");
            intervention = intervention == null ? Optional.empty() : intervention;
        }
    }

    /**
     * A section to plan for, and why.
     *
     * @param section the section's reading
     * @param need what the data says about it, if it maps the section
     * @param why why it is a need, e.g. "score 3, threshold 2" or "not scored; linked to serious harm"
     */
    public record Planned(OasysStyle.SectionResult section, Optional<Need> need, String why) {
        /** How the plan names it, e.g. "oasys-style section 10 Emotional well-being (not scored; linked to ...)". */
        public String description() {
            return "oasys-style section " + section.number() + " " + section.name() + " (" + why + ")";
        }
    }

    /** {@code id@version}. */
    public String ref() {
        return id + "@" + version;
    }

    /** The bundled mapping. Cheap: read once per JVM. */
    public static Needs bundled() {
        return Bundled.NEEDS;
    }

    private static final class Bundled {
        static final Needs NEEDS = read();
    }

    private static Needs read() {
        try (InputStream in = Needs.class.getResourceAsStream("/org/caseframe/planning/needs-1.0.yaml")) {
            return DocumentReader.ofRecord(Needs.class, x -> List.of(), ReadLimits.DEFAULT)
                    .check(in, Format.YAML, "needs-1.0.yaml")
                    .orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the data says about section {@code number}, if anything. */
    public Optional<Need> section(int number) {
        return needs.stream().filter(n -> n.section() == number).findFirst();
    }

    /** Every section of {@code result} that is a need to plan for, in section order, each with why. */
    public List<Planned> toPlanFor(OasysStyle.Result result) {
        List<Planned> out = new ArrayList<>();
        for (OasysStyle.SectionResult s : result.sections()) {
            List<String> links = new ArrayList<>();
            s.linkedToSeriousHarm().filter(b -> b).ifPresent(b -> links.add("linked to serious harm"));
            s.linkedToReoffending().filter(b -> b).ifPresent(b -> links.add("linked to reoffending"));
            String linked = String.join(" and ", links);
            String why;
            if (s.need() == OasysStyle.Need.NEED) {
                why = "score " + s.score().orElseThrow() + ", threshold "
                        + s.threshold().orElseThrow() + (linked.isEmpty() ? "" : "; " + linked);
            } else if (!linked.isEmpty()) {
                why = switch (s.need()) {
                            case UNSCORED -> "not scored; ";
                            case NOT_SCORED_YET -> "score not entered; ";
                            default ->
                                "score " + s.score().orElseThrow() + ", below threshold "
                                        + s.threshold().orElseThrow() + "; ";
                        }
                        + linked;
            } else {
                continue;
            }
            out.add(new Planned(s, section(s.number()), why));
        }
        return out;
    }
}
