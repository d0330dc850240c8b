package org.caseframe.planning.internal;

import java.util.ArrayList;
import java.util.List;
import org.caseframe.planning.matrix.ControlType;
import org.caseframe.planning.matrix.InterventionType;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.profile.RiskProfile;

/**
 * A policy's decisions without their reasons, as bits and small numbers: the allocation-light path that benchmarks
 * and the DMN differential test compare against {@code Matrix.evaluate}, which it always agrees with (a property test
 * holds it to that). Not API. Immutable and thread-safe.
 */
public final class FastMatrix {
    private final TypeIndex index;
    private final CompiledRule[] rules;

    private FastMatrix(TypeIndex index, CompiledRule[] rules) {
        this.index = index;
        this.rules = rules;
    }

    /** Compiles a policy that {@code Policies} has checked. */
    public static FastMatrix compile(Policy policy) {
        TypeIndex index = TypeIndex.of(policy);
        List<CompiledRule> compiled = new ArrayList<>();
        for (Policy.Rule rule : policy.rules()) {
            compiled.add(CompiledRule.of(index, policy, rule));
        }
        return new FastMatrix(index, compiled.toArray(CompiledRule[]::new));
    }

    /** The positions of the controls and interventions the verdicts' bits stand for. */
    public TypeIndex index() {
        return index;
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
     * path for bulk evaluation (benchmarks, the DMN differential test). Always the same decisions as {@code
     * Matrix.evaluate}.
     */
    public Verdict decide(int[] codes) {
        boolean nsd = false;
        int category = 0;
        int level = 0;
        int review = Integer.MAX_VALUE;
        long controls = 0;
        long perWeek = 0;
        long interventions = 0;
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
                perWeek = CompiledRule.atLeast(perWeek, type, (r.perWeek >>> (4 * type)) & 0xF);
            }
        }
        return new Verdict(
                nsd,
                level == 0 ? 0 : category,
                level,
                level == 0 ? 0 : review,
                controls,
                perWeek,
                interventions,
                index);
    }

    /**
     * The matrix's decisions without reasons, as bits and small numbers.
     *
     * @param nsdManaged whether the case is NSD-managed
     * @param mappaCategory the MAPPA category (0 when not MAPPA-managed)
     * @param mappaLevel the MAPPA level (0 when not MAPPA-managed)
     * @param mappaReviewMonths months to review (0 when not MAPPA-managed)
     * @param controls bit {@link TypeIndex#control} set for each control that applies
     * @param perWeek four bits per {@link TypeIndex#numbered} position: the contacts a week asked for (0 when none)
     * @param interventions bit {@link TypeIndex#intervention} set for each intervention recommended
     * @param index what the bits stand for
     */
    public record Verdict(
            boolean nsdManaged,
            int mappaCategory,
            int mappaLevel,
            int mappaReviewMonths,
            long controls,
            long perWeek,
            long interventions,
            TypeIndex index) {
        /** Whether the control applies. */
        public boolean has(ControlType type) {
            int at = index.control(type);
            return at >= 0 && (controls & (1L << at)) != 0;
        }

        /** The contacts a week the control asks for; 0 when it applies without a number or does not apply. */
        public int perWeek(ControlType type) {
            int at = index.numbered(type);
            return at < 0 || !has(type) ? 0 : (int) ((perWeek >>> (4 * at)) & 0xF);
        }

        /**
         * Whether this and {@code other} (perhaps from another policy) decide exactly the same: NSD, MAPPA category,
         * level and review, each control and its number a week, each intervention.
         */
        public boolean sameDecisions(Verdict other) {
            return nsdManaged == other.nsdManaged
                    && mappaCategory == other.mappaCategory
                    && mappaLevel == other.mappaLevel
                    && mappaReviewMonths == other.mappaReviewMonths
                    && controls == other.controls
                    && perWeek == other.perWeek
                    && interventions == other.interventions
                    && index.sameAs(other.index);
        }

        /** Whether the intervention is recommended. */
        public boolean has(InterventionType type) {
            int at = index.intervention(type);
            return at >= 0 && (interventions & (1L << at)) != 0;
        }
    }
}
