package org.caseframe.report.render;

/**
 * Break opportunities in long unbroken runs of text. A run longer than {@link #LONGEST} characters with no white space
 * gets a zero-width space (U+200B) after every {@link #EVERY} characters, which is invisible and lets the line breaker
 * split the run in the narrowest column; ordinary words, dates and numbers are never touched.
 */
final class LongRuns {
    /** The longest run left as it is. */
    static final int LONGEST = 40;

    /** How many characters between break opportunities in a longer run. */
    static final int EVERY = 6;

    static final char ZERO_WIDTH_SPACE = '\u200B';

    private LongRuns() {}

    static String breakable(String text) {
        if (text == null || text.length() <= LONGEST || !hasLongRun(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + text.length() / EVERY);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                run(text, start, i, out);
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    private static void run(String text, int from, int to, StringBuilder out) {
        if (to - from <= LONGEST) {
            out.append(text, from, to);
            return;
        }
        for (int i = from; i < to; i++) {
            out.append(text.charAt(i));
            // Never between a surrogate pair.
            if ((i - from + 1) % EVERY == 0 && i + 1 < to && !Character.isHighSurrogate(text.charAt(i))) {
                out.append(ZERO_WIDTH_SPACE);
            }
        }
    }

    private static boolean hasLongRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
            if (run > LONGEST) {
                return true;
            }
        }
        return false;
    }
}
