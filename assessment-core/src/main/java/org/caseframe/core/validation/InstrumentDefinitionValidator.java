package org.caseframe.core.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.caseframe.core.internal.BeanValidation;
import org.caseframe.core.internal.Pointer;
import org.caseframe.core.internal.ProblemList;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.Item;
import org.caseframe.core.model.Level;
import org.caseframe.core.model.RatingScale;
import org.caseframe.core.model.Scoring;
import org.caseframe.core.model.SummaryJudgementDefinition;

/**
 * Checks an instrument definition is usable: unique ids, every reference resolvable, every scale non-empty and
 * strictly ordered.
 */
public final class InstrumentDefinitionValidator {
    private InstrumentDefinitionValidator() {}

    /** Every problem with the definition; empty when it is usable. */
    public static List<Problem> validate(InstrumentDefinition definition) {
        return validate(definition, true);
    }

    /**
     * Every problem with a definition read through the instrument-definition JSON Schema, which already rules out
     * what the records' Bean Validation constraints would find (the differential properties hold the two to the same
     * answers), so those are not checked again.
     */
    public static List<Problem> validateAfterSchema(InstrumentDefinition definition) {
        return validate(definition, false);
    }

    private static List<Problem> validate(InstrumentDefinition definition, boolean beanValidation) {
        ProblemList problems = new ProblemList();
        if (beanValidation) {
            problems.addAll(BeanValidation.validate(definition));
        }
        unique(problems, "/scales", definition.scales(), RatingScale::id, "scale");
        unique(problems, "/domains", definition.domains(), d -> d.id(), "domain");
        unique(problems, "/items", definition.items(), Item::id, "item");
        unique(problems, "/judgements", definition.judgements(), SummaryJudgementDefinition::id, "judgement");
        unique(problems, "/formulationSections", definition.formulationSections(), s -> s.id(), "section");
        for (int s = 0; s < definition.scales().size(); s++) {
            checkScale(problems, Pointer.of("scales", s), definition.scales().get(s));
        }
        Set<String> scaleIds =
                new HashSet<>(definition.scales().stream().map(RatingScale::id).toList());
        Set<String> domainIds =
                new HashSet<>(definition.domains().stream().map(d -> d.id()).toList());
        for (int i = 0; i < definition.items().size(); i++) {
            Item item = definition.items().get(i);
            resolve(problems, Pointer.of("items", i, "domain"), item.domain(), domainIds, "domain");
            resolve(problems, Pointer.of("items", i, "scale"), item.scale(), scaleIds, "scale");
        }
        for (int j = 0; j < definition.judgements().size(); j++) {
            resolve(
                    problems,
                    Pointer.of("judgements", j, "scale"),
                    definition.judgements().get(j).scale(),
                    scaleIds,
                    "scale");
        }
        definition.relevanceScale().ifPresent(r -> resolve(problems, "/relevanceScale", r, scaleIds, "scale"));
        definition.openItems().ifPresent(o -> resolve(problems, "/openItems/scale", o.scale(), scaleIds, "scale"));
        definition.scoring().ifPresent(s -> checkScoring(problems, definition, s));
        return problems.toList();
    }

    private static void checkScoring(ProblemList problems, InstrumentDefinition d, Scoring scoring) {
        Optional<RatingScale> judgementScale = d.judgement(scoring.judgement()).flatMap(j -> d.scale(j.scale()));
        if (judgementScale.isEmpty()) {
            resolve(
                    problems,
                    "/scoring/judgement",
                    scoring.judgement(),
                    new HashSet<>(d.judgements().stream()
                            .map(SummaryJudgementDefinition::id)
                            .toList()),
                    "judgement");
            return;
        }
        RatingScale scale = judgementScale.get();
        scoring.count().ifPresent(count -> checkCount(problems, d, count, scale));
        for (int t = 0; t < scoring.triggers().size(); t++) {
            Scoring.Trigger trigger = scoring.triggers().get(t);
            String pointer = "/scoring/triggers/" + t;
            Optional<Item> item = d.item(trigger.item());
            if (item.isEmpty()) {
                resolve(
                        problems,
                        pointer + "/item",
                        trigger.item(),
                        new HashSet<>(d.items().stream().map(Item::id).toList()),
                        "item");
            } else {
                d.scale(item.get().scale()).ifPresent(s -> onScale(problems, pointer + "/level", trigger.level(), s));
            }
            onScale(problems, pointer + "/atLeast", trigger.atLeast(), scale);
        }
    }

