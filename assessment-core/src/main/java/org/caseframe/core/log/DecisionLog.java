package org.caseframe.core.log;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.DecisionRecord;

/**
 * An append-only, hash-chained log of decisions. Each record's hash covers its own fields and the hash of the record
 * before it, so editing, removing, inserting or reordering any record is detected by {@link #verify()}, which names
 * the first record that breaks the chain.
 *
 * <p>A chain cannot tell on its own that records were cut from its end. Keep the {@link #head()} hash somewhere the
 * log's holder cannot edit (another system, a signed report) and check it with {@link #verify(String)}.
 *
 * <p>Instances are immutable; {@link #append} returns a new log.
 */
public final class DecisionLog {
    /** The {@code previousHash} of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private final List<DecisionRecord> records;

    private DecisionLog(List<DecisionRecord> records) {
        this.records = List.copyOf(records);
    }

    /** An empty log. */
    public static DecisionLog empty() {
        return new DecisionLog(List.of());
    }

    /** A log over existing records, as read from a file. Nothing is checked until {@link #verify()}. */
    public static DecisionLog of(List<DecisionRecord> records) {
        return new DecisionLog(records);
    }

    /** The log of a case file. */
    public static DecisionLog of(CaseFile caseFile) {
        return new DecisionLog(caseFile.decisionLog());
    }

    /** The records, oldest first. */
    public List<DecisionRecord> records() {
        return records;
    }

    /** The hash of the newest record, if any. */
    public Optional<String> head() {
        return records.isEmpty()
                ? Optional.empty()
                : Optional.of(records.get(records.size() - 1).hash());
    }

    /**
     * A new log with {@code decision} appended at time {@code at}.
     *
     * @throws IllegalArgumentException if {@code at} is before the newest record's time
     */
    public DecisionLog append(Decision decision, Instant at) {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(at, "at");
        String previous = head().orElse(GENESIS);
        if (!records.isEmpty() && at.isBefore(records.get(records.size() - 1).at())) {
            throw new IllegalArgumentException("decision time " + at + " is before the newest record's time "
                    + records.get(records.size() - 1).at());
        }
        int sequence = records.size() + 1;
        DecisionRecord unsealed = new DecisionRecord(
                sequence,
                at,
                decision.by(),
                decision.decision(),
                decision.rationale(),
                decision.marking(),
                decision.handling(),
                decision.sealedReferences(),
                previous,
                GENESIS);
        DecisionRecord sealed = withHash(unsealed, hashOf(unsealed));
        List<DecisionRecord> next = new ArrayList<>(records);
        next.add(sealed);
        return new DecisionLog(next);
    }

    /** A copy of {@code caseFile} with {@code decision} appended to its log. */
    public static CaseFile appendTo(CaseFile caseFile, Decision decision, Instant at) {
        return caseFile.withDecisionLog(of(caseFile).append(decision, at).records());
    }

    /** Checks the whole chain; empty when intact, else the first break. */
    public Optional<ChainBreak> verify() {
        String previous = GENESIS;
        for (int i = 0; i < records.size(); i++) {
            DecisionRecord r = records.get(i);
            if (r.sequence() != i + 1) {
                return Optional.of(new ChainBreak(
                        i,
                        ChainBreak.Reason.SEQUENCE,
                        "record " + (i + 1) + " carries sequence number " + r.sequence()
                                + ": records were removed, inserted or reordered"));
            }
            if (!r.previousHash().equals(previous)) {
                return Optional.of(new ChainBreak(
                        i,
                        ChainBreak.Reason.LINK,
                        "record " + r.sequence() + " does not follow the record before it: the chain was cut here"));
            }
            String expected = hashOf(r);
            if (!r.hash().equals(expected)) {
                return Optional.of(new ChainBreak(
                        i,
                        ChainBreak.Reason.CONTENT,
                        "record " + r.sequence() + " was changed after it was written: its hash does not match"));
            }
            previous = r.hash();
        }
        return Optional.empty();
    }

    /** Checks the chain and that it ends at {@code anchoredHead}, the head hash kept outside the log. */
    public Optional<ChainBreak> verify(String anchoredHead) {
        Objects.requireNonNull(anchoredHead, "anchoredHead");
        Optional<ChainBreak> chain = verify();
        if (chain.isPresent()) {
            return chain;
        }
        if (!head().orElse(GENESIS).equals(anchoredHead)) {
            boolean known = records.stream().anyMatch(r -> r.hash().equals(anchoredHead));
            return Optional.of(new ChainBreak(
                    records.size(),
                    ChainBreak.Reason.HEAD,
                    known
                            ? "the log runs past the anchored head: records were added after it"
                            : "the log does not reach the anchored head: records were removed from the end"));
        }
        return Optional.empty();
    }

    /** The SHA-256 of a record's content and link, in lower-case hex; the record's own {@code hash} is not included. */
    public static String hashOf(DecisionRecord r) {
        MessageDigest digest = sha256();
        field(digest, Integer.toString(r.sequence()));
        field(digest, r.at().toString());
        field(digest, r.by().name());
        field(digest, r.by().role());
        field(digest, r.decision());
        field(digest, r.rationale());
        field(digest, r.marking().name());
        field(digest, r.handling().map(Enum::name).orElse(""));
        field(digest, Integer.toString(r.sealedReferences().size()));
        r.sealedReferences().forEach(ref -> field(digest, ref));
        field(digest, r.previousHash());
        return HexFormat.of().formatHex(digest.digest());
    }

    // Length-prefixed fields, so that moving text between fields changes the hash.
    private static void field(MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static DecisionRecord withHash(DecisionRecord r, String hash) {
        return new DecisionRecord(
                r.sequence(),
                r.at(),
                r.by(),
                r.decision(),
                r.rationale(),
                r.marking(),
                r.handling(),
                r.sealedReferences(),
                r.previousHash(),
                hash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
