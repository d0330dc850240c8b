package org.caseframe.core.model;

import java.util.List;
import java.util.Optional;

/**
 * Text a person wrote from evidence: a rationale, a case-specific factor, a summary judgement, a formulation section,
 * a scenario, a check note. Its marking is at least the highest marking, and its handling every restriction, of the
 * evidence it cites, raised further where its author says so (see {@link NarrativeMarking}).
 */
public interface Narrative {
    /** The text, if any was written. */
    Optional<String> narrative();

    /** Ids of the evidence it was written from; empty when it names none of its own. */
    List<String> cites();

    /** The marking its author states, if any. */
    Optional<ProtectiveMarking> statedMarking();

    /** A handling restriction its author adds, if any. */
    Optional<HandlingRestriction> statedHandling();

    /** A sanitised version for a wider audience, if one was written. */
    Optional<Sanitised> sanitised();
}
