package org.caseframe;

/** What a document is rendered as. */
public enum DocumentFormat {
    /** Tagged PDF/UA-1 with embedded fonts, bookmarks and "Page X of Y"; byte-identical for the same inputs. */
    PDF,
    /** The XHTML the PDF is made from. */
    HTML;

    /** The file-name extension, {@code pdf} or {@code html}. */
    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
