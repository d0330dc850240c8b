package org.caseframe.core.model;

/** The shape of identifiers used across the model. */
public final class Ids {
    /** Letters, digits and {@code . _ : -}, starting with a letter or digit, at most 64 characters. */
    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

    /** What a practitioner is told when an id does not have that shape. */
    public static final String MESSAGE =
            "must be an id: letters, digits and . _ : - only, starting with a letter or digit, at most 64 characters";

    private Ids() {}
}
