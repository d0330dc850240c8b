package org.caseframe.core.validation;

/**
 * Stable codes for everything that can be wrong with input. Callers may switch on these; the codes (the strings from
 * {@link #code()}) never change meaning between releases.
 */
public enum ProblemCode {
    /** The file could not be read at all. */
    IO("io"),
    /** Not well-formed JSON or YAML. */
    SYNTAX("syntax"),
    /** The same key appears twice in one object. */
    DUPLICATE_KEY("duplicate-key"),
    /** The input is too large, too deep or too long somewhere. */
    LIMIT_EXCEEDED("limit-exceeded"),
    /** A field the format does not have. */
    UNKNOWN_FIELD("unknown-field"),
    /** A required field is absent. */
    MISSING_FIELD("missing-field"),
    /** A value of the wrong JSON type. */
    WRONG_TYPE("wrong-type"),
    /** A value of the right type that is not allowed (enum, pattern, length, date). */
    INVALID_VALUE("invalid-value"),
    /** A schema version this library does not read. */
    UNSUPPORTED_VERSION("unsupported-version"),
    /** Two things that must have distinct ids share one. */
    DUPLICATE_ID("duplicate-id"),
    /** A reference to an id that does not exist. */
    UNRESOLVED_REFERENCE("unresolved-reference"),
    /** An assessment names an instrument version that cannot be found. */
    UNKNOWN_INSTRUMENT("unknown-instrument"),
    /** A rating, judgement or section that the instrument does not have. */
    UNKNOWN_ITEM("unknown-item"),
    /** A level that is not on the scale it should be on. */
    NOT_ON_SCALE("not-on-scale"),
    /** A rating at a level that demands a written rationale has none. */
    RATIONALE_REQUIRED("rationale-required"),
    /** A finished assessment leaves a required item, judgement or section empty. */
    INCOMPLETE("incomplete"),
    /** More open ("+") items than the instrument allows. */
    TOO_MANY_OPEN_ITEMS("too-many-open-items"),
    /** A relevance rating on an instrument that does not rate relevance. */
    RELEVANCE_NOT_RATED("relevance-not-rated"),
    /** Dates in an impossible order. */
    DATE_ORDER("date-order"),
    /** A date after today (the supplied clock) where only the past makes sense. */
    DATE_IN_FUTURE("date-in-future"),
    /** A status that needs something the record lacks, e.g. countersigned without a countersignature. */
    STATUS("status"),
    /** An assessor's judgement below the level the instrument's scoring suggests, where it may only be raised. */
    BELOW_SUGGESTED("below-suggested"),
    /** A rating scale without levels, or with levels out of order. */
    SCALE_ORDER("scale-order"),
    /** A rule whose conditions no input can satisfy, so it can never fire. */
    UNREACHABLE("unreachable"),
    /** Two rules that can fire together but decide opposite things. */
    CONFLICT("conflict"),
    /** The decision log's hash chain is broken. */
    CHAIN_BROKEN("chain-broken"),
    /** An evidence item's marking or handling differs from what the decision log last recorded, with no record of the change. */
    MARKING_NOT_LOGGED("marking-not-logged"),
    /** Stands for the problems left out after the first {@link Problem#REPORTED_AT_MOST}: "and N more problems". */
    MORE_PROBLEMS("more-problems");

    private final String code;

    ProblemCode(String code) {
        this.code = code;
    }

    /** The stable, lower-case code, e.g. {@code not-on-scale}. */
    public String code() {
        return code;
    }
}
