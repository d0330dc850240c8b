package org.caseframe;

import java.util.Optional;

/**
 * What checking a case file's decision log found.
 *
 * @param records how many records the log holds
 * @param head the hash of the last record (the genesis hash for an empty log)
 * @param broken the first broken record and why, if the chain is broken
 * @param protection how far the records can be trusted: {@code EMPTY}, {@code UNKEYED} (detects accidental change
 *     only), {@code KEYED_AND_CHECKED} (sealed with the organisation's key and checked with it) or {@code
 *     KEYED_NOT_CHECKED} (sealed, but the key was not given)
 * @param keyId the id of the key the records are sealed with, if they are
 */
public record LogCheck(int records, String head, Optional<Broken> broken, String protection, Optional<String> keyId) {
    /** A broken link: the record's index in the log and what is wrong with it. */
    public record Broken(int index, String detail) {}

    /** Whether the chain is intact. */
    public boolean intact() {
        return broken.isEmpty();
    }
}
