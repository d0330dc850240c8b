package org.caseframe.planning.matrix;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A control a policy can call for, named by its code. The controls are data: the bundled vocabulary
 * ({@code vocabulary-1.0.yaml}) gives each its label, description and owner, and a policy may add its own in its
 * {@code vocabulary} section, without a code release. The constants below are the bundled controls; the planner gives
 * some of them a meaning of its own (contact frequency drives the contact schedule, home visits need a safety check).
 *
 * @param code upper-case letters, digits and underscores, e.g. {@code ELECTRONIC_MONITORING}
 */
public record ControlType(String code) {
    public static final ControlType ELECTRONIC_MONITORING = new ControlType("ELECTRONIC_MONITORING");
    public static final ControlType POLYGRAPH = new ControlType("POLYGRAPH");
    public static final ControlType APPROVED_PREMISES_RESIDENCE = new ControlType("APPROVED_PREMISES_RESIDENCE");
    public static final ControlType CURFEW = new ControlType("CURFEW");
    /** Supervision contacts; {@code perWeek} says how many. */
    public static final ControlType CONTACT_FREQUENCY = new ControlType("CONTACT_FREQUENCY");

    public static final ControlType HOME_VISITS = new ControlType("HOME_VISITS");
    /** Resettlement visits at home or an agreed location. */
    public static final ControlType RESETTLEMENT_VISITS = new ControlType("RESETTLEMENT_VISITS");

    public static final ControlType NON_ASSOCIATION = new ControlType("NON_ASSOCIATION");
    public static final ControlType EXCLUSION_ZONE = new ControlType("EXCLUSION_ZONE");
    public static final ControlType DEVICE_MONITORING = new ControlType("DEVICE_MONITORING");
    public static final ControlType INTERNET_MONITORING = new ControlType("INTERNET_MONITORING");
    /** A referral to the multi-agency risk assessment conference, for high-risk domestic abuse. */
    public static final ControlType MARAC_REFERRAL = new ControlType("MARAC_REFERRAL");
    /** Liaison with children's services about the children in or visiting the household. */
    public static final ControlType CHILDRENS_SERVICES_LIAISON = new ControlType("CHILDRENS_SERVICES_LIAISON");
    /** Liaison with adult social care about an adult at risk. */
    public static final ControlType ADULT_SAFEGUARDING_LIAISON = new ControlType("ADULT_SAFEGUARDING_LIAISON");

    public ControlType {
        Codes.checked(code, "a control");
    }

    /** The control of this code; how case files, policies and plans name it. */
    @JsonCreator
    public static ControlType of(String code) {
        return new ControlType(code);
    }

    /** The code, as JSON and YAML hold it. */
    @JsonValue
    @Override
    public String code() {
        return code;
    }

    /** The code; the name the control had as a Java constant. */
    public String name() {
        return code;
    }

    /** The controls of the bundled vocabulary, in its order. */
    public static List<ControlType> bundled() {
        return Codes.bundled("control", ControlType::of);
    }

    /**
     * The bundled vocabulary's order, then others (a policy's own) by code: the order decisions and changes are
     * listed in.
     */
    public static java.util.Comparator<ControlType> vocabularyOrder() {
        return Codes.vocabularyOrder("control", ControlType::code);
    }

    @Override
    public String toString() {
        return code;
    }
}
