package org.caseframe.planning.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.standards.StandardsPlanner;

/**
 * One sentence plan covering terrorist and non-terrorist risks: the policy's decisions (NSD, MAPPA, controls,
 * interventions, each with reasons), objectives linked to the risks they address, checkpoints at transitions with the
 * enquiries each needs, the contingency plan, the review schedule and the plan checks' findings.
 *
 * @param caseId the subject's pseudonymous id
 * @param asOf the date the plan was made for
 * @param policy the policy as {@code id@version}
 * @param nsd NSD management and why
 * @param mappa MAPPA category, level and next review, if MAPPA-managed
 * @param controls controls, each with reasons
 * @param interventions interventions, each with reasons
 * @param objectives objectives, each linked to the risks it addresses
 * @param checkpoints transitions and the enquiries each needs
 * @param contingency pre-agreed responses to triggers
 * @param contactSchedule the dated contacts the national standards require over the next 12 months
 * @param workloadHoursPerMonth estimated practitioner hours a month the plan needs
 * @param reviews dates the plan is reviewed
 * @param findings what the plan checks found
 * @param terms the words for the controls and interventions the plan's policy adds to the bundled vocabulary, by
 *     kind then code (empty for the bundled policies)
 */
// Every top-level part is always present, empty or not, so consumers can rely on the keys.
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SentencePlan(
        String caseId,
        LocalDate asOf,
        String policy,
        Decisions.NsdDecision nsd,
        Optional<Mappa> mappa,
        List<Decisions.ControlDecision> controls,
        List<Decisions.InterventionDecision> interventions,
        List<Objective> objectives,
        List<Checkpoint> checkpoints,
        List<Contingency> contingency,
        List<StandardsPlanner.ScheduledContact> contactSchedule,
        double workloadHoursPerMonth,
        List<LocalDate> reviews,
        List<Finding> findings,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Map<String, Vocabulary.Term>> terms) {

    public SentencePlan {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(nsd, "nsd");
        Objects.requireNonNull(mappa, "mappa");
        controls = List.copyOf(controls);
        interventions = List.copyOf(interventions);
        objectives = List.copyOf(objectives);
        checkpoints = List.copyOf(checkpoints);
        contingency = List.copyOf(contingency);
        contactSchedule = List.copyOf(contactSchedule);
        reviews = List.copyOf(reviews);
        findings = List.copyOf(findings);
        terms = terms == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(terms));
    }

    /** A plan whose policy adds nothing to the bundled vocabulary. */
    public SentencePlan(
            String caseId,
            LocalDate asOf,
            String policy,
            Decisions.NsdDecision nsd,
            Optional<Mappa> mappa,
            List<Decisions.ControlDecision> controls,
            List<Decisions.InterventionDecision> interventions,
            List<Objective> objectives,
            List<Checkpoint> checkpoints,
            List<Contingency> contingency,
            List<StandardsPlanner.ScheduledContact> contactSchedule,
            double workloadHoursPerMonth,
            List<LocalDate> reviews,
            List<Finding> findings) {
        this(
                caseId,
                asOf,
                policy,
                nsd,
                mappa,
                controls,
                interventions,
                objectives,
                checkpoints,
                contingency,
                contactSchedule,
                workloadHoursPerMonth,
                reviews,
                findings,
                Map.of());
    }

    /** The words for this plan's codes: the bundled vocabulary with the terms its policy adds. */
    public Vocabulary words() {
        return Vocabulary.bundled().with(terms);
    }

    /** A copy with these findings. */
    public SentencePlan withFindings(List<Finding> checked) {
        return new SentencePlan(
                caseId,
                asOf,
                policy,
                nsd,
                mappa,
                controls,
                interventions,
                objectives,
                checkpoints,
                contingency,
                contactSchedule,
                workloadHoursPerMonth,
                reviews,
                checked,
                terms);
    }

    /**
     * MAPPA management with its review date.
     *
     * @param category 1 to 4
     * @param level 1 to 3
     * @param reviewDate when the level is next reviewed
     * @param reasons why: the rules that set the level
     * @param basis what else the level rests on, in words: how long the person has been stable and the threshold,
     *     when the risk management plan was recorded as in place, the latest panel review
     */
    public record Mappa(
            int category, int level, LocalDate reviewDate, List<Decisions.Reason> reasons, List<String> basis) {
        public Mappa {
            reasons = List.copyOf(reasons);
            basis = List.copyOf(basis);
        }

        /** MAPPA management with nothing said beyond the rules. */
        public Mappa(int category, int level, LocalDate reviewDate, List<Decisions.Reason> reasons) {
            this(category, level, reviewDate, reasons, List.of());
        }
    }

    /** Who owns an objective. */
    public enum Owner {
        COM,
        POM,
        PSYCHOLOGIST,
        CT_POLICE,
        CHAPLAINCY_PROVIDER,
        DDP_PROVIDER,
        APPROVED_PREMISES
    }

    /** Where an objective stands. */
    public enum Status {
        NOT_STARTED,
        IN_PROGRESS,
        ACHIEVED
    }

    /**
     * An objective.
     *
     * @param id stable within the plan, e.g. {@code OBJ-1}
     * @param text what is to be achieved
     * @param owner who leads it
     * @param addresses the identified risks and needs it addresses, each naming its source
     * @param builds the strengths it builds on
     * @param start when work starts
     * @param target when it should be achieved (never undefined)
     * @param status where it stands
     */
    public record Objective(
            String id,
            String text,
            Owner owner,
            List<String> addresses,
            List<String> builds,
            LocalDate start,
            LocalDate target,
            Status status) {
        public Objective {
            Objects.requireNonNull(target, "target");
            addresses = List.copyOf(addresses);
            builds = List.copyOf(builds);
        }
    }

    /**
     * A transition at which enquiries are due (recommendation 12).
     *
     * @param transition e.g. RELEASE
     * @param date when, if known; absent for transitions that happen on an event
     * @param due whether the date has passed, so the enquiries should be on record
     * @param requiredEnquiries the enquiries due
     * @param recordedEnquiries those on record for this transition: for a dated transition, made within the
     *     enquiry window of its date; otherwise recorded at it
     * @param outOfDateEnquiries enquiries recorded for this transition but made outside its window, as "KIND (made
     *     DATE)"
     */
    public record Checkpoint(
            String transition,
            Optional<LocalDate> date,
            boolean due,
            List<String> requiredEnquiries,
            List<String> recordedEnquiries,
            List<String> outOfDateEnquiries) {
        public Checkpoint {
            requiredEnquiries = List.copyOf(requiredEnquiries);
            recordedEnquiries = List.copyOf(recordedEnquiries);
            outOfDateEnquiries = List.copyOf(outOfDateEnquiries);
        }

        /** A checkpoint with nothing out of date. */
        public Checkpoint(
                String transition,
                Optional<LocalDate> date,
                boolean due,
                List<String> requiredEnquiries,
                List<String> recordedEnquiries) {
            this(transition, date, due, requiredEnquiries, recordedEnquiries, List.of());
        }
    }

    /**
     * A pre-agreed response.
     *
     * @param trigger what sets it off
     * @param response what is done
     * @param outOfHours whether it works out of hours
     */
    public record Contingency(String trigger, String response, boolean outOfHours) {}

    /** How serious a finding is. */
    public enum Severity {
        ERROR,
        WARNING,
        /** Not a gap: something a reader of the plan should know, such as a decision resting on a summary. */
        NOTE
    }

    /**
     * Something the plan checks found.
     *
     * @param severity how serious
     * @param code a stable code, e.g. {@code DOMESTIC_ABUSE_WITHOUT_ENQUIRY}
     * @param message what is missing and what to do
     * @param reference the inspection recommendation or question it applies
     * @param rules the ids of the policy rules it concerns, for readers who look them up (reports show them in small
     *     type; the message says it in words)
     */
    public record Finding(Severity severity, String code, String message, String reference, List<String> rules) {
        public Finding {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(reference, "reference");
            rules = rules == null ? List.of() : List.copyOf(rules);
        }

        /** A finding that concerns no particular rule. */
        public Finding(Severity severity, String code, String message, String reference) {
            this(severity, code, message, reference, List.of());
        }
    }
}
