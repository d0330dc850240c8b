package org.caseframe.planning.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.matrix.InterventionType;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.profile.Factor;
import org.caseframe.planning.profile.RiskProfile;

/**
 * A rule in compiled form. Level conditions are bit masks over codes; month conditions are [min, max). Not API: shared
 * by {@code Matrix}, {@code DmnExport} and {@link FastMatrix}.
 */
public final class CompiledRule {
    private static final Factor[] FACTORS = Factor.values();

    public final Policy.Rule rule;
    public final int[] factors;
    public final long[] masks;
    public final int[] min;
    public final int[] max;
    // What the rule contributes, precomputed for decide().
    public final boolean nsdManaged;
    public final int mappaCategory;
    public final int mappaLevel;
    public final int mappaReviewMonths;
    /** Bit {@link TypeIndex#control} set for each control the rule calls for. */
    public final long controlMask;
    /** Bit {@link TypeIndex#numbered} set for each control the rule gives a number a week. */
    public final int perWeekMask;
    /** Four bits per {@link TypeIndex#numbered} position: the number a week. */
    public final long perWeek;
    /** Bit {@link TypeIndex#intervention} set for each intervention the rule recommends. */
    public final long interventionMask;

    private CompiledRule(TypeIndex index, Policy.Rule rule, int[] factors, long[] masks, int[] min, int[] max) {
        this.rule = rule;
        this.factors = factors;
        this.masks = masks;
        this.min = min;
        this.max = max;
        Policy.Outcome then = rule.then();
        this.nsdManaged = then.nsd().map(Policy.Nsd::managed).orElse(false);
        this.mappaCategory = then.mappa().map(Policy.Mappa::category).orElse(0);
        this.mappaLevel = then.mappa().map(Policy.Mappa::level).orElse(0);
        this.mappaReviewMonths = then.mappa().map(Policy.Mappa::reviewMonths).orElse(0);
        long controls = 0;
        int withNumber = 0;
        long numbers = 0;
        for (Policy.ControlSpec c : then.controls()) {
            controls |= 1L << index.requireControl(c.type(), rule.id());
            if (c.perWeek().isPresent()) {
                int at = index.numbered(c.type());
                numbers = atLeast(numbers, at, Math.min(15, c.perWeek().get()));
                withNumber |= 1 << at;
            }
        }
        this.controlMask = controls;
        this.perWeekMask = withNumber;
        this.perWeek = numbers;
        long interventions = 0;
        for (InterventionType i : then.interventions()) {
            interventions |= 1L << index.requireIntervention(i, rule.id());
        }
        this.interventionMask = interventions;
    }

    public static CompiledRule of(TypeIndex index, Policy policy, Policy.Rule rule) {
        int n = rule.when().size();
        int[] factors = new int[n];
        long[] masks = new long[n];
        int[] min = new int[n];
        int[] max = new int[n];
        int i = 0;
        for (Map.Entry<String, Policy.Condition> e : rule.when().entrySet()) {
            Factor f = Factor.ofKey(e.getKey())
                    .orElseThrow(
                            () -> new IllegalArgumentException("rule " + rule.id() + ": unknown factor " + e.getKey()));
            factors[i] = f.ordinal();
            if (f.numeric() && e.getValue().in().isPresent()) {
                // "in: [UNKNOWN]" on months matches only when the number is not known (code -1).
                min[i] = -1;
                max[i] = 0;
            } else if (f.numeric()) {
                // "orUnknown: true" beside monthsBelow also matches months not known (code -1).
                min[i] = e.getValue().matchesUnknown()
                        ? -1
                        : e.getValue()
                                .monthsAtLeast()
                                .map(v -> months(policy, v))
                                .orElse(0);
                max[i] = e.getValue().monthsBelow().map(v -> months(policy, v)).orElse(Integer.MAX_VALUE);
            } else {
                masks[i] = mask(f, e.getValue());
            }
            i++;
        }
        return new CompiledRule(index, rule, factors, masks, min, max);
    }

    public boolean matches(int[] codes) {
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

    /** Whether some profile satisfies every condition of this rule. */
    public boolean reachable() {
        for (int i = 0; i < factors.length; i++) {
            if (FACTORS[factors[i]].numeric() ? min[i] >= max[i] : masks[i] == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether some profile satisfies both rules. */
    public boolean overlaps(CompiledRule other) {
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

    public Decisions.Reason reason(RiskProfile profile, String policyRef) {
        Map<String, String> matched = new LinkedHashMap<>();
        for (int factor : factors) {
            Factor f = FACTORS[factor];
            matched.put(
                    f.key(),
                    f.numeric() ? profile.months(f).map(String::valueOf).orElse(Factor.UNKNOWN) : profile.level(f));
        }
        return new Decisions.Reason(rule.id(), policyRef, rule.description(), matched);
    }

    public static long mask(Factor f, Policy.Condition c) {
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
        if (c.matchesUnknown()) {
            mask |= 1L;
        }
        return mask;
    }

    public static int months(Policy policy, String value) {
        if (value.startsWith("$")) {
            Integer v = policy.thresholds().get(value.substring(1));
            if (v == null) {
                throw new IllegalArgumentException("no threshold " + value);
            }
            return v;
        }
        return Integer.parseInt(value);
    }

    /** {@code packed} with the four bits of control {@code type} raised to {@code value} if lower. */
    public static long atLeast(long packed, int type, long value) {
        int shift = 4 * type;
        return value > ((packed >>> shift) & 0xF) ? (packed & ~(0xFL << shift)) | (value << shift) : packed;
    }
}
