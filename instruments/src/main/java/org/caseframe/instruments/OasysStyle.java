package org.caseframe.instruments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.Citation;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.Item;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.model.Level;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;
import org.caseframe.instruments.internal.DataFiles;

/**
 * Reads an OASys-style assessment ({@code oasys-style@1.0}): which sections are criminogenic needs (score at or over
 * the section's threshold; unscored sections say so), each section's links to serious harm and reoffending, and
 * Risk of Serious Harm by group and setting with the overall level as the highest. It also carries a completed
 * ERG-style or Pathfinder-style assessment into the relevant sections, so the terrorist risk is visible in the main
 * assessment (inspection 2023, recommendation 8). Thresholds and mappings come from {@code oasys-sections-1.0.yaml}.
 */
public final class OasysStyle {
    private static final Sections SECTIONS =
            DataFiles.load("/org/caseframe/instruments/oasys-sections-1.0.yaml", Sections.class);

    private OasysStyle() {}

    /** Whether a section is a criminogenic need. */
    public enum Need {
        /** Scored at or over its threshold. */
        NEED,
        /** Scored below its threshold. */
        NO_NEED,
        /** A section without a score: need is a matter for the narrative. */
        UNSCORED,
        /** A scored section whose score has not been entered. */
        NOT_SCORED_YET
    }

    /**
     * One section's result.
     *
     * @param number the OASys section number, 1-13
     * @param name its name
     * @param score the section score, if scored and entered
     * @param threshold the need threshold, if the section is scored
     * @param need whether it is a criminogenic need
     * @param linkedToSeriousHarm the "linked to risk of serious harm" flag, if entered
     * @param linkedToReoffending the "linked to reoffending" flag, if entered
     */
    public record SectionResult(
            int number,
            String name,
            Optional<Integer> score,
            Optional<Integer> threshold,
            Need need,
            Optional<Boolean> linkedToSeriousHarm,
            Optional<Boolean> linkedToReoffending) {}

    /**
     * Risk of Serious Harm to one group in one setting.
     *
     * @param setting COMMUNITY or CUSTODY
     * @param group CHILDREN, PUBLIC, KNOWN_ADULT, STAFF or PRISONERS
     * @param level LOW, MEDIUM, HIGH or VERY_HIGH, if rated
     */
    public record Rosh(String setting, String group, Optional<String> level) {}

    /**
     * The whole reading.
     *
     * @param sections the 13 sections in order
     * @param rosh every group and setting, rated or not
     * @param overallCommunity the highest RoSH in the community, if any group is rated
     * @param overallCustody the highest RoSH in custody, if any group is rated
     * @param overall the highest RoSH in either setting, if any group is rated
     */
    public record Result(
            List<SectionResult> sections,
            List<Rosh> rosh,
            Optional<String> overallCommunity,
            Optional<String> overallCustody,
            Optional<String> overall) {

        /** The criminogenic needs, in section order. */
        public List<SectionResult> needs() {
            return sections.stream().filter(s -> s.need() == Need.NEED).toList();
        }
    }

    /**
     * Section tables by the OASys-style instrument version each is for ({@code oasys-style@1.0} bundled), so that a new
     * instrument version comes with its own table as a data file. Immutable and thread-safe.
     */
    public static final class Tables {
        private static final Tables BUNDLED = new Tables(Map.of(SECTIONS.instrument(), SECTIONS));

        private final Map<String, Sections> byInstrument;

        private Tables(Map<String, Sections> byInstrument) {
            this.byInstrument = Map.copyOf(byInstrument);
        }

        /** The bundled table. */
        public static Tables bundled() {
            return BUNDLED;
        }

        /**
         * These tables plus every section-table file in {@code directory}, each of the form of the bundled {@code
         * oasys-sections-1.0.yaml} and naming the instrument version it is for.
         *
         * @throws InvalidInputException listing every problem in every file, or two tables for one instrument version;
         *     nothing is added unless every file is valid
         */
        public Tables withDirectory(Path directory) {
            Map<String, Sections> found = new java.util.HashMap<>(byInstrument);
            List<Problem> problems = new ArrayList<>();
            List<Path> files = org.caseframe.core.io.DataDirectory.files(directory);
            for (Path file : files) {
                ReadResult<Sections> read = DataFiles.check(file, Sections.class);
                read.problems()
                        .forEach(q -> problems.add(new Problem(q.pointer(), q.code(), file + ": " + q.message())));
                read.value().ifPresent(s -> {
                    if (found.putIfAbsent(s.instrument(), s) != null) {
                        problems.add(new Problem(
                                "/instrument",
                                ProblemCode.DUPLICATE_ID,
                                file + ": there is already a section table for " + s.instrument()));
                    }
                });
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(directory.toString(), problems);
            }
            return new Tables(found);
        }

        /** The reading of an assessment, when there is a table for the instrument version it was made under. */
        public Optional<Result> evaluate(InstrumentDefinition definition, Assessment assessment) {
            Sections table = byInstrument.get(definition.ref().toString());
            if (table == null || !assessment.instrument().equals(definition.ref())) {
                return Optional.empty();
            }
            return Optional.of(OasysStyle.evaluate(table, definition, assessment));
        }
    }

