package org.caseframe.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.io.DocumentReader;
import org.caseframe.core.io.Format;
import org.caseframe.core.io.Json;
import org.caseframe.core.io.ReadLimits;
import org.caseframe.core.model.Audience;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.HandlingRestriction;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.SentencePlanner;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.ReportKind;
import org.junit.jupiter.api.Test;

/**
 * Need to know, proved from the case format itself: the property walks the case-file JSON Schema and plants a unique
 * canary in every free-text string field it has (adding optional fields and array items the sample lacks), so a field
 * added to the format later is covered without touching this test; a field it cannot fill fails the coverage check
 * by name. Each example gives the evidence random markings and handling, and every piece of narrative a random stated
 * marking and handling, then renders every report kind for audiences as PDF (page text, XMP metadata, bookmarks, alt
 * text and every other string object) and HTML, and writes the plan JSON. No canary may appear where its audience may
 * not see it, and the banner is never below anything included.
 *
 * <p>What the audience may see is worked out here, from the rules as written, not from the library's code: text in
 * an object that carries a marking is marked at least as high as its stated marking and every evidence item it cites,
 * with every handling restriction of both; narrative in an assessment that cites nothing of its own counts as written
 * from all the evidence that assessment cites; a sanitised version has its own marking; strings in objects with no
 * marking (names, roles, the sentence) are OFFICIAL.
 */
class CanaryProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final JsonNode SCHEMA = schema();
    private static final SentencePlanner PLANNER = SentencePlanner.bundled();

    /** Where a canary was planted: the object holding it and what the rules say about that object. */
    record Planted(
            String canary,
            String objectPointer,
            String field,
            boolean marked,
            boolean sanitised,
            boolean textOnlySection,
            String schemaLocation) {}

    /** A case with a canary in every free-text field, the canaries, and the schema locations they cover. */
    record Canaried(ObjectNode tree, List<Planted> planted, Set<String> covered) {}

    private static JsonNode schema() {
        try (InputStream in = CaseFiles.schema()) {
            return JSON.readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- planting ---------------------------------------------------------------------------------------------------

    static Canaried canaried() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(CaseFiles.toJson(FormulationReportTest.SAMPLE));
        // One formulation section in the older form, text alone, so that form is covered too.
        ObjectNode formulation = (ObjectNode) tree.at("/assessments/0/formulation");
        formulation.set("FUNCTION", formulation.path("FUNCTION").path("text"));
        List<Planted> planted = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        plant(SCHEMA, tree, "", "#", planted, covered, false);
        return new Canaried(tree, planted, covered);
    }

    private static JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = SCHEMA.at(node.path("$ref").asText().substring(1));
        }
        return node;
    }

    private static String location(JsonNode node, String fallback) {
        return node.has("$ref") ? node.path("$ref").asText() : fallback;
    }

    /** Free text: a string with no enum, format or pattern other than "not blank". */
    static boolean freeText(JsonNode schema) {
        JsonNode s = resolve(schema);
        return "string".equals(s.path("type").asText())
                && !s.has("enum")
                && !s.has("format")
                && (!s.has("pattern") || s.path("pattern").asText().equals("\\S"));
    }

    private static void plant(
            JsonNode schema,
            JsonNode instance,
            String pointer,
            String where,
            List<Planted> planted,
            Set<String> covered,
            boolean sanitised) {
        JsonNode s = resolve(schema);
        where = location(schema, where);
        if (s.has("oneOf")) {
            for (int i = 0; i < s.path("oneOf").size(); i++) {
                JsonNode alternative = resolve(s.path("oneOf").get(i));
                if (alternative.has("properties") == instance.isObject()) {
                    plant(
                            s.path("oneOf").get(i),
                            instance,
                            pointer,
                            where + "/oneOf/" + i,
                            planted,
                            covered,
                            sanitised);
                    return;
                }
            }
            return;
        }
        if (instance.isObject() && s.has("properties")) {
            ObjectNode object = (ObjectNode) instance;
            boolean marked = s.path("properties").has("marking")
                    || s.path("properties").has("rationaleMarking")
                    || s.path("properties").has("noteMarking");
            Iterator<Map.Entry<String, JsonNode>> properties =
                    s.path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> p = properties.next();
                String field = p.getKey();
                String at = where + "/properties/" + field;
                JsonNode property = resolve(p.getValue());
                if (freeText(p.getValue())) {
                    String canary = canary(planted.size());
                    object.put(field, canary);
                    planted.add(new Planted(canary, pointer, field, marked, sanitised, false, at));
                    covered.add(at);
                } else if (object.has(field)) {
                    plant(
                            p.getValue(),
                            object.get(field),
                            pointer + "/" + field,
                            at,
                            planted,
                            covered,
                            field.startsWith("sanitised"));
                } else if (containsFreeText(property, new HashSet<>())) {
                    JsonNode made = make(p.getValue(), at);
                    if (made != null) {
                        object.set(field, made);
                        plant(
                                p.getValue(),
                                made,
                                pointer + "/" + field,
                                at,
                                planted,
                                covered,
                                field.startsWith("sanitised"));
                    }
                }
            }
            return;
        }
        if (instance.isObject() && s.path("additionalProperties").isObject()) {
            Iterator<Map.Entry<String, JsonNode>> entries = instance.fields();
            List<String> keys = new ArrayList<>();
            entries.forEachRemaining(e -> keys.add(e.getKey()));
            for (String key : keys) {
                JsonNode value = instance.get(key);
                String at = where + "/additionalProperties";
                if (value.isTextual() && freeText(s.path("additionalProperties"))
                        || value.isTextual()
                                && resolve(s.path("additionalProperties")).has("oneOf")) {
                    String canary = canary(planted.size());
                    ((ObjectNode) instance).put(key, canary);
                    String textForm = location(s.path("additionalProperties"), at) + "/oneOf/0";
                    planted.add(new Planted(canary, pointer, key, false, false, true, textForm));
                    covered.add(textForm);
                } else {
                    plant(s.path("additionalProperties"), value, pointer + "/" + key, at, planted, covered, false);
                }
            }
            return;
        }
        if (instance.isArray() && s.has("items")) {
            for (int i = 0; i < instance.size(); i++) {
                plant(
                        s.path("items"),
                        instance.get(i),
                        pointer + "/" + i,
                        where + "/items",
                        planted,
                        covered,
                        sanitised);
            }
        }
    }

    private static String canary(int n) {
        return String.format("Qz%05dCanaryJx", n);
    }

    /** Whether a schema holds free text anywhere below it. */
    private static boolean containsFreeText(JsonNode schema, Set<String> seen) {
        JsonNode s = resolve(schema);
        if (freeText(s)) {
            return true;
        }
        if (!seen.add(s.toString())) {
            return false;
        }
        List<JsonNode> below = new ArrayList<>();
        s.path("properties").forEach(below::add);
        s.path("oneOf").forEach(below::add);
        if (s.path("items").isObject()) {
            below.add(s.path("items"));
        }
        if (s.path("additionalProperties").isObject()) {
            below.add(s.path("additionalProperties"));
        }
        for (JsonNode b : below) {
            if (containsFreeText(b, seen)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The smallest instance of a schema: required properties only, one item in an array. Returns null for a value
     * this generator cannot make (a pattern it does not know), so the coverage check names the field instead.
     */
    static JsonNode make(JsonNode schema, String where) {
        JsonNode s = resolve(schema);
        if (s.has("enum")) {
            return s.path("enum").get(0);
        }
        if (s.has("oneOf")) {
            return make(s.path("oneOf").get(s.path("oneOf").size() - 1), where);
        }
        String type = s.path("type").asText();
        switch (type) {
            case "string" -> {
                if (s.path("format").asText().equals("date")) {
                    return TextNode.valueOf("2024-01-01");
                }
                if (s.path("format").asText().equals("date-time")) {
                    return TextNode.valueOf("2024-01-01T00:00:00Z");
                }
                if (!s.has("pattern") || s.path("pattern").asText().equals("\\S")) {
                    return TextNode.valueOf("text");
                }
                return switch (s.path("pattern").asText()) {
                    case "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" -> TextNode.valueOf("X1");
                    case "^[0-9a-f]{64}$" -> TextNode.valueOf("0".repeat(64));
                    default -> null;
                };
            }
            case "integer" -> {
                return JSON.getNodeFactory()
                        .numberNode(Math.max(1, s.path("minimum").asInt(1)));
            }
            case "boolean" -> {
                return JSON.getNodeFactory().booleanNode(false);
            }
            case "array" -> {
                ArrayNode array = JSON.createArrayNode();
                JsonNode item = make(s.path("items"), where + "/items");
                if (item == null) {
                    return null;
                }
                array.add(item);
                return array;
            }
            case "object" -> {
                ObjectNode object = JSON.createObjectNode();
                for (JsonNode required : s.path("required")) {
                    JsonNode value = make(s.path("properties").path(required.asText()), where);
                    if (value == null) {
                        return null;
                    }
                    object.set(required.asText(), value);
                }
                return object;
            }
            default -> {
                return null;
            }
        }
    }

    /** Every free-text location the schema has, walked from its root, as planting names them. */
    static Set<String> freeTextLocations() {
        Set<String> out = new TreeSet<>();
        walk(SCHEMA, "#", out, new HashSet<>());
        return out;
    }

    private static void walk(JsonNode schema, String where, Set<String> out, Set<String> seen) {
        JsonNode s = resolve(schema);
        where = location(schema, where);
        if (!seen.add(where)) {
            return;
        }
        for (int i = 0; i < s.path("oneOf").size(); i++) {
            JsonNode alternative = s.path("oneOf").get(i);
            if (freeText(alternative)) {
                out.add(where + "/oneOf/" + i);
            } else {
                walk(alternative, where + "/oneOf/" + i, out, seen);
            }
        }
        Iterator<Map.Entry<String, JsonNode>> properties = s.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> p = properties.next();
            String at = where + "/properties/" + p.getKey();
            if (freeText(p.getValue())) {
                out.add(at);
            } else {
                walk(p.getValue(), at, out, seen);
            }
        }
        if (s.path("items").isObject()) {
            walk(s.path("items"), where + "/items", out, seen);
        }
        if (s.path("additionalProperties").isObject()) {
            walk(s.path("additionalProperties"), where + "/additionalProperties", out, seen);
        }
    }

    // ---- random markings --------------------------------------------------------------------------------------------

    /**
     * Gives every object whose schema has a marking (evidence, narrative, sanitised versions, log records) a random
     * marking and handling, leaving out those that are optional a third of the time. Driven by the schema, so a
     * narrative type added later is remarked too.
     */
    static void remark(JsonNode schema, JsonNode instance, Random random) {
        JsonNode s = resolve(schema);
        if (s.has("oneOf")) {
            for (JsonNode alternative : s.path("oneOf")) {
                if (resolve(alternative).has("properties") == instance.isObject()) {
                    remark(alternative, instance, random);
                }
            }
            return;
        }
        if (instance.isObject() && s.has("properties")) {
            ObjectNode o = (ObjectNode) instance;
            Set<String> required = new HashSet<>();
            s.path("required").forEach(r -> required.add(r.asText()));
            for (String field : List.of("marking", "rationaleMarking", "noteMarking")) {
                if (!s.path("properties").has(field)) {
                    continue;
                }
                if (!required.contains(field) && random.nextInt(3) == 0) {
                    o.remove(field);
                } else {
                    o.put(field, ProtectiveMarking.values()[random.nextInt(4)].name());
                }
                String handling = field.replace("Marking", "Handling").replace("marking", "handling");
                if (random.nextInt(3) == 0) {
                    o.put(
                            handling,
                            HandlingRestriction.values()[random.nextInt(HandlingRestriction.values().length)].name());
                } else {
                    o.remove(handling);
                }
            }
            s.path("properties").fields().forEachRemaining(p -> {
                if (o.has(p.getKey())) {
                    remark(p.getValue(), o.get(p.getKey()), random);
                }
            });
        } else if (instance.isObject() && s.path("additionalProperties").isObject()) {
            instance.forEach(v -> remark(s.path("additionalProperties"), v, random));
        } else if (instance.isArray() && s.has("items")) {
            instance.forEach(v -> remark(s.path("items"), v, random));
        }
    }

    // ---- the oracle -------------------------------------------------------------------------------------------------

    /** The marking the rules give a canary's text, and its handling restrictions. */
    record Oracle(ProtectiveMarking marking, Set<HandlingRestriction> handling) {
        boolean visibleTo(Audience audience) {
            return audience.clearance().covers(marking)
                    && audience.permittedRestrictions().containsAll(handling);
        }
    }

    static Oracle oracle(ObjectNode tree, Planted p) {
        JsonNode object = tree.at(p.objectPointer());
        ProtectiveMarking marking = ProtectiveMarking.OFFICIAL;
        Set<HandlingRestriction> handling = EnumSet.noneOf(HandlingRestriction.class);
        List<String> cites = new ArrayList<>();
        if (p.textOnlySection()) {
            cites.addAll(assessmentEvidence(tree, p.objectPointer()));
        } else if (p.sanitised() || p.marked()) {
            String own = object.has(p.field() + "Marking") ? p.field() + "Marking" : "marking";
            String ownHandling = object.has(p.field() + "Handling") ? p.field() + "Handling" : "handling";
            if (object.has(own)) {
                marking = ProtectiveMarking.valueOf(object.path(own).asText());
            }
            if (object.has(ownHandling)) {
                handling.add(
                        HandlingRestriction.valueOf(object.path(ownHandling).asText()));
            }
            if (!p.sanitised()) {
                if (object.path("evidence").size() > 0) {
                    object.path("evidence").forEach(e -> cites.add(e.asText()));
                } else if (p.objectPointer().matches("^/assessments/\\d+/.+")) {
                    cites.addAll(assessmentEvidence(tree, p.objectPointer()));
                }
            }
        }
        for (String id : cites) {
            for (JsonNode e : tree.path("evidence")) {
                if (e.path("id").asText().equals(id)) {
                    ProtectiveMarking m =
                            ProtectiveMarking.valueOf(e.path("marking").asText());
                    marking = ProtectiveMarking.highest(marking, m);
                    if (e.has("handling")) {
                        handling.add(
                                HandlingRestriction.valueOf(e.path("handling").asText()));
                    }
                }
            }
        }
        return new Oracle(marking, handling);
    }

    private static Set<String> assessmentEvidence(ObjectNode tree, String pointer) {
        String assessment = pointer.replaceAll("^(/assessments/\\d+).*$", "$1");
        Set<String> ids = new LinkedHashSet<>();
        collectEvidence(tree.at(assessment), ids);
        return ids;
    }

    private static void collectEvidence(JsonNode node, Set<String> ids) {
        if (node.isObject()) {
            node.path("evidence").forEach(e -> ids.add(e.asText()));
            node.forEach(n -> collectEvidence(n, ids));
        } else if (node.isArray()) {
            node.forEach(n -> collectEvidence(n, ids));
        }
    }

    // ---- outputs ----------------------------------------------------------------------------------------------------

    /** One rendered output: what it is, its banner marking (empty for plan JSON) and all its text. */
    record Output(String what, String banner, String text) {}

    static CaseFile bind(ObjectNode tree) throws Exception {
        try (InputStream schema = CaseFiles.schema()) {
            return DocumentReader.of(
                            CaseFile.class,
                            schema,
                            x -> List.<org.caseframe.core.validation.Problem>of(),
                            ReadLimits.DEFAULT)
                    .check(new ByteArrayInputStream(JSON.writeValueAsBytes(tree)), Format.JSON, "canaried case")
                    .orThrow();
        }
    }

    static List<Output> outputs(CaseFile caseFile, ReportAudience audience) throws Exception {
        AssessedCase assessed = AssessedCase.of(caseFile, FormulationReportTest.CATALOGUE, AS_OF);
        SentencePlan plan =
                PLANNER.plan(assessed, Policies.bundled("responsive").orElseThrow());
        List<Output> out = new ArrayList<>();
        for (ReportKind kind : ReportKind.values()) {
            ReportKind.View view =
                    kind.view(assessed, () -> plan, audience.audience()).orElseThrow();
            out.addAll(rendered(kind.template(), view.model(), view.marking()));
        }
        out.add(new Output("plan JSON", "", Json.pretty(plan)));
        return out;
    }

    static List<Output> rendered(String template, Object view, String banner) throws Exception {
        byte[] pdf = FormulationReportTest.RENDERER.pdf(template, view, FormulationReportTest.DATE);
        String html = FormulationReportTest.RENDERER.html(template, view);
        return List.of(
                new Output(template + " PDF", banner, pdfText(pdf)), new Output(template + " HTML", banner, html));
    }

    /** The page text and every string object of a PDF (XMP metadata, bookmarks, alt text, document info). */
    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder b = new StringBuilder(new PDFTextStripper().getText(doc));
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                COSObject object = doc.getDocument().getObjectFromPool(key);
                strings(object.getObject(), b, new HashSet<>());
            }
            return b.toString();
        }
    }

    private static void strings(COSBase base, StringBuilder b, Set<COSBase> seen) throws Exception {
        if (base == null || !seen.add(base)) {
            return;
        }
        if (base instanceof COSString s) {
            b.append('\n').append(s.getString());
        } else if (base instanceof COSStream stream && COSName.METADATA.equals(stream.getCOSName(COSName.TYPE))) {
            try (InputStream in = stream.createInputStream()) {
                b.append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } else if (base instanceof COSDictionary d) {
            for (COSBase v : d.getValues()) {
                strings(v instanceof COSObject o ? o.getObject() : v, b, seen);
            }
        } else if (base instanceof COSArray a) {
            for (COSBase v : a) {
                strings(v instanceof COSObject o ? o.getObject() : v, b, seen);
            }
        }
    }

    /**
     * Every canary that {@code audience} may not see and that appears in an output, and every output whose banner is
     * below a canary it includes; empty when need to know holds.
     */
    static List<String> leaks(ObjectNode tree, List<Planted> planted, ReportAudience audience, List<Output> outputs) {
        List<String> leaks = new ArrayList<>();
        for (Output o : outputs) {
            // Lines may break inside a canary in a narrow cell: compare without whitespace.
            String text = o.text().replaceAll("\\s+", "");
            for (Planted p : planted) {
                if (!text.contains(p.canary())) {
                    continue;
                }
                Oracle oracle = oracle(tree, p);
                if (!oracle.visibleTo(audience.audience())) {
                    leaks.add(audience + " " + o.what() + " shows " + p.objectPointer() + "/" + p.field() + " ("
                            + oracle.marking().label() + " " + oracle.handling() + ")");
                } else if (!o.banner().isEmpty() && !banner(o.banner()).covers(oracle.marking())) {
                    leaks.add(o.what() + " for " + audience + " is marked " + o.banner() + " but includes "
                            + p.objectPointer() + "/" + p.field() + " ("
                            + oracle.marking().label() + ")");
                }
            }
        }
        return leaks;
    }

    private static ProtectiveMarking banner(String label) {
        for (ProtectiveMarking m : ProtectiveMarking.values()) {
            if (m.label().equals(label)) {
                return m;
            }
        }
        throw new AssertionError("no marking is labelled " + label);
    }

    // ---- the properties ---------------------------------------------------------------------------------------------

    @Test
    void everyFreeTextFieldOfTheFormatGetsACanary() throws Exception {
        Canaried c = canaried();

        assertThat(c.covered())
                .as("free-text fields of the case format with no canary: add an instance to the sample or teach"
                        + " make() its pattern")
                .containsAll(freeTextLocations());
        assertThat(bind(c.tree())).isNotNull();
    }

    @Test
    void noAudienceSeesACanaryItMayNotAndNoBannerIsBelowWhatItIncludes() throws Exception {
        Canaried c = canaried();
        qt().withExamples(12)
                .forAll(longs().all(), integers().between(0, ReportAudience.values().length - 1))
                .checkAssert((seed, which) -> {
                    try {
                        ObjectNode tree = c.tree().deepCopy();
                        remark(SCHEMA, tree, new Random(seed));
                        ReportAudience audience = ReportAudience.values()[which];
                        assertThat(leaks(tree, c.planted(), audience, outputs(bind(tree), audience)))
                                .isEmpty();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void everyAudienceOnTheSampleMarkings() throws Exception {
        Canaried c = canaried();
        Map<ReportAudience, Integer> seen = new LinkedHashMap<>();
        for (ReportAudience audience : ReportAudience.values()) {
            List<Output> outputs = outputs(bind(c.tree()), audience);
            assertThat(leaks(c.tree(), c.planted(), audience, outputs)).isEmpty();
            String all = String.join(
                    "",
                    outputs.stream().map(o -> o.text().replaceAll("\\s+", "")).toList());
            seen.put(audience, (int)
                    c.planted().stream().filter(p -> all.contains(p.canary())).count());
        }
        // Not vacuous: canaries do reach documents, and more of them reach the NSD manager than the POM.
        assertThat(seen.get(ReportAudience.POM)).isPositive();
        assertThat(seen.get(ReportAudience.NSD_MANAGER)).isGreaterThan(seen.get(ReportAudience.POM));
    }

    @Test
    void aPlantedLeakIsFound() throws Exception {
        Canaried c = canaried();
        CaseFile caseFile = bind(c.tree());
        AssessedCase assessed = AssessedCase.of(caseFile, FormulationReportTest.CATALOGUE, AS_OF);
        // A view built for the NSD manager and handed to the POM, as a view that skipped the redaction stage would.
        ReportKind.View unredacted = ReportKind.FORMULATION
                .view(assessed, () -> null, ReportAudience.NSD_MANAGER.audience())
                .orElseThrow();
        List<Output> leaked = rendered("formulation", unredacted.model(), "OFFICIAL-SENSITIVE");

        List<String> leaks = leaks(c.tree(), c.planted(), ReportAudience.POM, leaked);

        assertThat(leaks).isNotEmpty().anyMatch(l -> l.contains("/assessments/0/ratings/F20/rationale"));
    }
}
