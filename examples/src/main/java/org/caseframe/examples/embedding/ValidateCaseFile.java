package org.caseframe.examples.embedding;

import java.nio.file.Path;
import java.time.Clock;
import org.caseframe.core.io.CaseFileReader;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.model.CaseFile;
import org.caseframe.instruments.InstrumentCatalogue;

/** The embedding example shown in the README: read a case file and act on every problem. */
public final class ValidateCaseFile {
    private ValidateCaseFile() {}

    /** Returns the number of problems in the case file at {@code path}, printing each. */
    public static int countProblems(Path path) {
        // README:begin
        CaseFileReader reader = CaseFiles.reader()
                .withDefinitions(InstrumentCatalogue.bundled()) // check assessments against their instruments
                .withClock(Clock.systemDefaultZone()); // nothing may be dated after today
        ReadResult<CaseFile> result = reader.check(path);
        if (result.isValid()) {
            CaseFile caseFile = result.orThrow();
            System.out.println(
                    caseFile.subject().id() + ": " + caseFile.assessments().size() + " assessments");
        } else {
            result.problems().forEach(p -> System.err.println(p.pointer() + " " + p.code() + ": " + p.message()));
        }
        // README:end
        return result.problems().size();
    }
}