    /** Reads an assessment made under {@code oasys-style@1.0}, the version the bundled table is for. */
    public static Result evaluate(InstrumentDefinition definition, Assessment assessment) {
        if (!definition.ref().toString().equals(SECTIONS.instrument())
                || !assessment.instrument().equals(definition.ref())) {
            throw new IllegalArgumentException(
                    "the section table is for " + SECTIONS.instrument() + ", not " + assessment.instrument());
        }
        return evaluate(SECTIONS, definition, assessment);
    }

    private static Result evaluate(Sections table, InstrumentDefinition definition, Assessment assessment) {
        List<SectionResult> sections = new ArrayList<>();
        for (Section s : table.sections()) {
            Optional<Integer> score = assessment.rating(s.id() + "_SCORE").map(r -> Integer.parseInt(r.level()));
            Need need = s.threshold().isEmpty()
                    ? Need.UNSCORED
                    : score.map(v -> v >= s.threshold().get() ? Need.NEED : Need.NO_NEED)
                            .orElse(Need.NOT_SCORED_YET);
            sections.add(new SectionResult(
                    s.number(),
                    s.name(),
                    score,
                    s.threshold(),
                    need,
                    flag(assessment, s.id() + "_ROSH"),
                    flag(assessment, s.id() + "_REOFFENDING")));
        }
        List<Rosh> rosh = new ArrayList<>();
        for (Item item : definition.items()) {
            if (item.id().startsWith("ROSH_")) {
                String[] parts = item.id().split("_", 3);
                rosh.add(new Rosh(
                        parts[1], parts[2], assessment.rating(item.id()).map(ItemRating::level)));
            }
        }
        return new Result(
                sections,
                rosh,
                highest(definition, rosh, "COMMUNITY"),
                highest(definition, rosh, "CUSTODY"),
                highest(definition, rosh, null));
    }

    /**
     * The terrorist risk from the case's newest finished ERG-style and Pathfinder-style assessments, placed in the
     * OASys-style sections they inform: keyed by section number, each line naming the instrument, item, level and
     * rationale. The assessor's judgements go into section 2 (analysis of offences).
     */
    public static Map<Integer, List<String>> ctRiskBySection(CaseFile caseFile, InstrumentCatalogue catalogue) {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        for (CtMapping mapping : SECTIONS.ctMappings()) {
            Optional<Assessment> latest = Assessments.latestFinished(caseFile, mapping.instrument());
            if (latest.isEmpty()) {
                continue;
            }
            Assessment a = latest.get();
            InstrumentDefinition d = catalogue
                    .find(a.instrument())
                    .orElseThrow(() ->
                            new IllegalArgumentException("no definition of " + a.instrument() + " in the catalogue"));
            for (Map.Entry<String, List<String>> e : mapping.sections().entrySet()) {
                int number = sectionNumber(e.getKey());
                for (String itemId : e.getValue()) {
                    present(d, a, itemId)
                            .ifPresent(line -> out.computeIfAbsent(number, k -> new ArrayList<>())
                                    .add(line));
                }
            }
            d.judgements()
                    .forEach(j -> a.judgement(j.id())
                            .ifPresent(given -> out.computeIfAbsent(2, k -> new ArrayList<>())
                                    .add(d.title() + ", " + j.label() + ": " + given.level()
                                            + given.rationale()
                                                    .map(r -> " - " + r)
                                                    .orElse(""))));
        }
        Map<Integer, List<String>> sorted = new java.util.TreeMap<>(out);
        return java.util.Collections.unmodifiableMap(sorted);
    }

    private static Optional<String> present(InstrumentDefinition d, Assessment a, String itemId) {
        Optional<Item> item = d.item(itemId);
        Optional<ItemRating> rating = a.rating(itemId);
        if (item.isEmpty() || rating.isEmpty()) {
            return Optional.empty();
        }
        Optional<Level> level =
                d.scale(item.get().scale()).flatMap(s -> s.level(rating.get().level()));
        if (level.isEmpty() || level.get().rank() == 0) {
            return Optional.empty();
        }
        return Optional.of(d.title() + ", " + itemId + " " + item.get().label() + ": "
                + level.get().label()
                + rating.get().rationale().map(r -> " - " + r).orElse(""));
    }

    private static int sectionNumber(String id) {
        return SECTIONS.sections().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown section " + id + " in oasys-sections"))
                .number();
    }

    private static Optional<Boolean> flag(Assessment a, String itemId) {
        return a.rating(itemId).map(r -> r.level().equals("YES"));
    }

    // The highest rated level in one setting, or in both when setting is null.
    private static Optional<String> highest(InstrumentDefinition d, List<Rosh> rosh, String setting) {
        var scale = d.scale("ROSH").orElseThrow();
        return rosh.stream()
                .filter(r -> setting == null || r.setting().equals(setting))
                .flatMap(r -> r.level().stream())
                .flatMap(code -> scale.level(code).stream())
                .max(Comparator.comparingInt(Level::rank))
                .map(Level::code);
    }

    record Section(int number, String id, String name, Optional<Integer> threshold) {}

    record CtMapping(String instrument, Map<String, List<String>> sections) {}

    record Sections(
            String id,
            String version,
            String instrument,
            List<Citation> sources,
            List<Section> sections,
            List<CtMapping> ctMappings) {}
}
