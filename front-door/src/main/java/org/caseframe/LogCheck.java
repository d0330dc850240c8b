package org.caseframe;

import java.util.Optional;

/**
 * What checking a case file's decision log found.
 *
 * @param records how many records the log holds
 * @param head the hash of the last record (the genesis hash for an empty log)
 * @param broken the first broken record and why, if the chain is broken
 */
public record LogCheck(int records, String head, Optional<Broken> broken) {
    /** A broken link: the record's index in the log and what is wrong with it. */
    public record Broken(int index, String detail) {}

    /** Whether the chain is intact. */
    public boolean intact() {
        return broken.isEmpty();
    }
}
