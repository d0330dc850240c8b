package org.caseframe.planning.matrix;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * An intervention a policy can recommend, named by its code. Interventions are data: the bundled vocabulary
 * ({@code vocabulary-1.0.yaml}) gives each its label and description, the interventions file its eligibility, and a
 * policy may add its own in its {@code vocabulary} section, without a code release. The constants below are the
 * bundled interventions.
 *
 * @param code upper-case letters, digits and underscores, e.g. {@code HII}
 */
public record InterventionType(String code) {
    /** Healthy Identity Intervention, one-to-one with a psychologist or trained probation staff. */
    public static final InterventionType HII = new InterventionType("HII");
    /** Desistance and Disengagement Programme mentoring. */
    public static final InterventionType DDP_MENTORING = new InterventionType("DDP_MENTORING");
    /** Theological and ideological intervention by a matched chaplaincy intervention provider. */
    public static final InterventionType THEOLOGICAL_IDEOLOGICAL = new InterventionType("THEOLOGICAL_IDEOLOGICAL");

    public static final InterventionType PSYCHOLOGICAL_SUPPORT = new InterventionType("PSYCHOLOGICAL_SUPPORT");
    public static final InterventionType PRACTICAL_SUPPORT = new InterventionType("PRACTICAL_SUPPORT");
    public static final InterventionType DOMESTIC_ABUSE_PROGRAMME = new InterventionType("DOMESTIC_ABUSE_PROGRAMME");
    public static final InterventionType SEXUAL_OFFENDING_PROGRAMME =
            new InterventionType("SEXUAL_OFFENDING_PROGRAMME");
    public static final InterventionType MENTAL_HEALTH = new InterventionType("MENTAL_HEALTH");
    public static final InterventionType EDUCATION_TRAINING_EMPLOYMENT =
            new InterventionType("EDUCATION_TRAINING_EMPLOYMENT");
    public static final InterventionType ACCOMMODATION = new InterventionType("ACCOMMODATION");
    public static final InterventionType FAMILY_WORK = new InterventionType("FAMILY_WORK");
    /** Help with money, benefits and debt. */
    public static final InterventionType FINANCE_BENEFIT_DEBT = new InterventionType("FINANCE_BENEFIT_DEBT");
    /** Drug and alcohol treatment. */
    public static final InterventionType SUBSTANCE_MISUSE = new InterventionType("SUBSTANCE_MISUSE");
    /** An accredited thinking-skills programme. */
    public static final InterventionType THINKING_SKILLS = new InterventionType("THINKING_SKILLS");
    /** Structured one-to-one work on attitudes that support offending. */
    public static final InterventionType ATTITUDES_WORK = new InterventionType("ATTITUDES_WORK");

    public InterventionType {
        Codes.checked(code, "an intervention");
    }

    /** The intervention of this code; how policies, data files and plans name it. */
    @JsonCreator
    public static InterventionType of(String code) {
        return new InterventionType(code);
    }

    /** The code, as JSON and YAML hold it. */
    @JsonValue
    @Override
    public String code() {
        return code;
    }

    /** The code; the name the intervention had as a Java constant. */
    public String name() {
        return code;
    }

    /** The interventions of the bundled vocabulary, in its order. */
    public static List<InterventionType> bundled() {
        return Codes.bundled("intervention", InterventionType::of);
    }

    /**
     * The bundled vocabulary's order, then others (a policy's own) by code: the order decisions and changes are
     * listed in.
     */
    public static java.util.Comparator<InterventionType> vocabularyOrder() {
        return Codes.vocabularyOrder("intervention", InterventionType::code);
    }

    @Override
    public String toString() {
        return code;
    }
}
