package org.caseframe.planning.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caseframe.core.io.DocumentReader;
import org.caseframe.core.io.Format;
import org.caseframe.core.io.ReadLimits;
import org.caseframe.core.model.Citation;
import org.caseframe.core.model.Cohort;
import org.caseframe.core.model.Ideology;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.matrix.InterventionType;
import org.caseframe.planning.profile.Factor;
import org.caseframe.planning.profile.RiskProfile;
import org.caseframe.planning.profile.RiskProfiles;

/**
 * Who each intervention is for, as data ({@code interventions-1.0.yaml}): cohorts, ideologies, a minimum age and
 * stages of the sentence. The
 * planner and the what-if both keep only the interventions a person is eligible for, and say why one was left out.
 *
 * @param id identifier
 * @param version version
 * @param sources what it rests on
 * @param interventions each intervention and who it is for; one not listed is for everyone
 */
public record Interventions(String id, String version, List<Citation> sources, List<Eligibility> interventions) {
    public Interventions {
        sources = List.copyOf(sources);
        interventions = List.copyOf(interventions);
    }

    /**
     * Who one intervention is for. Each list left out means anyone.
     *
     * @param type the intervention
     * @param cohorts the cohorts it is for
     * @param ideologies the ideologies it is for
     * @param minimumAge the youngest age it is for
     * @param stages the stages of the sentence it is for (values of the {@code stage} factor)
     */
    public record Eligibility(
            InterventionType type,
            List<Cohort> cohorts,
            List<Ideology> ideologies,
            Optional<Integer> minimumAge,
            List<String> stages) {
        public Eligibility {
            Objects.requireNonNull(type, "type");
            cohorts = cohorts == null ? List.of() : List.copyOf(cohorts);
            ideologies = ideologies == null ? List.of() : List.copyOf(ideologies);
            minimumAge = minimumAge == null ? Optional.empty() : minimumAge;
            stages = stages == null ? List.of() : List.copyOf(stages);
            for (String stage : stages) {
                if (Factor.STAGE.code(stage) <= 0) {
                    throw new IllegalArgumentException(
                            type + ": \"" + stage + "\" is not a stage; expected one of " + Factor.STAGE.levels());
                }
            }
        }
    }

    /** The bundled eligibility. Cheap: read once per JVM. */
    public static Interventions bundled() {
        return Bundled.INTERVENTIONS;
    }

    private static final class Bundled {
        static final Interventions INTERVENTIONS = read();
    }

    private static Interventions read() {
        try (InputStream in =
                Interventions.class.getResourceAsStream("/org/caseframe/planning/interventions-1.0.yaml")) {
            return DocumentReader.ofRecord(Interventions.class, x -> List.of(), ReadLimits.DEFAULT)
                    .check(in, Format.YAML, "interventions-1.0.yaml")
                    .orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The eligibility of {@code type}, if the data says who it is for. */
    public Optional<Eligibility> of(InterventionType type) {
        return interventions.stream().filter(e -> e.type().equals(type)).findFirst();
    }

    /**
     * Why {@code type} is not for this case as {@code profile} describes it (its date and stage), if it is not; empty
     * when it is, or when that cannot be told (an unknown stage or unrecorded ideology never excludes).
     */
    public Optional<String> whyNot(InterventionType type, AssessedCase caseFile, RiskProfile profile) {
        LocalDate asOf = profile.asOf();
        Optional<Eligibility> e = of(type);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        Eligibility el = e.get();
        String label = Vocabulary.bundled().label("intervention", type);
        if (!el.cohorts().isEmpty() && !el.cohorts().contains(caseFile.cohort())) {
            return Optional.of(label + " is for " + words(el.cohorts()) + " cases, and this case is "
                    + Vocabulary.bundled().label("cohort", caseFile.cohort()).toLowerCase(java.util.Locale.ROOT));
        }
        int age = Period.between(caseFile.subject().dateOfBirth(), asOf).getYears();
        if (el.minimumAge().isPresent() && age < el.minimumAge().get()) {
            return Optional.of(label + " is for people aged " + el.minimumAge().get() + " or over, and this person"
                    + " is " + age);
        }
        String stage = profile.level(Factor.STAGE);
        if (!el.stages().isEmpty()
                && !stage.equals(Factor.UNKNOWN)
                && !el.stages().contains(stage)) {
            return Optional.of(label + " is for "
                    + String.join(
                            ", ",
                            el.stages().stream().map(RiskProfiles::stageLabel).toList()) + ", and this case is "
                    + RiskProfiles.stageLabel(stage));
        }
        if (!el.ideologies().isEmpty() && caseFile.ideology().isPresent()) {
            List<Ideology> recorded = caseFile.ideology().get().types();
            if (recorded.stream().noneMatch(el.ideologies()::contains)) {
                return Optional.of(label + " is for "
                        + String.join(
                                " or ",
                                el.ideologies().stream().map(Ideology::label).toList())
                        + " ideologies, and the case records "
                        + String.join(
                                " and ", recorded.stream().map(Ideology::label).toList()));
            }
        }
        return Optional.empty();
    }

    /** Whether eligibility for {@code type} depends on an ideology this case has not recorded. */
    public boolean needsIdeology(InterventionType type, AssessedCase caseFile) {
        return of(type).map(e -> !e.ideologies().isEmpty()).orElse(false)
                && caseFile.ideology().isEmpty();
    }

    /** {@code decisions} with only the interventions the case is eligible for. */
    public Decisions eligibleOnly(Decisions decisions, AssessedCase caseFile, RiskProfile profile) {
        List<Decisions.InterventionDecision> kept = new ArrayList<>();
        for (Decisions.InterventionDecision i : decisions.interventions()) {
            if (whyNot(i.type(), caseFile, profile).isEmpty()) {
                kept.add(i);
            }
        }
        return kept.size() == decisions.interventions().size()
                ? decisions
                : new Decisions(decisions.policy(), decisions.nsd(), decisions.mappa(), decisions.controls(), kept);
    }

    private static String words(List<Cohort> cohorts) {
        return String.join(
                ", ",
                cohorts.stream()
                        .map(c -> Vocabulary.bundled().label("cohort", c))
                        .toList());
    }
}
