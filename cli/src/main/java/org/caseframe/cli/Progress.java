package org.caseframe.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar with counts, percentage, rate and time left, redrawn in place on standard error at most ten
 * times a second. Single-threaded: call {@link #advance()} from the thread doing the work.
 */
final class Progress implements AutoCloseable {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 24;
    private static final Progress SILENT = new Progress(null, "", "", 0, () -> 0L);

    private final PrintWriter err;
    private final String label;
    private final String unit;
    private final int total;
    private final LongSupplier nanos;
    private final long started;
    private long lastDrawn;
    private boolean drawn;
    private int done;
    private int width;

    private Progress(PrintWriter err, String label, String unit, int total, LongSupplier nanos) {
        this.err = err;
        this.label = label;
        this.unit = unit;
        this.total = total;
        this.nanos = nanos;
        this.started = nanos.getAsLong();
    }

    /** Progress that draws nothing. */
    static Progress silent() {
        return SILENT;
    }

    /** Progress drawn on {@code err}, timed by {@code nanos} (replaceable in tests). */
    static Progress drawing(PrintWriter err, String label, String unit, int total, LongSupplier nanos) {
        return new Progress(err, label, unit, total, nanos);
    }

    /** One more item done. */
    void advance() {
        advanceTo(done + 1);
    }

    /** {@code count} items done in all. */
    void advanceTo(int count) {
        if (err == null) {
            return;
        }
        done = count;
        long now = nanos.getAsLong();
        if (!drawn || done == total || now - lastDrawn >= REDRAW_NANOS) {
            draw(now);
        }
    }

    /** Draws the final state and ends the line, so later output starts on a line of its own. */
    @Override
    public void close() {
        if (err == null) {
            return;
        }
        draw(nanos.getAsLong());
        err.println();
        err.flush();
    }

    /** The line as it would be drawn at {@code now}. */
    String line(long now) {
        double seconds = Math.max(now - started, 1) / 1e9;
        double rate = done / seconds;
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) done * BAR_WIDTH / total);
        StringBuilder b = new StringBuilder(label).append(" [");
        b.append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ");
        b.append(String.format(Locale.ROOT, "%,d/%,d %s", done, total, unit));
        b.append(String.format(Locale.ROOT, " %3d%%", total == 0 ? 100 : (int) ((long) done * 100 / total)));
        b.append(String.format(Locale.ROOT, " %,.0f %s/s", rate, unit));
        if (done > 0 && done < total) {
            long left = Math.round((total - done) / rate);
            b.append(String.format(Locale.ROOT, " %d:%02d left", left / 60, left % 60));
        }
        return b.toString();
    }

    private void draw(long now) {
        String text = line(now);
        // Pad over whatever the previous, possibly longer, line left behind.
        String padded = text.length() < width ? text + " ".repeat(width - text.length()) : text;
        width = text.length();
        err.print("\r" + padded);
        err.flush();
        lastDrawn = now;
        drawn = true;
    }
}
