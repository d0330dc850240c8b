package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final AtomicLong nanos = new AtomicLong();
    private final StringWriter err = new StringWriter();

    private Progress progress(int total) {
        return Progress.drawing(new PrintWriter(err), "compare", "cases", total, nanos::get);
    }

    @Test
    void theLineShowsTheBarCountsPercentageRateAndTimeLeft() {
        Progress p = progress(200);
        nanos.set(2_000_000_000L);
        p.advanceTo(50);

        assertThat(p.line(nanos.get()))
                .isEqualTo("compare [######------------------] 50/200 cases  25% 25 cases/s 0:06 left");
    }

    @Test
    void itRedrawsAtMostTenTimesASecondAndAlwaysDrawsTheEnd() {
        Progress p = progress(1000);
        for (int i = 0; i < 1000; i++) {
            nanos.addAndGet(50_000L); // 1,000 items in 50 ms
            p.advance();
        }
        p.close();

        String drawn = err.toString();
        assertThat(drawn.chars().filter(c -> c == '\r').count())
                .as("the first item, the last and the close")
                .isEqualTo(3);
        assertThat(drawn).endsWith("1,000/1,000 cases 100% 20,000 cases/s" + System.lineSeparator());
    }

    @Test
    void aShorterLineOverwritesALongerOneCompletely() {
        Progress p = progress(100);
        nanos.set(1_000_000_000L);
        p.advanceTo(1); // "... 1:39 left" is drawn
        nanos.set(3_000_000_000L);
        p.advanceTo(100); // no time left: a shorter line

        String[] draws = err.toString().split("\r");
        assertThat(draws[2].length()).isEqualTo(draws[1].length());
    }

    @Test
    void silentProgressDrawsNothing() {
        Progress p = Progress.silent();
        p.advance();
        p.close();

        assertThat(err.toString()).isEmpty();
    }
}
