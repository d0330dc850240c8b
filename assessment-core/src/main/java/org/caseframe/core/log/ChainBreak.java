package org.caseframe.core.log;

/**
 * Where and how a decision log's chain is broken.
 *
 * @param index the zero-based position of the first record that fails, or the log size when records are missing at
 *     the end
 * @param reason what is wrong
 * @param detail a sentence a practitioner or auditor can act on
 */
public record ChainBreak(int index, Reason reason, String detail) {

    /** The ways a chain can break. */
    public enum Reason {
        /** The sequence number is not one more than the record before. */
        SEQUENCE,
        /** {@code previousHash} is not the hash of the record before: a record was removed, inserted or moved. */
        LINK,
        /** {@code hash} does not match the record's content: the record was edited. */
        CONTENT,
        /** The log does not end at the head hash held elsewhere: records were removed from the end. */
        HEAD,
        /** A record is dated before the record above it. */
        DATE,
        /** Verified with the organisation's key, a record is not sealed with it (unkeyed, or another key). */
        KEY
    }
}
