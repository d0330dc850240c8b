package org.caseframe.planning.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.caseframe.core.model.Contact;
import org.caseframe.core.model.KeyDates;
import org.caseframe.planning.matrix.ControlType;
import org.caseframe.planning.matrix.Decisions;

/**
 * Applies the national standards to a case's controls: which standards are in force, the dated contact schedule they
 * generate, compliance with them from the contact log (recommendation 5), and the hours a month the case needs
 * (recommendation 14).
 */
public final class StandardsPlanner {
    private final Standards standards;

    public StandardsPlanner(Standards standards) {
        this.standards = standards;
    }

    /**
     * A standard in force for a case, with its window.
     *
     * @param standard the standard
     * @param start when it starts (the anchor date)
     * @param end the day after it ends
     */
    public record InForce(Standards.Standard standard, LocalDate start, LocalDate end) {}

    /**
     * One scheduled contact.
     *
     * @param date when it is due
     * @param standard the standard it meets
     * @param kind the kind of contact it should be
     */
    public record ScheduledContact(LocalDate date, String standard, String kind) {}

    /**
     * Compliance with one standard up to a date.
     *
     * @param standard the standard's id
     * @param periods how many complete periods there were
     * @param compliant how many met the standard
     * @param breaches each period that did not, with the contacts counted
     */
    public record Compliance(String standard, int periods, int compliant, List<Breach> breaches) {
        /** The share of periods that complied, 1.0 when there were none. */
        public double rate() {
            return periods == 0 ? 1.0 : (double) compliant / periods;
        }
    }

    /**
     * A period that fell short.
     *
     * @param from first day
     * @param to last day
     * @param counted contacts that counted
     * @param required contacts required
     */
    public record Breach(LocalDate from, LocalDate to, int counted, int required) {}

    /** The standards in force for these controls, given the case's key dates. */
    public List<InForce> inForce(List<Decisions.ControlDecision> controls, KeyDates dates) {
        List<InForce> out = new ArrayList<>();
        for (Standards.Standard s : standards.standards()) {
            Optional<Decisions.ControlDecision> control =
                    controls.stream().filter(c -> c.type().equals(s.control())).findFirst();
            if (control.isEmpty() || !strictestFor(s, control.get())) {
                continue;
            }
            Optional<LocalDate> anchor = s.from().equals("RELEASE") ? dates.release() : dates.approvedPremisesExit();
            // A standard never outlasts the licence (or the sentence, if no licence end is known).
            Optional<LocalDate> supervisionEnd = dates.licenceEnd().or(dates::sentenceEnd);
            anchor.ifPresent(a -> {
                LocalDate end = a.plusMonths(s.months());
                if (supervisionEnd.isPresent() && supervisionEnd.get().isBefore(end)) {
                    end = supervisionEnd.get();
                }
                out.add(new InForce(s, a, end));
            });
        }
        return out;
    }

    // Of the contact-frequency standards, only the strictest the plan's frequency reaches applies.
    private boolean strictestFor(Standards.Standard s, Decisions.ControlDecision control) {
        if (s.minimumPerWeek().isEmpty() || !s.control().equals(ControlType.CONTACT_FREQUENCY)) {
            return true;
        }
        int perWeek = control.perWeek().orElse(1);
        int best = standards.standards().stream()
                .filter(o -> o.control().equals(s.control()) && o.from().equals(s.from()))
                .flatMap(o -> o.minimumPerWeek().stream())
                .filter(m -> m <= perWeek)
                .max(Integer::compare)
                .orElse(0);
        return s.minimumPerWeek().get() == best;
    }

    /** The dated contacts due from {@code asOf} up to {@code until}, in date order. */
    public List<ScheduledContact> schedule(List<InForce> inForce, LocalDate asOf, LocalDate until) {
        return schedule(inForce, asOf, until, java.time.DayOfWeek.TUESDAY);
    }

