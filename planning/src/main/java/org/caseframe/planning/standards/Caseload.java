package org.caseframe.planning.standards;

import java.util.List;

/**
 * A caseload against capacity (recommendation 14): the hours a set of cases needs a month, the hours the team has, and
 * how many practitioners the cases need by hours and by the modelled caseload.
 *
 * @param cases how many cases
 * @param hoursPerMonth the hours a month they need
 * @param practitioners the practitioners available
 * @param capacityHoursPerMonth the case-work hours a month those practitioners have
 * @param utilisation needed hours over available hours (above 1.0 means over capacity)
 * @param practitionersNeededByHours practitioners needed for the hours, rounded up
 * @param practitionersNeededByCaseload practitioners needed at the modelled cases per practitioner, rounded up
 */
public record Caseload(
        int cases,
        double hoursPerMonth,
        int practitioners,
        double capacityHoursPerMonth,
        double utilisation,
        int practitionersNeededByHours,
        int practitionersNeededByCaseload) {

    /** The caseload of cases needing {@code hoursPerCase} a month, for a team of {@code practitioners}. */
    public static Caseload of(List<Double> hoursPerCase, int practitioners, Standards.Workload workload) {
        if (practitioners < 1) {
            throw new IllegalArgumentException("a team has at least one practitioner, not " + practitioners);
        }
        double hours = hoursPerCase.stream().mapToDouble(Double::doubleValue).sum();
        double capacity = practitioners * workload.practitionerHoursPerMonth();
        return new Caseload(
                hoursPerCase.size(),
                Math.round(hours * 100.0) / 100.0,
                practitioners,
                capacity,
                Math.round(hours / capacity * 1000.0) / 1000.0,
                (int) Math.ceil(hours / workload.practitionerHoursPerMonth()),
                (int) Math.ceil((double) hoursPerCase.size() / workload.casesPerPractitioner()));
    }
}
