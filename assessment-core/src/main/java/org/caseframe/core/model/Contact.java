package org.caseframe.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One supervision contact, as counted against the national standards.
 *
 * @param date the day it took place
 * @param kind how it took place
 * @param purpose why, in a line
 * @param by who made it
 * @param marking the marking of the purpose as its author states it (OFFICIAL when not stated)
 * @param handling a handling restriction on the purpose, if any
 */
public record Contact(
        LocalDate date,
        ContactKind kind,
        @NotBlank @Size(max = Limits.SHORT_TEXT * 5) String purpose,
        @Valid Practitioner by,
        Optional<ProtectiveMarking> marking,
        Optional<HandlingRestriction> handling)
        implements Narrative {

    /** A contact whose purpose is OFFICIAL. */
    public Contact(LocalDate date, ContactKind kind, String purpose, Practitioner by) {
        this(date, kind, purpose, by, Optional.empty(), Optional.empty());
    }

    public Contact {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(by, "by");
        marking = Optionals.orEmpty(marking);
        handling = Optionals.orEmpty(handling);
    }

    @Override
    public Optional<String> narrative() {
        return Optional.of(purpose);
    }

    @Override
    public List<String> cites() {
        return List.of();
    }

    @Override
    public Optional<ProtectiveMarking> statedMarking() {
        return marking;
    }

    @Override
    public Optional<HandlingRestriction> statedHandling() {
        return handling;
    }

    @Override
    public Optional<Sanitised> sanitised() {
        return Optional.empty();
    }
}
