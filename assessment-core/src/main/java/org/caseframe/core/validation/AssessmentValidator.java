package org.caseframe.core.validation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caseframe.core.internal.Pointer;
import org.caseframe.core.internal.ProblemList;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.AssessmentStatus;
import org.caseframe.core.model.FormulationSection;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.Item;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.model.Level;
import org.caseframe.core.model.OpenItem;
import org.caseframe.core.model.RatingScale;
import org.caseframe.core.model.SummaryJudgement;
import org.caseframe.core.model.SummaryJudgementDefinition;
import org.caseframe.core.scoring.Scorer;
import org.caseframe.core.scoring.ScoringResult;

/**
 * Checks an assessment against the definition it was made under: every rating on its item's scale, rationales where
 * the scale demands them, every required item, judgement and section present once the assessment is finished, and
 * dates in order and not in the future.
 */
public final class AssessmentValidator {
    private AssessmentValidator() {}

    /**
     * Every problem with the assessment, with pointers below {@code base} (e.g. {@code /assessments/0}).
     *
     * @param definition the definition of the assessment's own instrument version
     * @param assessment the assessment
     * @param today the date "now" means; nothing may be dated after it
     * @param base the pointer of the assessment within its document; empty for a standalone assessment
     */
    public static List<Problem> validate(
            InstrumentDefinition definition, Assessment assessment, LocalDate today, String base) {
        ProblemList problems = new ProblemList();
        if (!definition.ref().equals(assessment.instrument())) {
            problems.add(
                    base + "/instrument",
                    ProblemCode.UNKNOWN_INSTRUMENT,
                    "assessment was made under " + assessment.instrument() + " but is being checked against "
                            + definition.ref());
            return problems.toList();
        }
        boolean finished = assessment.status().isFinished();
        ratings(problems, definition, assessment, base, finished);
        openItems(problems, definition, assessment, base);
        judgements(problems, definition, assessment, base, finished);
        formulation(problems, definition, assessment, base, finished);
        dates(problems, assessment, today, base);
        scoring(problems, definition, assessment, base);
        return problems.toList();
    }

    // A checklist's suggested level may be raised by the assessor, with a rationale, but never lowered.
    private static void scoring(ProblemList problems, InstrumentDefinition def, Assessment a, String base) {
        Optional<ScoringResult> result = Scorer.score(def, a);
        if (result.isEmpty() || result.get().decided().isEmpty()) {
            return;
        }
        ScoringResult r = result.get();
        RatingScale scale =
                def.judgement(r.judgement()).flatMap(j -> def.scale(j.scale())).orElseThrow();
        Optional<Level> decided = scale.level(r.decided().get());
        Level suggested = scale.level(r.suggested()).orElseThrow();
        String pointer = Pointer.child(base + "/judgements", r.judgement());
        if (decided.isEmpty()) {
            return;
        }
        if (def.scoring().get().mayOnlyRaise() && decided.get().rank() < suggested.rank()) {
            problems.add(
                    pointer + "/level",
                    ProblemCode.BELOW_SUGGESTED,
                    "judgement " + decided.get().code()
                            + " is below the " + suggested.code() + " the answers give ("
                            + String.join("; ", r.reasons())
                            + "); professional judgement may raise the level, never lower it");
        }
        if (r.raisedByJudgement()
                && a.judgement(r.judgement()).orElseThrow().rationale().isEmpty()) {
            problems.add(
                    pointer + "/rationale",
                    ProblemCode.RATIONALE_REQUIRED,
                    "raising the level from " + suggested.code() + " to "
                            + decided.get().code() + " needs a rationale");
        }
    }

