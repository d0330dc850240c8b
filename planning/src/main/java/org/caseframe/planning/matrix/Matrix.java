package org.caseframe.planning.matrix;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseframe.planning.profile.Factor;
import org.caseframe.planning.profile.RiskProfile;

/**
 * A policy compiled for evaluation: each rule's conditions become bit masks over level codes and ranges over months,
 * so evaluating a profile is a few integer tests per rule, with no interpretation per call. Every rule that matches
 * contributes; NSD management and each control or intervention are granted if any matching rule grants them, MAPPA
 * takes the highest category and level and the soonest review, and contact frequency the most frequent. So raising
 * a risk input can only add matching rules, and never removes a control or lowers a level. Immutable and thread-safe.
 */
public final class Matrix {
    private static final Factor[] FACTORS = Factor.values();

    private final Policy policy;
    private final CompiledRule[] rules;

    private Matrix(Policy policy, CompiledRule[] rules) {
        this.policy = policy;
        this.rules = rules;
    }

    /** Compiles a policy that {@link Policies} has checked. */
    public static Matrix compile(Policy policy) {
        List<CompiledRule> compiled = new ArrayList<>();
        for (Policy.Rule rule : policy.rules()) {
            compiled.add(CompiledRule.of(policy, rule));
        }
        return new Matrix(policy, compiled.toArray(CompiledRule[]::new));
    }

    /** The compiled rules, in policy order. */
    List<CompiledRule> rules() {
        return List.of(rules);
    }

    /** The policy this matrix evaluates. */
    public Policy policy() {
        return policy;
    }

    /** The ids of the rules that match a profile, in policy order. */
    public List<String> matchingRules(RiskProfile profile) {
        int[] codes = profile.encode();
        List<String> out = new ArrayList<>();
        for (CompiledRule r : rules) {
            if (r.matches(codes)) {
                out.add(r.rule.id());
            }
        }
        return out;
    }

