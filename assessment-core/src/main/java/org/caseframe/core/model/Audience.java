package org.caseframe.core.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who a report or view is for: a clearance and the handling restrictions this audience is permitted to see.
 *
 * @param name a human label such as "Prison offender manager"
 * @param clearance the highest protective marking this audience may see
 * @param permittedRestrictions handling restrictions this audience is inside of
 */
public record Audience(String name, ProtectiveMarking clearance, Set<HandlingRestriction> permittedRestrictions) {

    public Audience {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(clearance, "clearance");
        permittedRestrictions = permittedRestrictions == null || permittedRestrictions.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(permittedRestrictions));
    }

    /** An audience with a clearance and no handling permissions. */
    public static Audience cleared(String name, ProtectiveMarking clearance, HandlingRestriction... permitted) {
        return new Audience(name, clearance, Set.of(permitted));
    }

    /** May this audience see the given material? Both the marking and any handling restriction must allow it. */
    public boolean maySee(Marked material) {
        return clearance.covers(material.marking())
                && material.handling().map(permittedRestrictions::contains).orElse(true);
    }
}
