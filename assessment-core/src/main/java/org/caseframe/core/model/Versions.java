package org.caseframe.core.model;

/** Orders version strings as people read them: segment by segment, numbers as numbers (1.10 after 1.9). */
public final class Versions {
    private Versions() {}

    /** Negative, zero or positive as {@code a} is before, the same as or after {@code b}. */
    public static int compare(String a, String b) {
        String[] x = a.split("[.+-]");
        String[] y = b.split("[.+-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = p.matches("\\d{1,9}") && q.matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(p), Integer.parseInt(q))
                    : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
