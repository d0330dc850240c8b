package org.caseframe.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * A source that domain content rests on.
 *
 * @param text the citation, e.g. "Lloyd &amp; Dean 2015, J. Threat Assess. Manag. 2(1):40-52"
 * @param url where it can be read, if public
 * @param verified whether the content was checked against this source; unverified content says so
 * @param note what was or was not confirmed
 */
public record Citation(
        @NotBlank @Size(max = Limits.LONG_TEXT) String text,
        Optional<
                        @Pattern(regexp = Limits.NOT_BLANK, message = "must not be blank")
                        @Size(max = Limits.SHORT_TEXT * 10) String>
                url,
        boolean verified,
        Optional<
                        @Pattern(regexp = Limits.NOT_BLANK, message = "must not be blank") @Size(max = Limits.LONG_TEXT)
                        String>
                note) {

    public Citation {
        Objects.requireNonNull(text, "text");
        url = Optionals.orEmpty(url);
        note = Optionals.orEmpty(note);
    }
}
