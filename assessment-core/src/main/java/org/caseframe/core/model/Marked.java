package org.caseframe.core.model;

import java.util.Optional;

/** Anything that carries a protective marking and perhaps a handling restriction. */
public interface Marked {
    /** The protective marking of this material. */
    ProtectiveMarking marking();

    /** The handling restriction, if any. */
    Optional<HandlingRestriction> handling();
}
