package org.caseframe;

import java.util.Objects;
import org.caseframe.core.model.CaseFile;

/**
 * A case file that passed every check: the format, each assessment against the instrument version it was made
 * under, dates not after today, and the decision-log chain. The first stage of the pipeline; {@link
 * Caseframe#assess(CheckedCase)} takes it to the next.
 *
 * @param source where it was read from, e.g. a file name
 * @param caseFile the case file
 */
public record CheckedCase(String source, CaseFile caseFile) {
    public CheckedCase {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(caseFile, "caseFile");
    }
}