    /** How many rules match an encoded profile; the allocation-free path for bulk evaluation. */
    public int countMatches(int[] codes) {
        int n = 0;
        for (CompiledRule r : rules) {
            if (r.matches(codes)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The decisions for an encoded profile ({@link RiskProfile#encode()}) without their reasons: the allocation-light
     * path for bulk evaluation (cohort what-if, benchmarks). Always the same decisions as {@link #evaluate}.
     */
    public Verdict decide(int[] codes) {
        boolean nsd = false;
        int category = 0;
        int level = 0;
        int review = Integer.MAX_VALUE;
        int controls = 0;
        long perWeek = 0;
        int interventions = 0;
        for (CompiledRule r : rules) {
            if (!r.matches(codes)) {
                continue;
            }
            nsd |= r.nsdManaged;
            if (r.mappaLevel > 0) {
                category = Math.max(category, r.mappaCategory);
                level = Math.max(level, r.mappaLevel);
                review = Math.min(review, r.mappaReviewMonths);
            }
            controls |= r.controlMask;
            interventions |= r.interventionMask;
            for (int bits = r.perWeekMask; bits != 0; bits &= bits - 1) {
                int type = Integer.numberOfTrailingZeros(bits);
                perWeek = atLeast(perWeek, type, (r.perWeek >>> (4 * type)) & 0xF);
            }
        }
        return new Verdict(
                nsd, level == 0 ? 0 : category, level, level == 0 ? 0 : review, controls, perWeek, interventions);
    }

    /** {@code packed} with the four bits of control {@code type} raised to {@code value} if lower. */
    private static long atLeast(long packed, int type, long value) {
        int shift = 4 * type;
        return value > ((packed >>> shift) & 0xF) ? (packed & ~(0xFL << shift)) | (value << shift) : packed;
    }

    /**
     * The matrix's decisions without reasons, as bits and small numbers.
     *
     * @param nsdManaged whether the case is NSD-managed
     * @param mappaCategory the MAPPA category (0 when not MAPPA-managed)
     * @param mappaLevel the MAPPA level (0 when not MAPPA-managed)
     * @param mappaReviewMonths months to review (0 when not MAPPA-managed)
     * @param controls bit {@code ControlType.ordinal()} set for each control that applies
     * @param perWeek four bits per control type, by ordinal: the contacts a week it asks for (0 when none named)
     * @param interventions bit {@code InterventionType.ordinal()} set for each intervention recommended
     */
    public record Verdict(
            boolean nsdManaged,
            int mappaCategory,
            int mappaLevel,
            int mappaReviewMonths,
            int controls,
            long perWeek,
            int interventions) {
        /** Whether the control applies. */
        public boolean has(ControlType type) {
            return (controls & (1 << type.ordinal())) != 0;
        }

        /** The contacts a week the control asks for; 0 when it applies without a number or does not apply. */
        public int perWeek(ControlType type) {
            return (int) ((perWeek >>> (4 * type.ordinal())) & 0xF);
        }

        /** Whether the intervention is recommended. */
        public boolean has(InterventionType type) {
            return (interventions & (1 << type.ordinal())) != 0;
        }
    }

    /** The decisions for a profile, each with its reasons. */
    public Decisions evaluate(RiskProfile profile) {
        int[] codes = profile.encode();
        String ref = policy.ref();
        boolean nsdManaged = false;
        List<String> nsdAdds = new ArrayList<>();
        List<Decisions.Reason> nsdReasons = new ArrayList<>();
        List<Decisions.Reason> nsdAgainst = new ArrayList<>();
        int category = 0;
        int level = 0;
        int review = Integer.MAX_VALUE;
        List<Decisions.Reason> mappaReasons = new ArrayList<>();
        Map<ControlType, ControlBuilder> controls = new EnumMap<>(ControlType.class);
        Map<InterventionType, List<Decisions.Reason>> interventions = new EnumMap<>(InterventionType.class);
        for (CompiledRule r : rules) {
            if (!r.matches(codes)) {
                continue;
            }
            Decisions.Reason reason = r.reason(profile, ref);
            Policy.Outcome then = r.rule.then();
            if (then.nsd().isPresent()) {
                if (then.nsd().get().managed()) {
                    nsdManaged = true;
                    nsdAdds.add(then.nsd().get().adds());
                    nsdReasons.add(reason);
                } else {
                    nsdAgainst.add(reason);
                }
            }
            if (then.mappa().isPresent()) {
                Policy.Mappa m = then.mappa().get();
                category = Math.max(category, m.category());
                level = Math.max(level, m.level());
                review = Math.min(review, m.reviewMonths());
                mappaReasons.add(reason);
            }
            for (Policy.ControlSpec c : then.controls()) {
                controls.computeIfAbsent(c.type(), t -> new ControlBuilder()).add(c, reason);
            }
            for (InterventionType i : then.interventions()) {
                interventions.computeIfAbsent(i, t -> new ArrayList<>()).add(reason);
            }
        }
        Decisions.NsdDecision nsd = nsdManaged
                ? new Decisions.NsdDecision(true, nsdAdds, nsdReasons)
                : new Decisions.NsdDecision(
                        false,
                        List.of(),
                        nsdAgainst.isEmpty()
                                ? List.of(new Decisions.Reason(
                                        "default",
                                        ref,
                                        "No rule of this policy places the case in NSD" + " management",
                                        Map.of()))
                                : nsdAgainst);
        Optional<Decisions.MappaDecision> mappa = level == 0
                ? Optional.empty()
                : Optional.of(new Decisions.MappaDecision(category, level, review, mappaReasons));
        List<Decisions.ControlDecision> controlDecisions = new ArrayList<>();
        controls.forEach((type, b) -> controlDecisions.add(b.build(type, ref)));
        List<Decisions.InterventionDecision> interventionDecisions = new ArrayList<>();
        interventions.forEach(
                (type, reasons) -> interventionDecisions.add(new Decisions.InterventionDecision(type, ref, reasons)));
        return new Decisions(ref, nsd, mappa, controlDecisions, interventionDecisions);
    }

    private static final class ControlBuilder {
        private Integer perWeek;
        private final List<String> details = new ArrayList<>();
        private final List<Decisions.Reason> reasons = new ArrayList<>();

        void add(Policy.ControlSpec spec, Decisions.Reason reason) {
            spec.perWeek().ifPresent(p -> perWeek = perWeek == null ? p : Math.max(perWeek, p));
            spec.detail().filter(d -> !details.contains(d)).ifPresent(details::add);
            reasons.add(reason);
        }

        Decisions.ControlDecision build(ControlType type, String policy) {
            return new Decisions.ControlDecision(type, policy, Optional.ofNullable(perWeek), details, reasons);
        }
    }

    /** A rule in compiled form. Level conditions are bit masks over codes; month conditions are [min, max). */
    static final class CompiledRule {
        final Policy.Rule rule;
        final int[] factors;
        final long[] masks;
        final int[] min;
        final int[] max;
        // What the rule contributes, precomputed for decide().
        final boolean nsdManaged;
        final int mappaCategory;
        final int mappaLevel;
        final int mappaReviewMonths;
        final int controlMask;
        final int perWeekMask;
        final long perWeek;
        final int interventionMask;

        private CompiledRule(Policy.Rule rule, int[] factors, long[] masks, int[] min, int[] max) {
            this.rule = rule;
            this.factors = factors;
            this.masks = masks;
            this.min = min;
            this.max = max;
            Policy.Outcome then = rule.then();
            this.nsdManaged = then.nsd().map(Policy.Nsd::managed).orElse(false);
            this.mappaCategory = then.mappa().map(Policy.Mappa::category).orElse(0);
            this.mappaLevel = then.mappa().map(Policy.Mappa::level).orElse(0);
            this.mappaReviewMonths =
                    then.mappa().map(Policy.Mappa::reviewMonths).orElse(0);
            int controls = 0;
            int withNumber = 0;
            long numbers = 0;
            for (Policy.ControlSpec c : then.controls()) {
                int bit = c.type().ordinal();
                controls |= 1 << bit;
                if (c.perWeek().isPresent()) {
                    numbers = atLeast(numbers, bit, Math.min(15, c.perWeek().get()));
                    withNumber |= 1 << bit;
                }
            }
            this.controlMask = controls;
            this.perWeekMask = withNumber;
            this.perWeek = numbers;
            int interventions = 0;
            for (InterventionType i : then.interventions()) {
                interventions |= 1 << i.ordinal();
            }
            this.interventionMask = interventions;
        }

        static CompiledRule of(Policy policy, Policy.Rule rule) {
            int n = rule.when().size();
            int[] factors = new int[n];
            long[] masks = new long[n];
            int[] min = new int[n];
            int[] max = new int[n];
            int i = 0;
            for (Map.Entry<String, Policy.Condition> e : rule.when().entrySet()) {
                Factor f = Factor.ofKey(e.getKey())
                        .orElseThrow(() ->
                                new IllegalArgumentException("rule " + rule.id() + ": unknown factor " + e.getKey()));
                factors[i] = f.ordinal();
                if (f.numeric() && e.getValue().in().isPresent()) {
                    // "in: [UNKNOWN]" on months matches only when the number is not known (code -1).
                    min[i] = -1;
                    max[i] = 0;
                } else if (f.numeric()) {
                    min[i] = e.getValue()
                            .monthsAtLeast()
                            .map(v -> months(policy, v))
                            .orElse(0);
                    max[i] = e.getValue()
                            .monthsBelow()
                            .map(v -> months(policy, v))
                            .orElse(Integer.MAX_VALUE);
                } else {
                    masks[i] = mask(f, e.getValue());
                }
                i++;
            }
            return new CompiledRule(rule, factors, masks, min, max);
        }

        boolean matches(int[] codes) {
            for (int i = 0; i < factors.length; i++) {
                int code = codes[factors[i]];
                if (FACTORS[factors[i]].numeric()) {
                    if (code < min[i] || code >= max[i]) {
                        return false;
                    }
                } else if (((masks[i] >>> code) & 1L) == 0) {
                    return false;
                }
            }
            return true;
        }

        /** The FEEL unary test for each factor, in {@link Factor} order; {@code -} where the rule has no condition. */
        String[] unaryTests() {
            String[] tests = new String[FACTORS.length];
            java.util.Arrays.fill(tests, "-");
            for (int i = 0; i < factors.length; i++) {
                tests[factors[i]] = DmnExport.unaryTest(FACTORS[factors[i]], masks[i], min[i], max[i]);
            }
            return tests;
        }

        /** Whether some profile satisfies every condition of this rule. */
        boolean reachable() {
            for (int i = 0; i < factors.length; i++) {
                if (FACTORS[factors[i]].numeric() ? min[i] >= max[i] : masks[i] == 0) {
                    return false;
                }
            }
            return true;
        }

        /** Whether some profile satisfies both rules. */
        boolean overlaps(CompiledRule other) {
            for (int i = 0; i < factors.length; i++) {
                for (int j = 0; j < other.factors.length; j++) {
                    if (factors[i] != other.factors[j]) {
                        continue;
                    }
                    boolean disjoint = FACTORS[factors[i]].numeric()
                            ? Math.max(min[i], other.min[j]) >= Math.min(max[i], other.max[j])
                            : (masks[i] & other.masks[j]) == 0;
                    if (disjoint) {
                        return false;
                    }
                }
            }
            return reachable() && other.reachable();
        }

        Decisions.Reason reason(RiskProfile profile, String policyRef) {
            Map<String, String> matched = new LinkedHashMap<>();
            for (int factor : factors) {
                Factor f = FACTORS[factor];
                matched.put(
                        f.key(),
                        f.numeric() ? profile.months(f).map(String::valueOf).orElse(Factor.UNKNOWN) : profile.level(f));
            }
            return new Decisions.Reason(rule.id(), policyRef, rule.description(), matched);
        }

        static long mask(Factor f, Policy.Condition c) {
            long all = (1L << (f.levels().size() + 1)) - 1;
            long known = all & ~1L;
            long mask = c.in().isPresent() ? 0 : known;
            if (c.in().isPresent()) {
                for (String v : c.in().get()) {
                    int code = f.code(v);
                    if (code >= 0) {
                        mask |= 1L << code;
                    }
                }
            }
            if (c.atLeast().isPresent()) {
                int code = Math.max(1, f.code(c.atLeast().get()));
                mask &= all & ~((1L << code) - 1);
            }
            if (c.atMost().isPresent()) {
                int code = f.code(c.atMost().get());
                mask &= code < 1 ? 0 : ((1L << (code + 1)) - 1) & known;
            }
            if (c.below().isPresent()) {
                int code = f.code(c.below().get());
                mask &= code < 1 ? 0 : ((1L << code) - 1) & known;
            }
            return mask;
        }

        static int months(Policy policy, String value) {
            if (value.startsWith("$")) {
                Integer v = policy.thresholds().get(value.substring(1));
                if (v == null) {
                    throw new IllegalArgumentException("no threshold " + value);
                }
                return v;
            }
            return Integer.parseInt(value);
        }
    }
}
