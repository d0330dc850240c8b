package org.caseframe.instruments.predictors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.caseframe.core.io.DataDirectory;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.model.Sex;
import org.caseframe.core.model.Versions;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;
import org.caseframe.core.validation.Suggestions;

/**
 * The actuarial predictors by name ({@code ogrs3}, {@code ovp}, {@code ogp}, {@code osp-dc}, {@code osp-iic}), each
 * reading its input from one JSON object (the fields are in the README), and each in every version of its
 * coefficients known: the bundled ones plus any read from a directory. Immutable and thread-safe.
 */
public final class Predictors {
    /** The names of the predictors. */
    public static final List<String> NAMES = List.of("ogrs3", "ovp", "ogp", "osp-dc", "osp-iic");

    private static final Predictors BUNDLED = new Predictors(bundledModels());
    private static final ObjectMapper PEEK = new YAMLMapper();

    // By id, then by version: Ogrs3, Ovp, Ogp, OspDc or OspIic instances.
    private final Map<String, Map<String, Object>> models;

    private Predictors(Map<String, Map<String, Object>> models) {
        this.models = models;
    }

    private static Map<String, Map<String, Object>> bundledModels() {
        Map<String, Map<String, Object>> m = new LinkedHashMap<>();
        m.computeIfAbsent("ogrs3", k -> new LinkedHashMap<>())
                .put(Ogrs3.bundled().version(), Ogrs3.bundled());
        m.computeIfAbsent("ovp", k -> new LinkedHashMap<>()).put(Ovp.bundled().version(), Ovp.bundled());
        m.computeIfAbsent("ogp", k -> new LinkedHashMap<>()).put(Ogp.bundled().version(), Ogp.bundled());
        OspDc.bundledVersions()
                .forEach(v ->
                        m.computeIfAbsent("osp-dc", k -> new LinkedHashMap<>()).put(v.version(), v));
        OspIic.bundledVersions()
                .forEach(v ->
                        m.computeIfAbsent("osp-iic", k -> new LinkedHashMap<>()).put(v.version(), v));
        return m;
    }

    /** The bundled coefficients. Cheap: read and checked once per JVM. */
    public static Predictors bundled() {
        return BUNDLED;
    }

    /** The latest bundled version of the predictor called {@code name}, with OGRS3's conventions as given. */
    public static Optional<Predictor> bundled(String name, Ogrs3.Options ogrs3) {
        return BUNDLED.find(name, ogrs3);
    }

