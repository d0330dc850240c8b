package org.caseframe.cli;

import java.io.IOException;
import java.io.Reader;

/** Reads lines without ever holding more than a set number of characters of one line. */
final class LineReader {
    /** One line: its 1-based number, its text (empty when too long) and whether it was cut. */
    record Line(long number, String text, boolean tooLong) {}

    private final Reader in;
    private final int max;
    private long number;
    private boolean done;

    LineReader(Reader in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        if (done) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        boolean tooLong = false;
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (b.length() < max) {
                b.append((char) c);
            } else {
                tooLong = true;
            }
        }
        if (c == -1) {
            done = true;
            if (b.length() == 0 && !tooLong) {
                return null;
            }
        }
        number++;
        String text =
                b.length() > 0 && b.charAt(b.length() - 1) == '\r' ? b.substring(0, b.length() - 1) : b.toString();
        return new Line(number, tooLong ? "" : text, tooLong);
    }
}
