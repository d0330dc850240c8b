package org.caseframe.planning.standards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseframe.core.io.DocumentReader;
import org.caseframe.core.io.Format;
import org.caseframe.core.io.ReadLimits;
import org.caseframe.core.model.Citation;
import org.caseframe.core.model.ContactKind;
import org.caseframe.planning.matrix.ControlType;

/**
 * The enhanced national standards as data, and the unit times workload is estimated from. Bundled as
 * {@code standards-1.0.yaml}; values are policy data, not code.
 *
 * @param id identifier
 * @param version version
 * @param sources what they rest on
 * @param standards the contact and visit standards
 * @param workload unit times and capacity
 */
public record Standards(
        String id,
        String version,
        List<Citation> sources,
        List<Standard> standards,
        Workload workload,
        java.util.Optional<EnquiryWindow> enquiryWindow) {

    // Deeply immutable, so the bundled standards can be shared.
    public Standards {
        sources = sources == null ? List.of() : List.copyOf(sources);
        standards = standards == null ? List.of() : List.copyOf(standards);
        enquiryWindow = enquiryWindow == null ? java.util.Optional.empty() : enquiryWindow;
    }

    /** Standards with the default enquiry window. */
    public Standards(String id, String version, List<Citation> sources, List<Standard> standards, Workload workload) {
        this(id, version, sources, standards, workload, java.util.Optional.empty());
    }

    /**
     * When an enquiry counts for a dated transition (release, approved-premises exit...): made within this many days
     * before or after it (recommendation 12). An enquiry of the right kind made outside the window is out of date.
     *
     * @param daysBefore days before the transition
     * @param daysAfter days after it
     */
    public record EnquiryWindow(int daysBefore, int daysAfter) {
        /** 28 days before to 7 days after, when a standards file does not say. */
        public static final EnquiryWindow DEFAULT = new EnquiryWindow(28, 7);

        /** Whether {@code made} counts for a transition on {@code transition}. */
        public boolean counts(java.time.LocalDate made, java.time.LocalDate transition) {
            return !made.isBefore(transition.minusDays(daysBefore)) && !made.isAfter(transition.plusDays(daysAfter));
        }

        /** In words, e.g. "28 days before to 7 days after". */
        public String describe() {
            return daysBefore + " days before to " + daysAfter + " days after";
        }
    }

    /** The enquiry window: the file's, or {@link EnquiryWindow#DEFAULT}. */
    public EnquiryWindow window() {
        return enquiryWindow.orElse(EnquiryWindow.DEFAULT);
    }

    /**
     * One standard: while a plan has {@code control}, at least {@code required} contacts of {@code kinds} in every
     * period of {@code everyDays} days, for {@code months} from the anchor date.
     *
     * @param id stable code, e.g. {@code TWO_CONTACTS_A_WEEK}
     * @param description what it asks, in words
     * @param control the plan control that brings it into force
     * @param minimumPerWeek for contact frequency: the plan's contacts a week at which this standard applies
     * @param from the anchor: RELEASE or APPROVED_PREMISES_EXIT
     * @param months how long from the anchor
     * @param everyDays the length of each period
     * @param required contacts needed in each period
     * @param kinds the contact kinds that count
     */
    public record Standard(
            String id,
            String description,
            ControlType control,
            Optional<Integer> minimumPerWeek,
            String from,
            int months,
            int everyDays,
            int required,
            List<ContactKind> kinds) {
        public Standard {
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
        }
    }

    /**
     * Unit times and capacity.
     *
     * @param hoursPerContact a supervision contact
     * @param hoursPerVisit a home or resettlement visit
     * @param hoursPerMappaMeeting a MAPPA or core-group meeting
     * @param mappaMeetingsPerMonth meetings a month by MAPPA level
     * @param hoursPerReview a plan review
     * @param practitionerHoursPerMonth a practitioner's case-work hours a month
     * @param casesPerPractitioner the modelled caseload (12 in the NSD model)
     */
    public record Workload(
            double hoursPerContact,
            double hoursPerVisit,
            double hoursPerMappaMeeting,
            Map<Integer, Double> mappaMeetingsPerMonth,
            double hoursPerReview,
            double practitionerHoursPerMonth,
            int casesPerPractitioner) {
        public Workload {
            mappaMeetingsPerMonth = mappaMeetingsPerMonth == null
                    ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mappaMeetingsPerMonth));
        }
    }

    /** The bundled standards. Cheap: read and checked once per JVM, on first use, then shared (immutable). */
    public static Standards bundled() {
        return Bundled.STANDARDS;
    }

    // Initialised on first use by the JVM's class-initialisation guarantee: once, thread-safe.
    private static final class Bundled {
        static final Standards STANDARDS = readBundled();
    }

    // Every standard is for a control the vocabulary has words for.
    private static List<org.caseframe.core.validation.Problem> unknownControls(Standards standards) {
        List<String> controls = org.caseframe.planning.plan.Vocabulary.bundled().codes("control");
        List<org.caseframe.core.validation.Problem> problems = new java.util.ArrayList<>();
        for (int i = 0; i < standards.standards().size(); i++) {
            String code = standards.standards().get(i).control().code();
            if (!controls.contains(code)) {
                problems.add(new org.caseframe.core.validation.Problem(
                        "/standards/" + i + "/control",
                        org.caseframe.core.validation.ProblemCode.INVALID_VALUE,
                        "\"" + code + "\" is not a control in the vocabulary"
                                + org.caseframe.core.validation.Suggestions.hint(code, controls)));
            }
        }
        return problems;
    }

    private static Standards readBundled() {
        String base = "/org/caseframe/planning/";
        try (InputStream schema = Standards.class.getResourceAsStream(base + "standards-1.0.schema.json");
                InputStream in = Standards.class.getResourceAsStream(base + "standards-1.0.yaml")) {
            return DocumentReader.of(Standards.class, schema, Standards::unknownControls, ReadLimits.DEFAULT)
                    .check(in, Format.YAML, "standards-1.0.yaml")
                    .orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
