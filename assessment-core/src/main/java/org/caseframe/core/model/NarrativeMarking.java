package org.caseframe.core.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The marking and handling a piece of narrative carries: at least the highest marking and every handling restriction
 * of the evidence it cites, raised further where its author says so. Text written from SECRET material is SECRET,
 * whoever forgets to say so.
 *
 * @param marking the protective marking
 * @param handling every handling restriction; an audience must be permitted each one
 */
public record NarrativeMarking(ProtectiveMarking marking, Set<HandlingRestriction> handling) {
    public NarrativeMarking {
        Objects.requireNonNull(marking, "marking");
        handling = handling.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(handling));
    }

    /**
     * The marking of a rating's rationale: the highest of its stated marking and those of the evidence it cites, with
     * the stated restriction and every restriction of that evidence.
     *
     * @param evidence finds an evidence item by id (ids that resolve to nothing add nothing)
     */
    public static NarrativeMarking ofRationale(ItemRating rating, Function<String, Optional<Evidence>> evidence) {
        ProtectiveMarking marking = rating.rationaleMarking().orElse(ProtectiveMarking.OFFICIAL);
        Set<HandlingRestriction> handling = EnumSet.noneOf(HandlingRestriction.class);
        rating.rationaleHandling().ifPresent(handling::add);
        for (Evidence e : cited(rating, evidence)) {
            marking = ProtectiveMarking.highest(marking, e.marking());
            e.handling().ifPresent(handling::add);
        }
        return new NarrativeMarking(marking, handling);
    }

    /** The highest marking of the evidence a rating cites (OFFICIAL when it cites none). */
    public static ProtectiveMarking citedMarking(ItemRating rating, Function<String, Optional<Evidence>> evidence) {
        ProtectiveMarking marking = ProtectiveMarking.OFFICIAL;
        for (Evidence e : cited(rating, evidence)) {
            marking = ProtectiveMarking.highest(marking, e.marking());
        }
        return marking;
    }

    private static List<Evidence> cited(ItemRating rating, Function<String, Optional<Evidence>> evidence) {
        return rating.evidence().stream()
                .map(evidence)
                .flatMap(Optional::stream)
                .toList();
    }

    /** Whether {@code audience} may read it: cleared for the marking and permitted every restriction. */
    public boolean visibleTo(Audience audience) {
        return audience.clearance().covers(marking)
                && audience.permittedRestrictions().containsAll(handling);
    }

    /** In words, e.g. "SECRET, managers only": the marking, then each handling restriction as such. */
    public String describe() {
        StringBuilder b = new StringBuilder(marking.label());
        handling.stream().sorted().forEach(h -> b.append(", ").append(h.label()));
        return b.toString();
    }
}
