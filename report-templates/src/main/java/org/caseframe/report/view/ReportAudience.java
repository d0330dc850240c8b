package org.caseframe.report.view;

import org.caseframe.core.model.Audience;
import org.caseframe.core.model.HandlingRestriction;
import org.caseframe.core.model.ProtectiveMarking;

/**
 * The audiences reports are written for, each with the highest marking it may see and the handling restrictions it
 * is inside of. Every professional audience may see material not for disclosure to the subject; only managers and
 * CT policing see SECRET material, and only managers the "sterile corridor" (inspection 2023).
 */
public enum ReportAudience {
    COM("Community offender manager", ProtectiveMarking.OFFICIAL_SENSITIVE),
    POM("Prison offender manager", ProtectiveMarking.OFFICIAL_SENSITIVE),
    NSD_MANAGER(
            "NSD manager", ProtectiveMarking.SECRET, HandlingRestriction.MANAGERS_ONLY, HandlingRestriction.NSD_ONLY),
    PSYCHOLOGIST("Forensic psychologist", ProtectiveMarking.OFFICIAL_SENSITIVE),
    CT_POLICE("Counter-terrorism policing", ProtectiveMarking.SECRET, HandlingRestriction.CT_POLICING_ONLY),
    MAPPA_PANEL("MAPPA panel", ProtectiveMarking.OFFICIAL_SENSITIVE);

    private final Audience audience;

    ReportAudience(String name, ProtectiveMarking clearance, HandlingRestriction... permitted) {
        HandlingRestriction[] all = java.util.Arrays.copyOf(permitted, permitted.length + 1);
        all[permitted.length] = HandlingRestriction.NOT_FOR_DISCLOSURE_TO_SUBJECT;
        this.audience = Audience.cleared(name, clearance, all);
    }

    /** The audience's clearance and permissions. */
    public Audience audience() {
        return audience;
    }
}
