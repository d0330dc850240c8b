package org.caseframe.instruments;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.CaseFile;

/** Finding assessments in a case file. */
public final class Assessments {
    private Assessments() {}

    /** The most recently completed finished assessment made under any version of {@code instrumentId}. */
    public static Optional<Assessment> latestFinished(CaseFile caseFile, String instrumentId) {
        return caseFile.assessments().stream()
                .filter(a -> a.instrument().id().equals(instrumentId))
                .filter(a -> a.status().isFinished())
                .max(Comparator.comparing((Assessment a) -> a.completed().orElse(LocalDate.MIN)));
    }
}
