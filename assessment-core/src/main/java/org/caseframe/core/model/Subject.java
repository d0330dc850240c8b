package org.caseframe.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The person a case file is about.
 *
 * @param id a pseudonymous identifier, never a real reference number in shared samples
 * @param names recorded names; exactly one is primary
 * @param dateOfBirth date of birth
 * @param sex sex as recorded
 */
public record Subject(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String id,

        @NotEmpty List<@Valid PersonName> names,
        LocalDate dateOfBirth,
        Sex sex) {

    public Subject {
        Objects.requireNonNull(id, "id");
        names = Optionals.list(names);
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
    }

    /** The primary name, if one is marked primary. */
    public Optional<PersonName> primaryName() {
        return names.stream().filter(n -> n.use() == NameUse.PRIMARY).findFirst();
    }
}
