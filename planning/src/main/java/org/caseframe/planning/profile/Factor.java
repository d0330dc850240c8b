package org.caseframe.planning.profile;

import java.util.List;
import java.util.Optional;

/**
 * A named input to the control and interventions matrix. Level factors take one of a fixed list of values, or
 * {@value #UNKNOWN}; numeric factors take a whole number of months, or are unknown. Policy files name factors by
 * {@link #key()}.
 */
public enum Factor {
    COHORT(Kind.CATEGORY, "NONE", "TERRORIST_RISK", "TERRORIST_CONNECTED", "TERRORIST"),
    ERG_ENGAGEMENT(Kind.RISK, "LOW", "MEDIUM", "HIGH"),
    ERG_INTENT(Kind.RISK, "LOW", "MEDIUM", "HIGH"),
    ERG_CAPABILITY(Kind.RISK, "LOW", "MEDIUM", "HIGH"),
    PRESENTING_RISK(Kind.RISK, "LOW", "MODERATE", "HIGH"),
    ROSH_COMMUNITY(Kind.RISK, "LOW", "MEDIUM", "HIGH", "VERY_HIGH"),
    ROSH_CUSTODY(Kind.RISK, "LOW", "MEDIUM", "HIGH", "VERY_HIGH"),
    OGRS3(Kind.RISK, "NOT_APPLICABLE", "LOW", "MEDIUM", "HIGH", "VERY_HIGH"),
    OVP(Kind.RISK, "NOT_APPLICABLE", "LOW", "MEDIUM", "HIGH", "VERY_HIGH"),
    OSP_DC(Kind.RISK, "NOT_APPLICABLE", "LOW", "MEDIUM", "HIGH", "VERY_HIGH"),
    OSP_IIC(Kind.RISK, "NOT_APPLICABLE", "LOW", "MEDIUM", "HIGH"),
    DOMESTIC_ABUSE(Kind.RISK, "STANDARD", "MEDIUM", "HIGH"),
    DOMESTIC_ABUSE_ENQUIRIES(Kind.CATEGORY, "MADE", "NOT_MADE"),
    SEXUAL_HARM(Kind.RISK, "LOW", "MEDIUM", "HIGH"),
    /** Whether children live in the household or visit it regularly, from the latest record of circumstances. */
    CHILDREN_IN_HOUSEHOLD(Kind.RISK, "NONE", "PRESENT"),
    /** Whether there is a concern for an adult at risk, from the latest record of circumstances. */
    ADULT_SAFEGUARDING(Kind.RISK, "NO_CONCERN", "CONCERN"),
    STAGE(
            Kind.CATEGORY,
            "REMAND",
            "PRE_RELEASE_CUSTODY",
            "FIRST_12_MONTHS_COMMUNITY",
            "LATER_COMMUNITY",
            "POST_SENTENCE_NOTIFICATION"),
    APPROVED_PREMISES(Kind.CATEGORY, "NONE", "RESIDENT", "LEFT"),
    /** The level the latest MAPPA panel review recorded in the decision log decided, or NONE before any review. */
    MAPPA_REVIEW(Kind.CATEGORY, "NONE", "LEVEL_1", "LEVEL_2", "LEVEL_3"),
    /** Whether the latest domestic-abuse screening makes a MARAC referral due. */
    MARAC_REFERRAL(Kind.CATEGORY, "NOT_DUE", "DUE"),
    /** The plan the latest home-visit safety check set. */
    HOME_VISIT_PLAN(Kind.CATEGORY, "STANDARD", "TWO_PERSON", "WITH_POLICE", "DO_NOT_VISIT"),
    /** Whether the decision log records the risk management plan as in place. */
    RISK_MANAGEMENT_PLAN(Kind.CATEGORY, "NOT_RECORDED", "IN_PLACE"),
    /** Months since the later of entering the community and the latest adverse event. Fewer means more risk. */
    MONTHS_STABLE(Kind.STABILITY),
    MONTHS_SINCE_RELEASE(Kind.COUNT),
    MONTHS_SINCE_APPROVED_PREMISES(Kind.COUNT);

    /** The value of a level factor that was not assessed or cannot be derived. Never treated as low. */
    public static final String UNKNOWN = "UNKNOWN";

    /** How a factor's values relate to risk. */
    public enum Kind {
        /** Ordered levels, later levels mean more risk. */
        RISK,
        /** Unordered categories. */
        CATEGORY,
        /** A number of months; more months means less risk. */
        STABILITY,
        /** A number of months with no direction of risk. */
        COUNT
    }

    private final Kind kind;
    private final List<String> values;

    Factor(Kind kind, String... values) {
        this.kind = kind;
        this.values = List.of(values);
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the factor is a number of months rather than a level. */
    public boolean numeric() {
        return kind == Kind.STABILITY || kind == Kind.COUNT;
    }

    /** The known values of a level factor, lowest risk first; empty for numeric factors. */
    public List<String> levels() {
        return values;
    }

    /** The factor in words, e.g. "the ERG judgement of intent". */
    public String label() {
        return switch (this) {
            case COHORT -> "the cohort";
            case ERG_ENGAGEMENT -> "the ERG judgement of engagement";
            case ERG_INTENT -> "the ERG judgement of intent";
            case ERG_CAPABILITY -> "the ERG judgement of capability";
            case PRESENTING_RISK -> "presenting terrorist risk (Pathfinder-style assessment)";
            case ROSH_COMMUNITY -> "risk of serious harm in the community (RoSH)";
            case ROSH_CUSTODY -> "risk of serious harm in custody (RoSH)";
            case OGRS3 -> "OGRS3";
            case OVP -> "OVP";
            case OSP_DC -> "OSP/DC";
            case OSP_IIC -> "OSP/IIC";
            case DOMESTIC_ABUSE -> "domestic abuse risk (DASH-style screening)";
            case DOMESTIC_ABUSE_ENQUIRIES -> "the domestic-abuse enquiries";
            case SEXUAL_HARM -> "sexual harm risk";
            case CHILDREN_IN_HOUSEHOLD -> "whether children live in the household";
            case ADULT_SAFEGUARDING -> "whether there is an adult safeguarding concern";
            case STAGE -> "the stage of the sentence";
            case APPROVED_PREMISES -> "approved premises residence";
            case MAPPA_REVIEW -> "the latest MAPPA panel review";
            case MARAC_REFERRAL -> "a MARAC referral (DASH-style screening)";
            case HOME_VISIT_PLAN -> "the home-visit safety plan";
            case RISK_MANAGEMENT_PLAN -> "the risk management plan";
            case MONTHS_STABLE -> "the months of stability in the community";
            case MONTHS_SINCE_RELEASE -> "the months since release";
            case MONTHS_SINCE_APPROVED_PREMISES -> "the months since leaving approved premises";
        };
    }

    /** The name policies use, e.g. {@code ergIntent}. */
    public String key() {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    /** The factor a policy key names. */
    public static Optional<Factor> ofKey(String key) {
        for (Factor f : values()) {
            if (f.key().equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Encodes a level: 0 for unknown, 1.. for the known values in order; -1 if not a value of this factor. */
    public int code(String value) {
        if (UNKNOWN.equals(value)) {
            return 0;
        }
        int i = values.indexOf(value);
        return i < 0 ? -1 : i + 1;
    }
}
