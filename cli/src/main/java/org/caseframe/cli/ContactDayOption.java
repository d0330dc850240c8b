package org.caseframe.cli;

import java.time.DayOfWeek;
import org.caseframe.Caseframe;
import picocli.CommandLine.Option;

/** The {@code --contact-day DAY} option of the commands that write plans with a contact schedule. */
final class ContactDayOption {
    @Option(
            names = "--contact-day",
            paramLabel = "DAY",
            description = "The weekday the person reports, on which the plan schedules contacts (MONDAY to SUNDAY)."
                    + " Default: TUESDAY.")
    DayOfWeek day;

    /** {@code builder}, scheduling contacts on the day given, if one was. */
    Caseframe.Builder apply(Caseframe.Builder builder) {
        return day == null ? builder : builder.contactDay(day);
    }
}
