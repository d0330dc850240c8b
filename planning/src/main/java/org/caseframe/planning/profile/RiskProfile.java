package org.caseframe.planning.profile;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the control and interventions matrix decides on, as of one date: each {@link Factor}'s value, with
 * anything not assessed explicitly {@value Factor#UNKNOWN} (never silently low) and unknown numbers absent.
 *
 * @param asOf the date the profile describes
 * @param levels the value of every level factor (all present; unknown is {@value Factor#UNKNOWN})
 * @param months the value of each numeric factor that is known
 */
public record RiskProfile(LocalDate asOf, Map<Factor, String> levels, Map<Factor, Integer> months) {

    public RiskProfile {
        Objects.requireNonNull(asOf, "asOf");
        EnumMap<Factor, String> all = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            if (!f.numeric()) {
                String value = levels == null ? null : levels.get(f);
                value = value == null ? Factor.UNKNOWN : value;
                if (f.code(value) < 0) {
                    throw new IllegalArgumentException(f.key() + " cannot be " + value + "; expected one of "
                            + f.levels() + " or " + Factor.UNKNOWN);
                }
                all.put(f, value);
            }
        }
        EnumMap<Factor, Integer> numbers = new EnumMap<>(Factor.class);
        if (months != null) {
            months.forEach((f, v) -> {
                if (!f.numeric() || v == null || v < 0) {
                    throw new IllegalArgumentException(f.key() + " cannot be " + v + " months");
                }
                numbers.put(f, v);
            });
        }
        levels = Collections.unmodifiableMap(all);
        months = Collections.unmodifiableMap(numbers);
    }

    /** The value of a level factor ({@value Factor#UNKNOWN} if not known). */
    public String level(Factor factor) {
        if (factor.numeric()) {
            throw new IllegalArgumentException(factor.key() + " is a number of months");
        }
        return levels.get(factor);
    }

    /** The value of a numeric factor, if known. */
    public Optional<Integer> months(Factor factor) {
        return Optional.ofNullable(months.get(factor));
    }

    /** The profile in the matrix's compiled form: level codes (0 unknown) and months (-1 unknown). */
    public int[] encode() {
        Factor[] factors = Factor.values();
        int[] out = new int[factors.length];
        for (int i = 0; i < factors.length; i++) {
            Factor f = factors[i];
            out[i] = f.numeric() ? months.getOrDefault(f, -1) : f.code(levels.get(f));
        }
        return out;
    }

    /** A copy with one level factor changed. */
    public RiskProfile with(Factor factor, String value) {
        EnumMap<Factor, String> copy = new EnumMap<>(levels);
        copy.put(factor, value);
        return new RiskProfile(asOf, copy, months);
    }

    /** A copy with one numeric factor changed, or made unknown with {@code null}. */
    public RiskProfile withMonths(Factor factor, Integer value) {
        EnumMap<Factor, Integer> copy = new EnumMap<>(Factor.class);
        copy.putAll(months);
        if (value == null) {
            copy.remove(factor);
        } else {
            copy.put(factor, value);
        }
        return new RiskProfile(asOf, levels, copy);
    }

    /** A profile with every factor unknown. */
    public static RiskProfile unknown(LocalDate asOf) {
        return new RiskProfile(asOf, Map.of(), Map.of());
    }
}
