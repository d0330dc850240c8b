package org.caseframe.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import java.util.Optional;

/**
 * The marking and handling of one evidence item as a decision-log record recorded it. The log records every item's
 * marking when it first sees the item and again whenever it changes, so a marking changed in the evidence register
 * without a logged decision is found (see {@code DecisionLog#recordedMarkings}).
 *
 * @param evidence the evidence item's id
 * @param marking its marking
 * @param handling its handling restriction, if any
 */
public record EvidenceMarking(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String evidence,

        ProtectiveMarking marking,
        Optional<HandlingRestriction> handling) {

    public EvidenceMarking {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(marking, "marking");
        handling = Optionals.orEmpty(handling);
    }

    /** The marking of {@code item} as it stands. */
    public static EvidenceMarking of(Evidence item) {
        return new EvidenceMarking(item.id(), item.marking(), item.handling());
    }

    /** In words, e.g. "SECRET, managers only". */
    public String describe() {
        return marking.label() + handling.map(h -> ", " + h.label()).orElse("");
    }
}
