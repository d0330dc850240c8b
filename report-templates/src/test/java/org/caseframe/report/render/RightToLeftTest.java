package org.caseframe.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RightToLeftTest {
    @Test
    void aLeftToRightValueIsLeftAsItIs() {
        String value = "Probation interview, 12/03/2024";

        assertThat(RightToLeft.keptApart(value)).isSameAs(value);
        assertThat(RightToLeft.keptApart(null)).isNull();
    }

    @Test
    void aValueHoldingArabicIsFencedByLeftToRightMarks() {
        assertThat(RightToLeft.keptApart("Interview with كريم")).isEqualTo("\u200EInterview with كريم\u200E");
    }

    @Test
    void theMarksStopAnArabicSourcePullingTheFollowingDateIntoItsRun() {
        // Logical order in, visual order out, by the JDK's implementation of the Unicode bidirectional algorithm.
        String plain = "(كريم, .8/2024)";
        String kept = "(" + RightToLeft.keptApart("كريم") + ", .8/2024)";

        assertThat(visual(plain)).doesNotContain(".8/2024");
        assertThat(visual(kept).replace("\u200E", "")).contains(", .8/2024)");
    }

    private static String visual(String logical) {
        java.text.Bidi bidi = new java.text.Bidi(logical, java.text.Bidi.DIRECTION_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] texts = new String[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = logical.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            texts[i] = levels[i] % 2 == 1 ? new StringBuilder(run).reverse().toString() : run;
        }
        java.text.Bidi.reorderVisually(levels, 0, texts, 0, runs);
        return String.join("", texts);
    }
}
