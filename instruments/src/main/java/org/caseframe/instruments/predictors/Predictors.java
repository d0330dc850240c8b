package org.caseframe.instruments.predictors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.caseframe.core.model.Sex;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;

/**
 * The bundled actuarial predictors by name, each reading its input from one JSON object (the fields are in the
 * README): {@code ogrs3}, {@code ovp}, {@code ogp}, {@code osp-dc}, {@code osp-iic}.
 */
public final class Predictors {
    /** The names of the bundled predictors. */
    public static final List<String> NAMES = List.of("ogrs3", "ovp", "ogp", "osp-dc", "osp-iic");

    private Predictors() {}

    /** The predictor called {@code name}, with OGRS3's conventions as {@code ogrs3} says. */
    public static Optional<Predictor> bundled(String name, Ogrs3.Options ogrs3) {
        Function<JsonCase, Prediction> predict = switch (name) {
            case "ogrs3" -> c -> ogrs3(c, ogrs3);
            case "ovp" -> Predictors::ovp;
            case "ogp" -> Predictors::ogp;
            case "osp-dc" -> Predictors::ospDc;
            case "osp-iic" -> Predictors::ospIic;
            default -> null;
        };
        return Optional.ofNullable(predict).map(p -> bound(name, p));
    }

    private static Predictor bound(String name, Function<JsonCase, Prediction> predict) {
        return new Predictor() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Prediction predict(JsonNode fields) {
                JsonCase c = new JsonCase(fields);
                Prediction prediction;
                try {
                    prediction = predict.apply(c);
                } catch (InvalidInputException e) {
                    List<Problem> all = new ArrayList<>(c.problems());
                    all.addAll(e.problems());
                    throw new InvalidInputException(name, all);
                }
                if (!c.problems().isEmpty()) {
                    throw new InvalidInputException(name, c.problems());
                }
                return prediction;
            }
        };
    }

    // Each reader asks for every field first, then gives up before predicting if any was bad.
    private static <T> Prediction guarded(JsonCase c, T input, Function<T, Prediction> predict) {
        return c.problems().isEmpty() ? predict.apply(input) : null;
    }

    private static Prediction ogrs3(JsonCase c, Ogrs3.Options options) {
        Ogrs3.Input input = new Ogrs3.Input(
                orMale(c.enumValue("sex", Sex.class)),
                c.text("offenceCategory"),
                c.integer("previousSanctions"),
                c.date("dateOfBirth"),
                c.date("currentConvictionDate"),
                c.date("firstSanctionDate"),
                c.date("assessmentDate"),
                c.optionalDate("followUpStartDate"));
        return guarded(c, input, i -> Ogrs3.bundled().predict(i, options));
    }

    private static Prediction ovp(JsonCase c) {
        Ovp.Input input = new Ovp.Input(
                orMale(c.enumValue("sex", Sex.class)),
                c.date("dateOfBirth"),
                c.date("followUpStartDate"),
                c.integer("previousSanctions"),
                c.integer("violentSanctions"),
                c.bool("noFixedAbode"),
                c.bool("unemployed"),
                c.bool("doesNotRecogniseImpact"),
                c.integer("currentAlcoholMisuse"),
                c.integer("bingeDrinking"),
                c.bool("psychiatricTreatment"),
                c.integer("temperControl"),
                c.integer("proCriminalAttitudes"));
        return guarded(c, input, Ovp.bundled()::predict);
    }

    private static Prediction ogp(JsonCase c) {
        Ogp.Input input = new Ogp.Input(
                c.integer("ogrs3TwoYearPercent"),
                c.bool("noFixedAbode"),
                c.bool("unemployed"),
                c.integer("regularActivities"),
                c.integer("drugMisuse"),
                c.integer("motivationToTackleDrugMisuse"),
                c.integer("problemSolving"),
                c.integer("awarenessOfConsequences"),
                c.integer("understandingOthersViews"),
                c.integer("proCriminalAttitudes"));
        return guarded(c, input, Ogp.bundled()::predict);
    }

    private static Prediction ospDc(JsonCase c) {
        OspDc.Input input = new OspDc.Input(
                orMale(c.enumValue("sex", Sex.class)),
                c.date("dateOfBirth"),
                c.date("followUpStartDate"),
                c.date("lastSexualSanctionDate"),
                c.integer("adultContactSanctions"),
                c.integer("childContactSanctions"),
                c.integer("nonContactSanctions"),
                c.integer("otherSanctions"),
                c.bool("strangerVictim"),
                c.bool("inCommunity"),
                c.integer("offenceFreeYears"));
        return guarded(c, input, OspDc.bundled()::predict);
    }

    private static Prediction ospIic(JsonCase c) {
        OspIic.Input input = new OspIic.Input(
                c.integer("sexualSanctions"), c.integer("iiocSanctions"), c.integer("childContactSanctions"));
        return guarded(c, input, OspIic.bundled()::predict);
    }

    // A placeholder only while fields are being read; a missing or bad sex is already a problem and nothing is
    // predicted.
    private static Sex orMale(Sex sex) {
        return sex == null ? Sex.MALE : sex;
    }
}
