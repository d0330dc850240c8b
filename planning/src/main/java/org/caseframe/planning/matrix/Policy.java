package org.caseframe.planning.matrix;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.caseframe.core.model.Citation;
import org.caseframe.planning.plan.Vocabulary;

/**
 * A versioned control and interventions policy: named thresholds and rules from risk-profile conditions to controls,
 * interventions, NSD management and MAPPA. Read and checked by {@link Policies}; evaluated by {@link Matrix}.
 *
 * @param id stable identifier, e.g. {@code responsive}
 * @param version version of this policy
 * @param title human title
 * @param effectiveFrom the date it takes effect
 * @param sources what it rests on
 * @param thresholds named numbers (months) rules refer to as {@code $name}
 * @param rules the rules, in order; every rule that matches contributes
 * @param vocabulary the controls and interventions this policy adds to the bundled vocabulary, by kind ({@code
 *     control} or {@code intervention}) then code, each with its label, description and (for a control) owner; empty
 *     when it uses only the bundled ones
 */
public record Policy(
        String id,
        String version,
        String title,
        LocalDate effectiveFrom,
        List<Citation> sources,
        Map<String, Integer> thresholds,
        List<Rule> rules,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Map<String, Vocabulary.Term>> vocabulary) {

    /** The kinds of term a policy's own vocabulary may add. */
    public static final List<String> VOCABULARY_KINDS = List.of("control", "intervention");

    public Policy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        sources = sources == null ? List.of() : List.copyOf(sources);
        thresholds = thresholds == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(thresholds));
        rules = rules == null ? List.of() : List.copyOf(rules);
        Map<String, Map<String, Vocabulary.Term>> words = new java.util.LinkedHashMap<>();
        if (vocabulary != null) {
            vocabulary.forEach((kind, byCode) -> words.put(
                    kind,
                    java.util.Collections.unmodifiableMap(
                            new java.util.LinkedHashMap<>(byCode == null ? Map.of() : byCode))));
        }
        vocabulary = java.util.Collections.unmodifiableMap(words);
    }

    /** A policy that adds nothing to the bundled vocabulary. */
    public Policy(
            String id,
            String version,
            String title,
            LocalDate effectiveFrom,
            List<Citation> sources,
            Map<String, Integer> thresholds,
            List<Rule> rules) {
        this(id, version, title, effectiveFrom, sources, thresholds, rules, Map.of());
    }

    /**
     * The words for this policy's codes: the bundled vocabulary with the controls and interventions this policy adds
     * in its {@code vocabulary} section.
     */
    public Vocabulary words() {
        return Vocabulary.bundled().with(vocabulary);
    }

    /** Every control this policy may call for: the bundled vocabulary's, then its own, in that order. */
    public List<ControlType> controlTypes() {
        return words().codes("control").stream().map(ControlType::of).toList();
    }

    /** Every intervention this policy may recommend: the bundled vocabulary's, then its own, in that order. */
    public List<InterventionType> interventionTypes() {
        return words().codes("intervention").stream().map(InterventionType::of).toList();
    }

    /** {@code id@version}. */
    public String ref() {
        return id + "@" + version;
    }

    /**
     * One rule.
     *
     * @param id unique within the policy
     * @param description what the rule is for, with its source
     * @param source the passage of the inspection (or other source) the rule encodes, if given
     * @param when conditions on factors, all of which must hold (keyed by factor key, e.g. {@code ergIntent})
     * @param then what the rule contributes
     */
    public record Rule(
            String id, String description, Optional<String> source, Map<String, Condition> when, Outcome then) {
        public Rule {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(description, "description");
            source = source == null ? Optional.empty() : source;
            when = when == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(when));
            Objects.requireNonNull(then, "then");
        }

        /** A rule with no source given. */
        public Rule(String id, String description, Map<String, Condition> when, Outcome then) {
            this(id, description, Optional.empty(), when, then);
        }
    }

    /**
     * A condition on one factor. Level factors use {@code in} (any of, {@code UNKNOWN} included only if listed) or,
     * for ordered risk factors, {@code atLeast}, {@code atMost} and {@code below}. Numeric factors use
     * {@code monthsAtLeast} and {@code monthsBelow}, as a number or a {@code $threshold}. Unknown values match only
     * an explicit {@code in: [UNKNOWN]}, or {@code orUnknown: true} beside {@code atLeast} (or beside {@code
     * monthsBelow} for months): "at least HIGH, or not assessed", so that a fact not assessed is never treated as low.
     */
    public record Condition(
            Optional<List<String>> in,
            Optional<String> atLeast,
            Optional<String> atMost,
            Optional<String> below,
            Optional<String> monthsAtLeast,
            Optional<String> monthsBelow,
            Optional<Boolean> orUnknown) {

        /** A condition that says nothing about unknown values. */
        public Condition(
                Optional<List<String>> in,
                Optional<String> atLeast,
                Optional<String> atMost,
                Optional<String> below,
                Optional<String> monthsAtLeast,
                Optional<String> monthsBelow) {
            this(in, atLeast, atMost, below, monthsAtLeast, monthsBelow, Optional.empty());
        }

        /** Whether an unknown value also matches, beside {@code atLeast} or {@code monthsBelow}. */
        public boolean matchesUnknown() {
            return orUnknown.orElse(false);
        }

        public Condition {
            in = in == null ? Optional.empty() : in.map(List::copyOf);
            atLeast = atLeast == null ? Optional.empty() : atLeast;
            atMost = atMost == null ? Optional.empty() : atMost;
            below = below == null ? Optional.empty() : below;
            monthsAtLeast = monthsAtLeast == null ? Optional.empty() : monthsAtLeast;
            monthsBelow = monthsBelow == null ? Optional.empty() : monthsBelow;
            orUnknown = orUnknown == null ? Optional.empty() : orUnknown;
        }
    }

    /**
     * What a rule contributes when it matches.
     *
     * @param nsd NSD management, and what it adds
     * @param mappa MAPPA category, level and review interval
     * @param controls controls
     * @param interventions interventions
     */
    public record Outcome(
            Optional<Nsd> nsd,
            Optional<Mappa> mappa,
            List<ControlSpec> controls,
            List<InterventionType> interventions) {
        public Outcome {
            nsd = nsd == null ? Optional.empty() : nsd;
            mappa = mappa == null ? Optional.empty() : mappa;
            controls = controls == null ? List.of() : List.copyOf(controls);
            interventions = interventions == null ? List.of() : List.copyOf(interventions);
        }
    }

    /**
     * NSD management.
     *
     * @param managed whether the case is NSD-managed
     * @param adds what NSD management adds over generic probation with CT team support
     */
    public record Nsd(boolean managed, String adds) {}

    /**
     * MAPPA management.
     *
     * @param category 1 to 4 (4: terrorist and terrorist-risk offenders)
     * @param level 1 to 3
     * @param reviewMonths months to the next review
     */
    public record Mappa(int category, int level, int reviewMonths) {}

    /**
     * A control.
     *
     * @param type the control
     * @param perWeek how many a week, for contact frequency
     * @param detail what exactly, e.g. the condition's wording or duration
     */
    public record ControlSpec(ControlType type, Optional<Integer> perWeek, Optional<String> detail) {
        public ControlSpec {
            Objects.requireNonNull(type, "type");
            perWeek = perWeek == null ? Optional.empty() : perWeek;
            detail = detail == null ? Optional.empty() : detail;
        }
    }
}
