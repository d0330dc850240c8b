package org.caseframe.planning.matrix;

import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.caseframe.planning.internal.CompiledRule;
import org.caseframe.planning.profile.Factor;

/**
 * Writes a policy as a DMN 1.3 decision model, so policy teams can open and evaluate the matrix in the DMN tools they
 * know. The model holds one input per {@link Factor} (named by its policy key; levels as strings, {@code UNKNOWN}
 * included, months as numbers, unknown months as null) and one decision table per decided output, each with hit
 * policy COLLECT and an aggregation that is exactly how {@link Matrix} combines matching rules:
 *
 * <ul>
 *   <li>{@value #NSD}: MAX of 1 (a rule places the case in NSD) and 0 (a rule keeps it out); NSD-managed when 1;
 *   <li>{@value #MAPPA_CATEGORY} and {@value #MAPPA_LEVEL}: MAX; {@value #MAPPA_REVIEW_MONTHS}: MIN; no MAPPA when
 *       null;
 *   <li>{@code control_TYPE}: MAX of the contacts a week the rule asks for (0 when it names none); the control
 *       applies when not null;
 *   <li>{@code intervention_TYPE}: MAX of 1; recommended when not null.
 * </ul>
 *
 * Each table row is one policy rule (its id is the row's description), with its conditions compiled as the matrix
 * compiles them, so both read a condition the same way. A table has rows only for the rules that contribute to its
 * output. Reasons and wording stay in the policy file; the DMN model carries the decisions.
 */
public final class DmnExport {
    private static final Factor[] FACTORS = Factor.values();

    /** The DMN 1.3 model namespace. */
    public static final String DMN13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    /** Decision name: NSD management (1 managed, 0 or null not). */
    public static final String NSD = "nsdManaged";

    /** Decision name: the MAPPA category. */
    public static final String MAPPA_CATEGORY = "mappaCategory";

    /** Decision name: the MAPPA level (null: not MAPPA-managed). */
    public static final String MAPPA_LEVEL = "mappaLevel";

    /** Decision name: months to the MAPPA review. */
    public static final String MAPPA_REVIEW_MONTHS = "mappaReviewMonths";

    private DmnExport() {}

    /** The decision name for a control. */
    public static String decisionName(ControlType type) {
        return "control_" + type.name();
    }

    /** The decision name for an intervention. */
    public static String decisionName(InterventionType type) {
        return "intervention_" + type.name();
    }

    /** The DMN XML of a policy that {@link Policies} has checked. */
    public static String toXml(Policy policy) {
        StringWriter out = new StringWriter();
        write(policy, out);
        return out.toString();
    }

