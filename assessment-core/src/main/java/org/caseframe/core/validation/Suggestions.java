package org.caseframe.core.validation;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints by edit distance, for problem messages about mistyped names and codes. */
public final class Suggestions {
    private Suggestions() {}

    /** The closest candidate, if one is close enough to be a plausible typo of {@code wrong}. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String folded = wrong.toLowerCase(Locale.ROOT).replace("-", "_");
        for (String candidate : candidates) {
            int d = distance(folded, candidate.toLowerCase(Locale.ROOT).replace("-", "_"), bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(2, wrong.length() / 3);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** " (did you mean "x"?)" or empty. */
    public static String hint(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates)
                .map(c -> " (did you mean \"" + c + "\"?)")
                .orElse("");
    }

    // Levenshtein distance, giving up once past the limit; inputs are short field names and codes.
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > Math.min(limit, 64) || a.length() > 200 || b.length() > 200) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