    private static void ratings(
            ProblemList problems, InstrumentDefinition def, Assessment a, String base, boolean finished) {
        for (Map.Entry<String, ItemRating> e : a.ratings().entrySet()) {
            String pointer = Pointer.child(base + "/ratings", e.getKey());
            Optional<Item> item = def.item(e.getKey());
            if (item.isEmpty()) {
                problems.add(
                        pointer,
                        ProblemCode.UNKNOWN_ITEM,
                        def.ref() + " has no item \"" + e.getKey() + "\""
                                + Suggestions.hint(
                                        e.getKey(),
                                        def.items().stream().map(Item::id).toList()));
                continue;
            }
            ItemRating rating = e.getValue();
            RatingScale scale = def.scale(item.get().scale()).orElseThrow();
            Optional<Level> level = onScale(problems, pointer + "/level", rating.level(), scale);
            requireRationale(problems, pointer, level, rating.rationale());
            rating.relevance().ifPresent(r -> relevance(problems, def, pointer + "/relevance", r));
        }
        if (finished) {
            for (Item item : def.items()) {
                if (item.required() && !a.ratings().containsKey(item.id())) {
                    problems.add(
                            Pointer.child(base + "/ratings", item.id()),
                            ProblemCode.INCOMPLETE,
                            item.id() + " \"" + item.label() + "\" is not rated; a " + a.status()
                                    + " assessment rates every required item");
                }
            }
        }
    }

    private static void relevance(ProblemList problems, InstrumentDefinition def, String pointer, String code) {
        Optional<RatingScale> scale = def.relevanceScale().flatMap(def::scale);
        if (scale.isEmpty()) {
            problems.add(pointer, ProblemCode.RELEVANCE_NOT_RATED, def.ref() + " does not rate relevance; remove it");
        } else {
            onScale(problems, pointer, code, scale.get());
        }
    }

