package org.caseframe.report.render;

import java.util.regex.Pattern;

/**
 * Right-to-left text in reports. {@link #in} tells whether a document holds anything laid out right to left: a
 * character of a right-to-left script (Arabic, Hebrew, Thaana, N'Ko and the rest, and Arabic digits), a right-to-left
 * embedding, override or isolate, or an element marked {@code dir="rtl"} or with the {@code rtl} class. A document with
 * none is laid out left to right throughout. {@link #keptApart} keeps a value's direction from spilling into the text
 * around it.
 */
final class RightToLeft {
    private static final Pattern MARKUP = Pattern.compile("\\b(?:dir|class)\\s*=\\s*[\"'][^\"']*\\brtl\\b");

    /** LEFT-TO-RIGHT MARK: invisible, zero width, and strongly left to right (the fonts have a glyph for it). */
    static final char LEFT_TO_RIGHT_MARK = '\u200E';

    private RightToLeft() {}

    static boolean in(String xhtml) {
        return holds(xhtml) || MARKUP.matcher(xhtml).find();
    }

    /**
     * {@code value} between two left-to-right marks if it holds right-to-left text, else {@code value} itself. The
     * Unicode bidirectional algorithm resolves digits and punctuation by the strong text before them in the same
     * paragraph, and a template sets values side by side ({@code (source, date, marking)}, one table cell after
     * another): after an Arabic source, a date such as {@code .8/2024} would be drawn as part of the Arabic run, its
     * characters out of order. The marks stop that at the value's edges, as an isolate would (the fonts have no glyph
     * for the isolate controls, and openhtmltopdf isolates only whole elements); inside the value nothing changes.
     */
    static String keptApart(String value) {
        if (value == null || !holds(value)) {
            return value;
        }
        return LEFT_TO_RIGHT_MARK + value + LEFT_TO_RIGHT_MARK;
    }

    private static boolean holds(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            switch (Character.getDirectionality(c)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                        Character.DIRECTIONALITY_ARABIC_NUMBER,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE:
                    return true;
                default:
                    i += Character.charCount(c);
            }
        }
        return false;
    }
}
