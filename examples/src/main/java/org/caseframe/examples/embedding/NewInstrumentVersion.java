package org.caseframe.examples.embedding;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.caseframe.Caseframe;
import org.caseframe.CheckedCase;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.InstrumentRef;
import org.caseframe.core.scoring.ScoringResult;
import org.caseframe.core.validation.InvalidInputException;

/**
 * How a service adds a new version of an instrument without code: the definition is a data file in a directory the
 * catalogue also reads. Assessments name the exact {@code id@version} they were made under, so old assessments keep
 * being checked and scored under their own version while new ones use the new one.
 */
public final class NewInstrumentVersion {
    private NewInstrumentVersion() {}

    /**
     * The bundled catalogue plus every definition in {@code directory}.
     *
     * @throws InvalidInputException listing every problem in every file (or a version defined twice); nothing is added
     *     unless every file is valid
     */
    public static Caseframe catalogueWith(Path directory) {
        return Caseframe.builder().instruments(directory).build();
    }

    /**
     * Scores one existing assessment under its own version and, re-assessed with the same answers, under {@code
     * newVersion}: what a service would look at before switching practitioners to the new version.
     *
     * @return the results keyed by {@code id@version}, the assessment's own version first
     * @throws IllegalArgumentException if the catalogue lacks either version or the instrument is not scored
     */
    public static Map<String, ScoringResult> scoreUnderBoth(Caseframe catalogue, Assessment made, String newVersion) {
        InstrumentRef newRef = new InstrumentRef(made.instrument().id(), newVersion);
        Assessment reassessed = new Assessment(
                made.id() + "-v" + newVersion.replace('.', '-'),
                newRef,
                made.assessor(),
                made.started(),
                made.completed(),
                made.status(),
                Optional.empty(), // a re-assessment is countersigned afresh
                made.ratings(),
                made.openItems(),
                Map.of(), // the assessor's judgement is made again under the new version
                made.formulation(),
                made.scenarios());
        Map<String, ScoringResult> results = new LinkedHashMap<>();
        results.put(made.instrument().toString(), score(catalogue, made));
        results.put(newRef.toString(), score(catalogue, reassessed));
        return results;
    }

    /**
     * Reads and checks a case file with the extended catalogue: every assessment against the version it names, so a
     * case assessed under the old version stays valid after the new one is added.
     */
    public static ReadResult<CheckedCase> check(Caseframe catalogue, Path caseFile) {
        return catalogue.check(caseFile);
    }

    private static ScoringResult score(Caseframe catalogue, Assessment a) {
        InstrumentDefinition definition = catalogue
                .instrument(a.instrument().toString())
                .orElseThrow(() -> new IllegalArgumentException("the catalogue has no " + a.instrument()));
        return Caseframe.score(definition, a)
                .orElseThrow(() -> new IllegalArgumentException(a.instrument() + " has no scoring rules"));
    }
}
