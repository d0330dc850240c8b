package org.caseframe.core.log;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caseframe.core.model.DecisionType;
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
 * @param type what kind of decision it is, when the planner reads it
 * @param mappaLevel the level a MAPPA review decided
 */
public record Decision(
        Practitioner by,
        String decision,
        String rationale,
        ProtectiveMarking marking,
        Optional<HandlingRestriction> handling,
        List<String> sealedReferences,
        Optional<DecisionType> type,
        Optional<Integer> mappaLevel) {

    /** A decision of no particular type. */
    public Decision(
            Practitioner by,
            String decision,
            String rationale,
            ProtectiveMarking marking,
            Optional<HandlingRestriction> handling,
            List<String> sealedReferences) {
        this(by, decision, rationale, marking, handling, sealedReferences, Optional.empty(), Optional.empty());
    }

    public Decision {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(marking, "marking");
        handling = handling == null ? Optional.empty() : handling;
        sealedReferences = sealedReferences == null ? List.of() : List.copyOf(sealedReferences);
        type = type == null ? Optional.empty() : type;
        mappaLevel = mappaLevel == null ? Optional.empty() : mappaLevel;
    }

    /** An OFFICIAL decision with no handling restriction and no sealed references. */
    public static Decision official(Practitioner by, String decision, String rationale) {
        return new Decision(by, decision, rationale, ProtectiveMarking.OFFICIAL, Optional.empty(), List.of());
    }
}
