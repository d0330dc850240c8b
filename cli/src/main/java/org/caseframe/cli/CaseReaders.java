package org.caseframe.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.caseframe.core.io.CaseFileReader;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.instruments.InstrumentCatalogue;

/** Case-file readers for commands that work as of a date: nothing in the case may be dated after it. */
final class CaseReaders {
    private CaseReaders() {}

    /** A reader checking against the catalogue, with the end of {@code date} as "now". */
    static CaseFileReader asOf(InstrumentCatalogue catalogue, LocalDate date) {
        ZoneId zone = ZoneId.systemDefault();
        return CaseFiles.reader()
                .withDefinitions(catalogue)
                .withClock(Clock.fixed(date.atTime(23, 59, 59).atZone(zone).toInstant(), zone));
    }
}
