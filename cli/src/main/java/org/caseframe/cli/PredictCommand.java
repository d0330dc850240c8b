package org.caseframe.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.caseframe.Caseframe;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;
import org.caseframe.instruments.predictors.Ogrs3;
import org.caseframe.instruments.predictors.Prediction;
import org.caseframe.instruments.predictors.Predictor;
import org.caseframe.instruments.predictors.Term;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code caseframe predict NAME}: runs an actuarial predictor over JSON Lines on standard input. */
@Command(
        name = "predict",
        description = {
            "Run an actuarial predictor (ogrs3, ovp, ogp, osp-dc, osp-iic) over JSON Lines on standard input: one case"
                    + " per line in, one JSON result per line out. The fields of each predictor are in the README.",
            "A bad line gives {\"line\": N, \"errors\": [...]} and processing continues; the exit code is 2 if any"
                    + " line was bad."
        })
final class PredictCommand implements Callable<Integer> {
    /** The longest line read, in bytes; longer lines are reported and skipped, so memory stays bounded. */
    static final int MAX_LINE_BYTES = 64 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    static {
        JSON.getFactory()
                .setStreamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(16).build());
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    CaseframeCli root;

    @Parameters(index = "0", paramLabel = "NAME", description = "ogrs3, ovp, ogp, osp-dc or osp-iic")
    String name;

    @Option(names = "--explain", description = "Add the model version and each term's contribution to every result.")
    boolean explain;

    @Option(
            names = "--ogrs3-age-at",
            paramLabel = "ANCHOR",
            description = "OGRS3 only: take age at ASSESSMENT_DATE (default, as the reference fixtures) or at"
                    + " START_OF_FOLLOW_UP (needs followUpStartDate).")
    Ogrs3.AgeAnchor ageAnchor = Ogrs3.AgeAnchor.ASSESSMENT_DATE;

    @Option(names = "--ogrs3-no-cap", description = "OGRS3 only: do not cap previous sanctions at 50.")
    boolean noCap;

    @Override
    public Integer call() throws IOException {
        Predictor predictor = Caseframe.bundled()
                .predictor(name, new Ogrs3.Options(ageAnchor, !noCap))
                .orElseThrow(() -> new picocli.CommandLine.ParameterException(
                        spec.commandLine(),
                        "unknown predictor '" + name + "'; expected one of: "
                                + String.join(", ", Caseframe.predictors())));
        PrintWriter out = spec.commandLine().getOut();
        boolean anyBad = false;
        LineReader lines = new LineReader(root.stdin, MAX_LINE_BYTES);
        Optional<String> encoding = lines.otherEncoding();
        if (encoding.isPresent()) {
            spec.commandLine()
                    .getErr()
                    .println("/: standard input is encoded as " + encoding.get() + "; predict reads UTF-8 (convert it,"
                            + " e.g. with iconv -t UTF-8)");
            return CaseframeCli.INVALID_INPUT;
        }
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            ObjectNode result = line.problem().isPresent()
                    ? errors(line.number(), List.of(line.problem().get()))
                    : evaluate(line.number(), line.text(), predictor);
            anyBad |= result.has("errors");
            out.println(JSON.writeValueAsString(result));
        }
        out.flush();
        return anyBad ? CaseframeCli.INVALID_INPUT : 0;
    }

    /** The line's one JSON object: a blank line, text after the object or a second value is a problem. */
    private static JsonNode oneObject(String text) throws JsonProcessingException, IOException {
        if (text.isBlank()) {
            throw new LineProblem("the line is blank; each line holds one JSON object");
        }
        try (JsonParser parser = JSON.getFactory().createParser(text)) {
            JsonNode node = JSON.readTree(parser);
            if (node == null || !node.isObject()) {
                throw new LineProblem("expected one JSON object on the line, found "
                        + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
            }
            if (parser.nextToken() != null) {
                throw new LineProblem("more on the line after the JSON object (at column "
                        + parser.currentTokenLocation().getColumnNr() + "); each line holds exactly one JSON object");
            }
            return node;
        }
    }

    /** Why a line is not one JSON object. */
    private static final class LineProblem extends IOException {
        LineProblem(String message) {
            super(message);
        }
    }

    private ObjectNode evaluate(long number, String text, Predictor predictor) {
        JsonNode node;
        try {
            node = oneObject(text);
        } catch (LineProblem e) {
            return errors(number, List.of(new Problem("", ProblemCode.SYNTAX, e.getMessage())));
        } catch (JsonProcessingException e) {
            return errors(
                    number, List.of(new Problem("", ProblemCode.SYNTAX, "not valid JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            return errors(number, List.of(new Problem("", ProblemCode.SYNTAX, "not valid JSON: " + e.getMessage())));
        }
        try {
            return result(predictor.predict(node));
        } catch (InvalidInputException e) {
            return errors(number, e.problems());
        }
    }

    private ObjectNode result(Prediction p) {
        ObjectNode o = JSON.createObjectNode();
        p.oneYear().ifPresent(v -> o.put("oneYear", v));
        p.twoYear().ifPresent(v -> o.put("twoYear", v));
        p.probability().ifPresent(v -> o.put("probability", v));
        p.points().ifPresent(v -> o.put("points", v));
        o.put("band", p.band().name());
        if (!p.notes().isEmpty()) {
            ArrayNode notes = o.putArray("notes");
            p.notes().forEach(notes::add);
        }
        if (explain) {
            o.put("model", p.model());
            ArrayNode terms = o.putArray("terms");
            for (Term t : p.terms()) {
                terms.addObject().put("name", t.name()).put("basis", t.basis()).put("value", t.value());
            }
        }
        return o;
    }

    private static ObjectNode errors(long line, List<Problem> problems) {
        ObjectNode o = JSON.createObjectNode();
        o.put("line", line);
        ArrayNode errors = o.putArray("errors");
        for (Problem p : problems) {
            errors.addObject()
                    .put("pointer", p.pointer())
                    .put("code", p.code().code())
                    .put("message", p.message());
        }
        return o;
    }
}
