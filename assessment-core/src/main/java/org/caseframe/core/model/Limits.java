package org.caseframe.core.model;

/** Length limits on free text, shared by Bean Validation and the published JSON Schema. */
public final class Limits {
    /** Names, labels, references. */
    public static final int SHORT_TEXT = 200;
    /** Evidence, rationales, formulation sections. */
    public static final int LONG_TEXT = 20_000;

    /** Text with at least one non-blank character; unlike {@code @NotBlank}, it lets an absent optional through. */
    public static final String NOT_BLANK = "(?s).*\\S.*";

    private Limits() {}
}
