package org.caseframe.benchmarks.dmn;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.caseframe.planning.profile.Factor;
import org.caseframe.planning.profile.RiskProfile;

/**
 * Seeded random risk profiles over the whole input space: every level factor unknown or any of its values, every
 * numeric factor unknown or 0 to 72 months (beyond every threshold the bundled policies use). The same seed gives the
 * same profiles.
 */
public final class RandomProfiles {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    private RandomProfiles() {}

    /** {@code count} profiles from {@code seed}. */
    public static RiskProfile[] generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        RiskProfile[] out = new RiskProfile[count];
        for (int i = 0; i < count; i++) {
            out[i] = one(random);
        }
        return out;
    }

    /** One profile drawn from {@code random}. */
    public static RiskProfile one(SplittableRandom random) {
        Map<Factor, String> levels = new EnumMap<>(Factor.class);
        Map<Factor, Integer> months = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            if (f.numeric()) {
                if (random.nextInt(6) != 0) {
                    months.put(f, random.nextInt(73));
                }
            } else {
                int pick = random.nextInt(f.levels().size() + 1);
                levels.put(f, pick == 0 ? Factor.UNKNOWN : f.levels().get(pick - 1));
            }
        }
        return new RiskProfile(AS_OF, levels, months);
    }
}
