package org.caseframe.planning.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.caseframe.planning.internal.CompiledRule;
import org.caseframe.planning.internal.TypeIndex;
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
    private final Policy policy;
    private final TypeIndex index;
    private final CompiledRule[] rules;

    private Matrix(Policy policy, TypeIndex index, CompiledRule[] rules) {
        this.policy = policy;
        this.index = index;
        this.rules = rules;
    }

    /** Compiles a policy that {@link Policies} has checked. */
    public static Matrix compile(Policy policy) {
        TypeIndex index = TypeIndex.of(policy);
        List<CompiledRule> compiled = new ArrayList<>();
        for (Policy.Rule rule : policy.rules()) {
            compiled.add(CompiledRule.of(index, policy, rule));
        }
        return new Matrix(policy, index, compiled.toArray(CompiledRule[]::new));
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

    /**
     * The rules that read {@code factor} and that, for {@code profile} where it is unknown, either matched on the
     * unknown value or would match were it known at some level (or number of months): the decisions that rest on a
     * missing assessment. In policy order; empty when the factor is known.
     */
    public List<String> rulesRestingOnUnknown(RiskProfile profile, Factor factor) {
        boolean unknown =
                factor.numeric() ? profile.months(factor).isEmpty() : Factor.UNKNOWN.equals(profile.level(factor));
        if (!unknown) {
            return List.of();
        }
        List<RiskProfile> variants = new ArrayList<>();
        variants.add(profile);
        if (factor.numeric()) {
            for (int months : new int[] {0, 1, 3, 6, 12, 24, 60, 600}) {
                variants.add(profile.withMonths(factor, months));
            }
        } else {
            factor.levels().forEach(l -> variants.add(profile.with(factor, l)));
        }
        java.util.Set<String> matched = new java.util.HashSet<>();
        variants.forEach(v -> matched.addAll(matchingRules(v)));
        List<String> out = new ArrayList<>();
        for (CompiledRule r : rules) {
            if (r.rule.when().containsKey(factor.key()) && matched.contains(r.rule.id())) {
                out.add(r.rule.id());
            }
        }
        return out;
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
        // By position in the vocabulary: decisions come out in its order, whatever the rules' order.
        Map<Integer, ControlBuilder> controls = new TreeMap<>();
        Map<Integer, List<Decisions.Reason>> interventions = new TreeMap<>();
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
                controls.computeIfAbsent(index.control(c.type()), t -> new ControlBuilder())
                        .add(c, reason);
            }
            for (InterventionType i : then.interventions()) {
                interventions
                        .computeIfAbsent(index.intervention(i), t -> new ArrayList<>())
                        .add(reason);
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
        controls.forEach(
                (at, b) -> controlDecisions.add(b.build(index.controls().get(at), ref)));
        List<Decisions.InterventionDecision> interventionDecisions = new ArrayList<>();
        interventions.forEach((at, reasons) -> interventionDecisions.add(
                new Decisions.InterventionDecision(index.interventions().get(at), ref, reasons)));
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
}