    /**
     * These predictors plus every coefficient file ({@code .yaml}, {@code .yml}, {@code .json}) in {@code directory}:
     * each names the predictor in its {@code id} and its {@code version}, and is checked against the form of that
     * predictor's bundled file.
     *
     * @throws InvalidInputException listing every problem in every file, or an {@code id@version} defined twice;
     *     nothing is added unless every file is valid
     */
    public Predictors withDirectory(Path directory) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        models.forEach((id, versions) -> found.put(id, new LinkedHashMap<>(versions)));
        List<Problem> problems = new ArrayList<>();
        List<Path> files = DataDirectory.files(directory);
        for (Path file : files) {
            String id = peekId(file);
            ReadResult<?> read = switch (id) {
                case "ogrs3" -> Ogrs3.check(file);
                case "ovp" -> Ovp.check(file);
                case "ogp" -> Ogp.check(file);
                case "osp-dc" -> OspDc.check(file);
                case "osp-iic" -> OspIic.check(file);
                default ->
                    new ReadResult<>(
                            file.toString(),
                            Optional.empty(),
                            List.of(new Problem(
                                    "/id",
                                    ProblemCode.INVALID_VALUE,
                                    "\"" + id + "\" is not one of: " + String.join(", ", NAMES)
                                            + Suggestions.hint(id, NAMES))));
            };
            read.problems().forEach(q -> problems.add(new Problem(q.pointer(), q.code(), file + ": " + q.message())));
            read.value().ifPresent(model -> {
                String version = version(model);
                if (found.computeIfAbsent(id, k -> new LinkedHashMap<>()).putIfAbsent(version, model) != null) {
                    problems.add(new Problem(
                            "/version",
                            ProblemCode.DUPLICATE_ID,
                            file + ": " + id + "@" + version + " is defined more than once"));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(directory.toString(), problems);
        }
        return new Predictors(found);
    }

    /**
     * The predictor named {@code nameOrRef}: {@code name@version} exactly, or the highest version of {@code name}
     * (comparing versions segment by segment), with OGRS3's conventions as {@code ogrs3} says.
     */
    public Optional<Predictor> find(String nameOrRef, Ogrs3.Options ogrs3) {
        String name = nameOrRef.contains("@") ? nameOrRef.substring(0, nameOrRef.indexOf('@')) : nameOrRef;
        Map<String, Object> versions = models.get(name);
        if (versions == null) {
            return Optional.empty();
        }
        Optional<Object> model = nameOrRef.contains("@")
                ? Optional.ofNullable(versions.get(nameOrRef.substring(nameOrRef.indexOf('@') + 1)))
                : versions.keySet().stream().max(Versions::compare).map(versions::get);
        return model.map(m -> bound(name, binding(name, m, ogrs3)));
    }

    private static Function<JsonCase, Prediction> binding(String name, Object model, Ogrs3.Options ogrs3) {
        return switch (name) {
            case "ogrs3" -> c -> ogrs3(c, (Ogrs3) model, ogrs3);
            case "ovp" -> c -> ovp(c, (Ovp) model);
            case "ogp" -> c -> ogp(c, (Ogp) model);
            case "osp-dc" -> c -> ospDc(c, (OspDc) model);
            default -> c -> ospIic(c, (OspIic) model);
        };
    }

    private static String version(Object model) {
        if (model instanceof Ogrs3 m) {
            return m.version();
        } else if (model instanceof Ovp m) {
            return m.version();
        } else if (model instanceof Ogp m) {
            return m.version();
        } else if (model instanceof OspDc m) {
            return m.version();
        }
        return ((OspIic) model).version();
    }

    // The file's "id", read loosely only to choose which form to check it against; the check itself is strict.
    private static String peekId(Path file) {
        try {
            return PEEK.readTree(file.toFile()).path("id").asText("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
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

    private static Prediction ogrs3(JsonCase c, Ogrs3 model, Ogrs3.Options options) {
        Ogrs3.Input input = new Ogrs3.Input(
                orMale(c.enumValue("sex", Sex.class)),
                c.text("offenceCategory"),
                c.integer("previousSanctions"),
                c.date("dateOfBirth"),
                c.date("currentConvictionDate"),
                c.date("firstSanctionDate"),
                c.date("assessmentDate"),
                c.optionalDate("followUpStartDate"));
        return guarded(c, input, i -> model.predict(i, options));
    }

    private static Prediction ovp(JsonCase c, Ovp model) {
        // OVP counts every sanction, the current one included: "totalSanctions". Its first name, "previousSanctions",
        // read like OGRS3's count of previous sanctions only, so it is still accepted but flagged.
        boolean deprecated = !c.has("totalSanctions") && c.has("previousSanctions");
        int total = deprecated ? c.integer("previousSanctions") : c.integer("totalSanctions");
        if (!deprecated) {
            c.optionalInteger("previousSanctions")
                    .ifPresent(p -> c.conflict(
                            "previousSanctions",
                            "give totalSanctions only (previousSanctions is its deprecated name)"));
        }
        Ovp.Input input = new Ovp.Input(
                orMale(c.enumValue("sex", Sex.class)),
                c.date("dateOfBirth"),
                c.date("followUpStartDate"),
                total,
                c.integer("violentSanctions"),
                c.bool("noFixedAbode"),
                c.bool("unemployed"),
                c.bool("doesNotRecogniseImpact"),
                c.integer("currentAlcoholMisuse"),
                c.integer("bingeDrinking"),
                c.bool("psychiatricTreatment"),
                c.integer("temperControl"),
                c.integer("proCriminalAttitudes"));
        Prediction p = guarded(c, input, model::predict);
        return p != null && deprecated
                ? p.withNote("previousSanctions is deprecated for OVP: it is the number of sanctions in total, the"
                        + " current one included; call it totalSanctions (OGRS3's previousSanctions leaves the current"
                        + " one out)")
                : p;
    }

    private static Prediction ogp(JsonCase c, Ogp model) {
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
        return guarded(c, input, model::predict);
    }

    private static Prediction ospDc(JsonCase c, OspDc model) {
        OspDc.Input input = new OspDc.Input(
                orMale(c.enumValue("sex", Sex.class)),
                c.date("dateOfBirth"),
                c.date("followUpStartDate"),
                c.optionalDate("lastSexualSanctionDate"),
                c.integer("adultContactSanctions"),
                c.integer("childContactSanctions"),
                c.integer("nonContactSanctions"),
                c.integer("otherSanctions"),
                c.optionalBool("strangerVictim"),
                c.bool("inCommunity"),
                c.integer("offenceFreeYears"));
        return guarded(c, input, model::predict);
    }

    private static Prediction ospIic(JsonCase c, OspIic model) {
        OspIic.Input input = new OspIic.Input(
                c.integer("sexualSanctions"),
                c.integer("iiocSanctions"),
                c.integer("childContactSanctions"),
                c.has("sex") ? Optional.ofNullable(c.enumValue("sex", Sex.class)) : c.absent("sex"));
        return guarded(c, input, model::predict);
    }

    // A placeholder only while fields are being read; a missing or bad sex is already a problem and nothing is
    // predicted.
    private static Sex orMale(Sex sex) {
        return sex == null ? Sex.MALE : sex;
    }
}
