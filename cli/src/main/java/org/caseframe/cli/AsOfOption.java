package org.caseframe.cli;

import java.time.LocalDate;
import org.caseframe.Caseframe;
import picocli.CommandLine.Option;

/** The {@code --as-of DATE} option shared by commands that work as of a date. */
final class AsOfOption {
    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description =
                    "The date to work as of (YYYY-MM-DD); nothing in a case may be dated after it. Default: today.")
    LocalDate asOf;

    /** The date given, or today. */
    LocalDate date() {
        return asOf == null ? LocalDate.now() : asOf;
    }

    /** The front door, working as of the end of {@link #date()}. */
    Caseframe caseframe() {
        return builder().build();
    }

    /** A front-door builder working as of the end of {@link #date()}. */
    Caseframe.Builder builder() {
        return Caseframe.builder().asOf(date());
    }
}
