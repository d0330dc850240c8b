package org.caseframe.planning.matrix;

/** The interventions a policy can recommend. */
public enum InterventionType {
    /** Healthy Identity Intervention, one-to-one with a psychologist or trained probation staff. */
    HII,
    /** Desistance and Disengagement Programme mentoring. */
    DDP_MENTORING,
    /** Theological and ideological intervention by a matched chaplaincy intervention provider. */
    THEOLOGICAL_IDEOLOGICAL,
    PSYCHOLOGICAL_SUPPORT,
    PRACTICAL_SUPPORT,
    DOMESTIC_ABUSE_PROGRAMME,
    SEXUAL_OFFENDING_PROGRAMME,
    MENTAL_HEALTH,
    EDUCATION_TRAINING_EMPLOYMENT,
    ACCOMMODATION,
    FAMILY_WORK,
    /** Help with money, benefits and debt. */
    FINANCE_BENEFIT_DEBT,
    /** Drug and alcohol treatment. */
    SUBSTANCE_MISUSE,
    /** An accredited thinking-skills programme. */
    THINKING_SKILLS,
    /** Structured one-to-one work on attitudes that support offending. */
    ATTITUDES_WORK
}