    private static void openItems(ProblemList problems, InstrumentDefinition def, Assessment a, String base) {
        int allowed = def.openItems().map(o -> o.max()).orElse(0);
        if (a.openItems().size() > allowed) {
            problems.add(
                    base + "/openItems",
                    ProblemCode.TOO_MANY_OPEN_ITEMS,
                    def.ref() + " allows " + allowed + " open items; this assessment has "
                            + a.openItems().size());
        }
        if (def.openItems().isEmpty()) {
            return;
        }
        RatingScale scale = def.scale(def.openItems().get().scale()).orElseThrow();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < a.openItems().size(); i++) {
            OpenItem item = a.openItems().get(i);
            String pointer = base + "/openItems/" + i;
            if (!seen.add(item.id()) || def.item(item.id()).isPresent()) {
                problems.add(
                        pointer + "/id",
                        ProblemCode.DUPLICATE_ID,
                        "open item id \"" + item.id() + "\" is already used in this assessment or by the instrument");
            }
            Optional<Level> level = onScale(problems, pointer + "/level", item.level(), scale);
            requireRationale(problems, pointer, level, item.rationale());
        }
    }

    private static void judgements(
            ProblemList problems, InstrumentDefinition def, Assessment a, String base, boolean finished) {
        List<String> ids =
                def.judgements().stream().map(SummaryJudgementDefinition::id).toList();
        for (Map.Entry<String, SummaryJudgement> e : a.judgements().entrySet()) {
            String pointer = Pointer.child(base + "/judgements", e.getKey());
            Optional<SummaryJudgementDefinition> jd = def.judgement(e.getKey());
            if (jd.isEmpty()) {
                problems.add(
                        pointer,
                        ProblemCode.UNKNOWN_ITEM,
                        def.ref() + " has no judgement \"" + e.getKey() + "\"" + Suggestions.hint(e.getKey(), ids));
                continue;
            }
            RatingScale scale = def.scale(jd.get().scale()).orElseThrow();
            Optional<Level> level =
                    onScale(problems, pointer + "/level", e.getValue().level(), scale);
            boolean needsRationale = jd.get().rationaleRequired()
                    || level.map(Level::rationaleRequired).orElse(false);
            if (needsRationale && e.getValue().rationale().isEmpty()) {
                problems.add(
                        pointer + "/rationale",
                        ProblemCode.RATIONALE_REQUIRED,
                        "the judgement \"" + jd.get().label() + "\" needs a rationale");
            }
        }
        if (finished) {
            for (SummaryJudgementDefinition jd : def.judgements()) {
                if (!a.judgements().containsKey(jd.id())) {
                    problems.add(
                            Pointer.child(base + "/judgements", jd.id()),
                            ProblemCode.INCOMPLETE,
                            "the judgement \"" + jd.label() + "\" is missing; a " + a.status()
                                    + " assessment gives every summary judgement");
                }
            }
        }
    }

    private static void formulation(
            ProblemList problems, InstrumentDefinition def, Assessment a, String base, boolean finished) {
        List<String> ids =
                def.formulationSections().stream().map(FormulationSection::id).toList();
        for (String key : a.formulation().keySet()) {
            if (def.formulationSection(key).isEmpty()) {
                problems.add(
                        Pointer.child(base + "/formulation", key),
                        ProblemCode.UNKNOWN_ITEM,
                        def.ref() + " has no formulation section \"" + key + "\"" + Suggestions.hint(key, ids));
            }
        }
        if (finished) {
            for (FormulationSection section : def.formulationSections()) {
                if (section.required() && !a.formulation().containsKey(section.id())) {
                    problems.add(
                            Pointer.child(base + "/formulation", section.id()),
                            ProblemCode.INCOMPLETE,
                            "the formulation section \"" + section.label() + "\" is missing; a " + a.status()
                                    + " assessment writes every required section");
                }
            }
        }
    }

    private static void dates(ProblemList problems, Assessment a, LocalDate today, String base) {
        Dates.notAfter(problems, base + "/started", a.started(), today);
        a.completed().ifPresent(completed -> {
            Dates.notAfter(problems, base + "/completed", completed, today);
            Dates.ordered(problems, base + "/completed", a.started(), "started", completed, "completed");
        });
        if (a.status().isFinished() && a.completed().isEmpty()) {
            problems.add(
                    base + "/completed",
                    ProblemCode.STATUS,
                    "a " + a.status() + " assessment needs the date it was completed");
        }
        if (a.status() == AssessmentStatus.COUNTERSIGNED && a.countersignature().isEmpty()) {
            problems.add(
                    base + "/countersignature",
                    ProblemCode.STATUS,
                    "a COUNTERSIGNED assessment needs the countersigner and date");
        }
        if (a.status() != AssessmentStatus.COUNTERSIGNED && a.countersignature().isPresent()) {
            problems.add(
                    base + "/status",
                    ProblemCode.STATUS,
                    "the assessment is countersigned but its status is " + a.status() + "; set it to COUNTERSIGNED");
        }
        a.countersignature().ifPresent(c -> {
            Dates.notAfter(problems, base + "/countersignature/date", c.date(), today);
            a.completed()
                    .ifPresent(completed -> Dates.ordered(
                            problems,
                            base + "/countersignature/date",
                            completed,
                            "completed",
                            c.date(),
                            "countersigned"));
        });
    }

    private static Optional<Level> onScale(ProblemList problems, String pointer, String code, RatingScale scale) {
        Optional<Level> level = scale.level(code);
        if (level.isEmpty()) {
            problems.add(
                    pointer,
                    ProblemCode.NOT_ON_SCALE,
                    "level \"" + code + "\" is not on scale " + scale.id()
                            + " (expected one of: " + String.join(", ", scale.codes()) + ")"
                            + Suggestions.hint(code, scale.codes()));
        }
        return level;
    }

    private static void requireRationale(
            ProblemList problems, String pointer, Optional<Level> level, Optional<String> rationale) {
        if (level.isPresent() && level.get().rationaleRequired() && rationale.isEmpty()) {
            problems.add(
                    pointer + "/rationale",
                    ProblemCode.RATIONALE_REQUIRED,
                    "a rating of " + level.get().code() + " needs a rationale saying what evidence supports it");
        }
    }
}
