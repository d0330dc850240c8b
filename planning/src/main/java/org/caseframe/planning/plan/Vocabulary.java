package org.caseframe.planning.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.caseframe.core.io.DocumentReader;
import org.caseframe.core.io.Format;
import org.caseframe.core.io.ReadLimits;
import org.caseframe.core.model.Citation;

/**
 * The words a person sees for every code a plan holds, as data ({@code vocabulary-1.0.yaml}): controls, interventions,
 * transitions, enquiries, owners, statuses, severities, findings, contact kinds, evidence sources and what-if changes,
 * each with a label and a plain-language description. Reports and plan messages show the label; codes stay in the plan
 * JSON for machines. Immutable and thread-safe.
 *
 * @param id identifier
 * @param version version
 * @param sources what it rests on
 * @param terms by kind (e.g. {@code control}), then by code
 */
public record Vocabulary(String id, String version, List<Citation> sources, Map<String, Map<String, Term>> terms) {
    /** The kinds of code the vocabulary holds. */
    public static final List<String> KINDS = List.of(
            "control",
            "intervention",
            "transition",
            "enquiry",
            "owner",
            "status",
            "severity",
            "finding",
            "contact",
            "source",
            "cohort",
            "assessmentStatus",
            "nameUse",
            "roshGroup",
            "change");

    public Vocabulary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        sources = sources == null ? List.of() : List.copyOf(sources);
        Map<String, Map<String, Term>> copy = new LinkedHashMap<>();
        if (terms != null) {
            terms.forEach((kind, byCode) -> {
                if (!KINDS.contains(kind)) {
                    throw new IllegalArgumentException(
                            "\"" + kind + "\" is not a kind of term; expected one of " + KINDS);
                }
                copy.put(kind, Collections.unmodifiableMap(new LinkedHashMap<>(byCode)));
            });
        }
        terms = Collections.unmodifiableMap(copy);
    }

    /**
     * One code's words.
     *
     * @param label a short name, e.g. "Electronic monitoring"
     * @param description a sentence saying what it is
     * @param owner for a control, who sees that it is carried out (an owner code), if said
     */
    public record Term(String label, String description, Optional<String> owner) {
        public Term {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(description, "description");
            owner = owner == null ? Optional.empty() : owner;
        }
    }

    /** Who owns a control of this code, in words, if the vocabulary says. */
    public Optional<String> owner(String controlCode) {
        return term("control", controlCode).flatMap(Term::owner).map(o -> label("owner", o));
    }

    /** The bundled vocabulary. Cheap: read once per JVM. */
    public static Vocabulary bundled() {
        return Bundled.VOCABULARY;
    }

    private static final class Bundled {
        static final Vocabulary VOCABULARY = read();
    }

    private static Vocabulary read() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("/org/caseframe/planning/vocabulary-1.0.yaml")) {
            return DocumentReader.ofRecord(Vocabulary.class, x -> List.of(), ReadLimits.DEFAULT)
                    .check(in, Format.YAML, "vocabulary-1.0.yaml")
                    .orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words for {@code code} of {@code kind}, if the vocabulary has them. */
    public Optional<Term> term(String kind, String code) {
        return Optional.ofNullable(terms.getOrDefault(kind, Map.of()).get(code));
    }

    /**
     * The label of {@code code} of {@code kind}. A code the vocabulary lacks (a defect the vocabulary test guards
     * against, or a code from a newer file) is still shown in words: lower case, underscores as spaces.
     */
    public String label(String kind, String code) {
        return term(kind, code).map(Term::label).orElseGet(() -> words(code));
    }

    /** The label of a code held as a constant (an enum constant's name, or a control or intervention's code). */
    public String label(String kind, Object code) {
        return label(kind, code instanceof Enum<?> e ? e.name() : code.toString());
    }

    /** The codes of {@code kind}, in the file's order. */
    public List<String> codes(String kind) {
        return List.copyOf(terms.getOrDefault(kind, Map.of()).keySet());
    }

    /**
     * This vocabulary with {@code more} terms added after its own, by kind then code (a policy's own controls and
     * interventions). A code this vocabulary already has keeps its words here; {@code Policies} reports such a
     * clash as a problem.
     */
    public Vocabulary with(Map<String, Map<String, Term>> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, Map<String, Term>> merged = new LinkedHashMap<>();
        terms.forEach((kind, byCode) -> merged.put(kind, new LinkedHashMap<>(byCode)));
        more.forEach((kind, byCode) -> byCode.forEach((code, term) ->
                merged.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putIfAbsent(code, term)));
        return new Vocabulary(id, version, sources, merged);
    }

    /** The description of {@code code} of {@code kind}, or empty. */
    public String description(String kind, String code) {
        return term(kind, code).map(Term::description).orElse("");
    }

    /** An out-of-date enquiry as a checkpoint lists it ("KIND (made DATE)"), in words. */
    public String enquiryMade(String outOfDate) {
        int space = outOfDate.indexOf(' ');
        return space < 0
                ? label("enquiry", outOfDate)
                : label("enquiry", outOfDate.substring(0, space)) + outOfDate.substring(space);
    }

    private static String words(String code) {
        String w = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
