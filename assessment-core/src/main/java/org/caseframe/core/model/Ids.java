package org.caseframe.core.model;

/** The shape of identifiers used across the model. */
public final class Ids {
    /** Letters, digits and {@code . _ : -}, starting with a letter or digit, at most 64 characters. */
    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

    private Ids() {}
}
