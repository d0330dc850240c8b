package org.caseframe.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of evidence with its provenance and protective marking. Ratings, checks and open items refer to evidence
 * by {@link #id()}, so one piece of evidence can support several factors and is redacted in one place.
 *
 * @param id unique within the case file, e.g. {@code E12}
 * @param text what the evidence says, in the assessor's words
 * @param source the agency it came from
 * @param date when it was recorded or received
 * @param reference the source system's reference, if any
 * @param marking its protective marking
 * @param handling a need-to-know restriction, if any
 */
public record Evidence(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String id,

        @NotBlank @Size(max = Limits.LONG_TEXT) String text,
        SourceAgency source,
        LocalDate date,
        Optional<
                        @Pattern(regexp = Limits.NOT_BLANK, message = "must not be blank")
                        @Size(max = Limits.SHORT_TEXT) String>
                reference,
        ProtectiveMarking marking,
        Optional<HandlingRestriction> handling)
        implements Marked {

    public Evidence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        reference = Optionals.orEmpty(reference);
        Objects.requireNonNull(marking, "marking");
        handling = Optionals.orEmpty(handling);
    }
}
