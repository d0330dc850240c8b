package org.caseframe.core.model;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * The ideology or ideologies a case is associated with, and the evidence for it.
 *
 * @param types one or more kinds of ideology
 * @param evidence ids of the evidence it rests on
 */
public record IdeologyRecord(
        @NotEmpty @Size(max = 4) List<Ideology> types,
        List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> evidence) {
    public IdeologyRecord {
        Objects.requireNonNull(types, "types");
        types = List.copyOf(types);
        evidence = Optionals.list(evidence);
    }
}