    /**
     * The contacts each standard in force requires from {@code asOf} until {@code until}, each falling on {@code day}
     * (the weekday the person reports) or, when a standard needs more than one contact in a period, spread from it
     * through the period.
     */
    public List<ScheduledContact> schedule(
            List<InForce> inForce, LocalDate asOf, LocalDate until, java.time.DayOfWeek day) {
        List<ScheduledContact> out = new ArrayList<>();
        for (InForce f : inForce) {
            Standards.Standard s = f.standard();
            for (LocalDate period = f.start();
                    period.isBefore(f.end()) && period.isBefore(until);
                    period = period.plusDays(s.everyDays())) {
                int first = (day.getValue() - period.getDayOfWeek().getValue() + 7) % 7;
                for (int k = 0; k < s.required(); k++) {
                    int offset = (first + k * s.everyDays() / s.required()) % s.everyDays();
                    LocalDate due = period.plusDays(offset);
                    if (!due.isBefore(asOf) && due.isBefore(until) && due.isBefore(f.end())) {
                        out.add(new ScheduledContact(
                                due, s.id(), s.kinds().get(0).name()));
                    }
                }
            }
        }
        out.sort(Comparator.comparing(ScheduledContact::date).thenComparing(ScheduledContact::standard));
        return out;
    }

    /** Compliance with each standard in force, over every complete period up to {@code asOf}. */
    public List<Compliance> compliance(List<Contact> contacts, List<InForce> inForce, LocalDate asOf) {
        List<Compliance> out = new ArrayList<>();
        for (InForce f : inForce) {
            Standards.Standard s = f.standard();
            int periods = 0;
            int compliant = 0;
            List<Breach> breaches = new ArrayList<>();
            for (LocalDate from = f.start();
                    !from.plusDays(s.everyDays()).isAfter(f.end())
                            && !from.plusDays(s.everyDays()).isAfter(asOf.plusDays(1));
                    from = from.plusDays(s.everyDays())) {
                LocalDate to = from.plusDays(s.everyDays() - 1L);
                LocalDate start = from;
                int counted = (int) contacts.stream()
                        .filter(c -> s.kinds().contains(c.kind()))
                        .map(Contact::date)
                        .filter(d -> !d.isBefore(start) && !d.isAfter(to))
                        .count();
                periods++;
                if (counted >= s.required()) {
                    compliant++;
                } else {
                    breaches.add(new Breach(from, to, counted, s.required()));
                }
            }
            out.add(new Compliance(s.id(), periods, compliant, breaches));
        }
        return out;
    }

    /** Estimated hours a month for a case with these controls, MAPPA level and review interval, as of a date. */
    public double hoursPerMonth(
            List<Decisions.ControlDecision> controls,
            List<InForce> inForce,
            int mappaLevel,
            int reviewMonths,
            LocalDate asOf) {
        Standards.Workload w = standards.workload();
        double weeksPerMonth = 52.0 / 12.0;
        double hours = 0;
        Optional<Decisions.ControlDecision> contact = controls.stream()
                .filter(c -> c.type().equals(ControlType.CONTACT_FREQUENCY))
                .findFirst();
        hours += contact.map(c -> c.perWeek().orElse(1) * weeksPerMonth * w.hoursPerContact())
                .orElse(0.0);
        for (InForce f : inForce) {
            if (f.standard().control().equals(ControlType.RESETTLEMENT_VISITS)
                    && !asOf.isBefore(f.start())
                    && asOf.isBefore(f.end())) {
                hours += 30.44 / f.standard().everyDays() * f.standard().required() * w.hoursPerVisit();
            }
        }
        if (controls.stream().anyMatch(c -> c.type().equals(ControlType.HOME_VISITS))) {
            hours += w.hoursPerVisit();
        }
        hours += w.mappaMeetingsPerMonth().getOrDefault(mappaLevel, 0.0) * w.hoursPerMappaMeeting();
        hours += reviewMonths > 0 ? w.hoursPerReview() / reviewMonths : 0;
        return Math.round(hours * 100.0) / 100.0;
    }
}
