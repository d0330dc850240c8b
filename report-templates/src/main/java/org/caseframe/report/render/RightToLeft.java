package org.caseframe.report.render;

import java.util.regex.Pattern;

/**
 * Whether a document holds anything laid out right to left: a character of a right-to-left script (Arabic, Hebrew,
 * Thaana, N'Ko and the rest, and Arabic digits), a right-to-left embedding, override or isolate, or an element marked
 * {@code dir="rtl"} or with the {@code rtl} class. A document with none is laid out left to right throughout.
 */
final class RightToLeft {
    private static final Pattern MARKUP = Pattern.compile("\\b(?:dir|class)\\s*=\\s*[\"'][^\"']*\\brtl\\b");

    private RightToLeft() {}

    static boolean in(String xhtml) {
        for (int i = 0; i < xhtml.length(); ) {
            int c = xhtml.codePointAt(i);
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
        return MARKUP.matcher(xhtml).find();
    }
}
