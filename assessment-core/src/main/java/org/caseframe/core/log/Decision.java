package org.caseframe.core.log;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caseframe.core.model.HandlingRestriction;
import org.caseframe.core.model.Practitioner;
import org.caseframe.core.model.ProtectiveMarking;

/**
 * A decision about to be appended to a {@link DecisionLog}: everything but its place in the chain.
 *
 * @param by who took it
 * @param decision what was decided
 * @param rationale why
 * @param marking the protective marking of the record
 * @param handling a need-to-know restriction, if any
 * @param sealedReferences handles of sealed material it rests on (never the material)
 */
public record Decision(
        Practitioner by,
        String decision,
        String rationale,
        ProtectiveMarking marking,
        Optional<HandlingRestriction> handling,
        List<String> sealedReferences) {

    public Decision {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(marking, "marking");
        handling = handling == null ? Optional.empty() : handling;
        sealedReferences = sealedReferences == null ? List.of() : List.copyOf(sealedReferences);
    }

    /** An OFFICIAL decision with no handling restriction and no sealed references. */
    public static Decision official(Practitioner by, String decision, String rationale) {
        return new Decision(by, decision, rationale, ProtectiveMarking.OFFICIAL, Optional.empty(), List.of());
    }
}
