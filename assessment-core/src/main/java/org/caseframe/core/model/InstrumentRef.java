package org.caseframe.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An instrument identity and version, written {@code id@version} (e.g. {@code erg22plus@1.0}). An assessment names the
 * exact version it was made under and is always read with that version's definition.
 */
public record InstrumentRef(String id, String version) {
    /** The textual form accepted by {@link #parse(String)}. */
    public static final String PATTERN = "^[a-z0-9][a-z0-9._-]{0,63}@[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    public InstrumentRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        if (!COMPILED.matcher(id + "@" + version).matches()) {
            throw new IllegalArgumentException("not an instrument reference: " + id + "@" + version);
        }
    }

    /** Parses {@code id@version}; throws {@link IllegalArgumentException} naming the text when it is malformed. */
    @JsonCreator
    public static InstrumentRef parse(String text) {
        if (text == null || !COMPILED.matcher(text).matches()) {
            throw new IllegalArgumentException("not an instrument reference (expected id@version): " + text);
        }
        int at = text.indexOf('@');
        return new InstrumentRef(text.substring(0, at), text.substring(at + 1));
    }

    @JsonValue
    @Override
    public String toString() {
        return id + "@" + version;
    }
}