    private static void checkCount(
            ProblemList problems, InstrumentDefinition d, Scoring.Count count, RatingScale scale) {
        boolean counted = d.items().stream()
                .anyMatch(i ->
                        d.scale(i.scale()).flatMap(s -> s.level(count.level())).isPresent());
        if (!counted) {
            problems.add(
                    "/scoring/count/level",
                    ProblemCode.NOT_ON_SCALE,
                    "no item's scale has level \"" + count.level() + "\"");
        }
        int previous = Integer.MIN_VALUE;
        for (int b = 0; b < count.bands().size(); b++) {
            Scoring.CountBand band = count.bands().get(b);
            String pointer = "/scoring/count/bands/" + b;
            onScale(problems, pointer + "/level", band.level(), scale);
            boolean last = b == count.bands().size() - 1;
            if (band.max().isEmpty() != last) {
                problems.add(
                        pointer + "/max",
                        ProblemCode.SCALE_ORDER,
                        "every band but the last needs a max, and the last needs none");
            } else if (band.max().isPresent() && band.max().get() <= previous) {
                problems.add(
                        pointer + "/max",
                        ProblemCode.SCALE_ORDER,
                        "bands must rise: " + band.max().get() + " is not above " + previous);
            }
            previous = band.max().orElse(previous);
        }
    }

    private static void onScale(ProblemList problems, String pointer, String code, RatingScale scale) {
        if (scale.level(code).isEmpty()) {
            problems.add(
                    pointer,
                    ProblemCode.NOT_ON_SCALE,
                    "level \"" + code + "\" is not on scale " + scale.id() + " (expected one of: "
                            + String.join(", ", scale.codes()) + ")");
        }
    }

    private static void checkScale(ProblemList problems, String pointer, RatingScale scale) {
        if (scale.levels().isEmpty()) {
            problems.add(pointer + "/levels", ProblemCode.SCALE_ORDER, "scale " + scale.id() + " has no levels");
            return;
        }
        unique(problems, pointer + "/levels", scale.levels(), Level::code, "level");
        for (int l = 1; l < scale.levels().size(); l++) {
            Level below = scale.levels().get(l - 1);
            Level level = scale.levels().get(l);
            if (level.rank() <= below.rank()) {
                problems.add(
                        Pointer.child(pointer, "levels") + "/" + l + "/rank",
                        ProblemCode.SCALE_ORDER,
                        "level " + level.code() + " has rank " + level.rank() + ", not above " + below.code() + " ("
                                + below.rank() + "); list levels lowest first with rising ranks");
            }
        }
    }

    private static <T> void unique(
            ProblemList problems, String pointer, List<T> values, Function<T, String> id, String what) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = id.apply(values.get(i));
            if (!seen.add(value)) {
                problems.add(
                        pointer + "/" + i,
                        ProblemCode.DUPLICATE_ID,
                        what + " id \"" + value + "\" is used more than once");
            }
        }
    }

    private static void resolve(ProblemList problems, String pointer, String ref, Set<String> known, String what) {
        if (!known.contains(ref)) {
            problems.add(
                    pointer,
                    ProblemCode.UNRESOLVED_REFERENCE,
                    "no " + what + " has id \"" + ref + "\"" + Suggestions.hint(ref, known));
        }
    }
}
