package org.caseframe.core.model;

import java.util.Collection;
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
     * The marking of a piece of narrative: the highest of its stated marking and those of the evidence it cites, with
     * the stated restriction and every restriction of that evidence.
     *
     * @param citesByDefault what it counts as written from when it cites nothing of its own (for text in an
     *     assessment, all the evidence the assessment cites)
     * @param evidence finds an evidence item by id (ids that resolve to nothing add nothing)
     */
    public static NarrativeMarking of(
            Narrative narrative, Collection<String> citesByDefault, Function<String, Optional<Evidence>> evidence) {
        ProtectiveMarking marking = narrative.statedMarking().orElse(ProtectiveMarking.OFFICIAL);
        Set<HandlingRestriction> handling = EnumSet.noneOf(HandlingRestriction.class);
        narrative.statedHandling().ifPresent(handling::add);
        for (Evidence e : cited(narrative, citesByDefault, evidence)) {
            marking = ProtectiveMarking.highest(marking, e.marking());
            e.handling().ifPresent(handling::add);
        }
        return new NarrativeMarking(marking, handling);
    }

    /**
     * The marking of a rating's rationale that cites its own evidence (one that cites none is marked by what its
     * assessment cites; see {@link Narratives}).
     */
    public static NarrativeMarking ofRationale(ItemRating rating, Function<String, Optional<Evidence>> evidence) {
        return of(rating, List.of(), evidence);
    }

    /** The highest marking of the evidence a piece of narrative cites (OFFICIAL when it cites none). */
    public static ProtectiveMarking citedMarking(
            Narrative narrative, Collection<String> citesByDefault, Function<String, Optional<Evidence>> evidence) {
        ProtectiveMarking marking = ProtectiveMarking.OFFICIAL;
        for (Evidence e : cited(narrative, citesByDefault, evidence)) {
            marking = ProtectiveMarking.highest(marking, e.marking());
        }
        return marking;
    }

    /** The marking and handling of an evidence item, as narrative markings are compared. */
    public static NarrativeMarking of(Marked material) {
        return new NarrativeMarking(
                material.marking(), material.handling().map(Set::of).orElse(Set.of()));
    }

    private static List<Evidence> cited(
            Narrative narrative, Collection<String> citesByDefault, Function<String, Optional<Evidence>> evidence) {
        Collection<String> ids = narrative.cites().isEmpty() ? citesByDefault : narrative.cites();
        return ids.stream().map(evidence).flatMap(Optional::stream).toList();
    }

    /** The higher of the two markings with the restrictions of both. */
    public NarrativeMarking with(NarrativeMarking other) {
        Set<HandlingRestriction> all = EnumSet.noneOf(HandlingRestriction.class);
        all.addAll(handling);
        all.addAll(other.handling);
        return new NarrativeMarking(ProtectiveMarking.highest(marking, other.marking), all);
    }

    /** Whether {@code audience} may read it: cleared for the marking and permitted every restriction. */
    public boolean visibleTo(Audience audience) {
        return audience.clearance().covers(marking)
                && audience.permittedRestrictions().containsAll(handling);
    }

    /** In words, e.g. "SECRET, managers only": the marking, then each handling restriction. */
    public String describe() {
        StringBuilder b = new StringBuilder(marking.label());
        handling.stream().sorted().forEach(h -> b.append(", ").append(h.label()));
        return b.toString();
    }

    /**
     * How a withheld note says it, naming handling restrictions as such, e.g. "marked SECRET (handling restriction:
     * managers only)".
     */
    public String describeWithheld() {
        StringBuilder b = new StringBuilder("marked ").append(marking.label());
        if (!handling.isEmpty()) {
            b.append(handling.size() == 1 ? " (handling restriction: " : " (handling restrictions: ");
            b.append(String.join(
                    ", ",
                    handling.stream().sorted().map(HandlingRestriction::label).toList()));
            b.append(')');
        }
        return b.toString();
    }
}
