package org.caseframe.planning.matrix;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.caseframe.planning.profile.Factor;
import org.caseframe.planning.profile.RiskProfile;
import org.quicktheories.core.Gen;

/** Arbitrary risk profiles: every level factor any value or unknown, every number 0-60 months or unknown. */
final class ProfileGen {
    private ProfileGen() {}

    static Gen<RiskProfile> profiles() {
        return in -> {
            Map<Factor, String> levels = new EnumMap<>(Factor.class);
            Map<Factor, Integer> months = new EnumMap<>(Factor.class);
            for (Factor f : Factor.values()) {
                if (f.numeric()) {
                    int v = integers().between(-1, 60).generate(in);
                    if (v >= 0) {
                        months.put(f, v);
                    }
                } else {
                    int v = integers().between(0, f.levels().size()).generate(in);
                    levels.put(f, v == 0 ? Factor.UNKNOWN : f.levels().get(v - 1));
                }
            }
            return new RiskProfile(LocalDate.of(2026, 1, 1), levels, months);
        };
    }
}