    /** Writes the DMN XML of a policy, as UTF-8. */
    public static void write(Policy policy, OutputStream out) {
        try {
            out.write(toXml(policy).getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Policy policy, Writer out) {
        Matrix matrix = Matrix.compile(policy);
        List<Table> tables = tables(matrix);
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("definitions");
            x.writeDefaultNamespace(DMN13);
            x.writeAttribute("id", id("policy_" + policy.id()));
            x.writeAttribute("name", policy.title() + " (" + policy.ref() + ")");
            x.writeAttribute("namespace", "https://caseframe.org/dmn/policy/" + policy.id() + "/" + policy.version());
            x.writeCharacters("\n");
            element(
                    x,
                    "description",
                    "Exported by Caseframe from control and interventions policy " + policy.ref()
                            + ". Every table is hit policy COLLECT; each row is the policy rule named in its description.");
            for (Factor f : Factor.values()) {
                x.writeStartElement("inputData");
                x.writeAttribute("id", "input_" + f.key());
                x.writeAttribute("name", f.key());
                x.writeEmptyElement("variable");
                x.writeAttribute("id", "input_" + f.key() + "_variable");
                x.writeAttribute("name", f.key());
                x.writeAttribute("typeRef", typeRef(f));
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            for (Table t : tables) {
                t.write(x);
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the DMN model", e);
        }
    }

    private static List<Table> tables(Matrix matrix) {
        List<Table> tables = new ArrayList<>();
        tables.add(Table.of(
                matrix,
                NSD,
                "MAX",
                o -> o.nsd().map(n -> n.managed() ? "1" : "0").orElse(null)));
        tables.add(Table.of(
                matrix,
                MAPPA_CATEGORY,
                "MAX",
                o -> o.mappa().map(m -> String.valueOf(m.category())).orElse(null)));
        tables.add(Table.of(
                matrix,
                MAPPA_LEVEL,
                "MAX",
                o -> o.mappa().map(m -> String.valueOf(m.level())).orElse(null)));
        tables.add(Table.of(
                matrix,
                MAPPA_REVIEW_MONTHS,
                "MIN",
                o -> o.mappa().map(m -> String.valueOf(m.reviewMonths())).orElse(null)));
        for (ControlType type : matrix.policy().controlTypes()) {
            tables.add(Table.of(
                    matrix,
                    decisionName(type),
                    "MAX",
                    o -> o.controls().stream()
                            .filter(c -> c.type().equals(type))
                            .map(c -> c.perWeek().orElse(0))
                            .max(Integer::compare)
                            .map(String::valueOf)
                            .orElse(null)));
        }
        for (InterventionType type : matrix.policy().interventionTypes()) {
            tables.add(Table.of(
                    matrix, decisionName(type), "MAX", o -> o.interventions().contains(type) ? "1" : null));
        }
        return tables;
    }

    private static String typeRef(Factor f) {
        return f.numeric() ? "number" : "string";
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static String id(String text) {
        return text.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** One decision table: rows for the rules that contribute to its output. */
    private record Table(String name, String aggregation, List<CompiledRule> rules, List<String> outputs) {
        static Table of(Matrix matrix, String name, String aggregation, Function<Policy.Outcome, String> output) {
            List<CompiledRule> rules = new ArrayList<>();
            List<String> outputs = new ArrayList<>();
            for (CompiledRule r : matrix.rules()) {
                String value = output.apply(r.rule.then());
                if (value != null) {
                    rules.add(r);
                    outputs.add(value);
                }
            }
            return new Table(name, aggregation, rules, outputs);
        }

        void write(XMLStreamWriter x) throws XMLStreamException {
            x.writeStartElement("decision");
            x.writeAttribute("id", "decision_" + name);
            x.writeAttribute("name", name);
            x.writeCharacters("\n");
            x.writeEmptyElement("variable");
            x.writeAttribute("id", "decision_" + name + "_variable");
            x.writeAttribute("name", name);
            x.writeAttribute("typeRef", "number");
            x.writeCharacters("\n");
            for (Factor f : Factor.values()) {
                x.writeStartElement("informationRequirement");
                x.writeAttribute("id", "requires_" + name + "_" + f.key());
                x.writeEmptyElement("requiredInput");
                x.writeAttribute("href", "#input_" + f.key());
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeStartElement("decisionTable");
            x.writeAttribute("id", "table_" + name);
            x.writeAttribute("hitPolicy", "COLLECT");
            x.writeAttribute("aggregation", aggregation);
            x.writeCharacters("\n");
            for (Factor f : Factor.values()) {
                x.writeStartElement("input");
                x.writeAttribute("id", "table_" + name + "_in_" + f.key());
                x.writeAttribute("label", f.key());
                x.writeStartElement("inputExpression");
                x.writeAttribute("id", "table_" + name + "_expr_" + f.key());
                x.writeAttribute("typeRef", typeRef(f));
                element(x, "text", f.key());
                x.writeEndElement();
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEmptyElement("output");
            x.writeAttribute("id", "table_" + name + "_out");
            x.writeAttribute("name", name);
            x.writeAttribute("typeRef", "number");
            x.writeCharacters("\n");
            for (int i = 0; i < rules.size(); i++) {
                CompiledRule r = rules.get(i);
                x.writeStartElement("rule");
                x.writeAttribute("id", id("table_" + name + "_rule_" + r.rule.id()));
                element(x, "description", r.rule.id());
                String[] tests = unaryTests(r);
                Factor[] factors = Factor.values();
                for (int f = 0; f < factors.length; f++) {
                    x.writeStartElement("inputEntry");
                    x.writeAttribute("id", id("table_" + name + "_rule_" + r.rule.id() + "_" + factors[f].key()));
                    element(x, "text", tests[f]);
                    x.writeEndElement();
                }
                x.writeStartElement("outputEntry");
                x.writeAttribute("id", id("table_" + name + "_rule_" + r.rule.id() + "_out"));
                element(x, "text", outputs.get(i));
                x.writeEndElement();
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeCharacters("\n");
        }
    }

    /** The FEEL unary test for one compiled condition. */
    static String unaryTest(Factor f, long mask, int min, int max) {
        if (f.numeric()) {
            if (min == -1 && max == 0) {
                return "null";
            }
            if (min == -1) {
                return "null," + (max == Integer.MAX_VALUE ? ">= 0" : "[0.." + max + ")");
            }
            if (max == Integer.MAX_VALUE) {
                return ">= " + min;
            }
            return "[" + min + ".." + max + ")";
        }
        List<String> values = new ArrayList<>();
        if ((mask & 1L) != 0) {
            values.add("\"" + Factor.UNKNOWN + "\"");
        }
        for (int i = 0; i < f.levels().size(); i++) {
            if (((mask >>> (i + 1)) & 1L) != 0) {
                values.add("\"" + f.levels().get(i).toUpperCase(Locale.ROOT) + "\"");
            }
        }
        return String.join(",", values);
    }

    /** The FEEL unary test for each factor, in {@link Factor} order; {@code -} where the rule has no condition. */
    private static String[] unaryTests(CompiledRule rule) {
        String[] tests = new String[FACTORS.length];
        java.util.Arrays.fill(tests, "-");
        for (int i = 0; i < rule.factors.length; i++) {
            tests[rule.factors[i]] = unaryTest(FACTORS[rule.factors[i]], rule.masks[i], rule.min[i], rule.max[i]);
        }
        return tests;
    }
}
