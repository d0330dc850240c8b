package org.caseframe.core.log;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.DecisionRecord;
import org.caseframe.core.model.Evidence;
import org.caseframe.core.model.EvidenceMarking;

/**
 * An append-only, hash-chained log of decisions. Each record's hash covers its own fields and the hash of the record
 * before it, so editing, removing, inserting or reordering any record is detected by {@link #verify()}, which names
 * the first record that breaks the chain; so is a record dated before the one above it.
 *
 * <p>An unkeyed chain (SHA-256) detects accidental change only: whoever holds the file can rewrite records and compute
 * the hashes again. Records appended with the organisation's {@link LogKey} are sealed with HMAC-SHA-256 instead, and
 * {@link #verify(Optional, Optional)} with that key detects any rewriting, removal, insertion or addition by someone
 * without the key, including stripping the seals. A chain cannot tell on its own that records were cut from its end:
 * keep the {@link #head()} hash somewhere the log's holder cannot edit and pass it as the anchored head.
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
        if (keyId().isPresent()) {
            throw new IllegalArgumentException(
                    "the log is sealed with key " + keyId().get() + "; append with that key");
        }
        return append(decision, at, Optional.empty());
    }

    /**
     * A new log with {@code decision} appended at time {@code at}, sealed with {@code key}.
     *
     * @throws IllegalArgumentException if {@code at} is before the newest record's time
     */
    public DecisionLog append(Decision decision, Instant at, LogKey key) {
        return append(decision, at, Optional.of(key));
    }

    /** The id of the key the newest record was sealed with, if it was. */
    public Optional<String> keyId() {
        return records.isEmpty()
                ? Optional.empty()
                : records.get(records.size() - 1).keyId();
    }

    private DecisionLog append(Decision decision, Instant at, Optional<LogKey> key) {
        return append(decision, at, key, List.of());
    }

    private DecisionLog append(Decision decision, Instant at, Optional<LogKey> key, List<EvidenceMarking> markings) {
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
                markings,
                decision.type(),
                decision.mappaLevel(),
                key.map(LogKey::id),
                previous,
                GENESIS);
        DecisionRecord sealed = withHash(unsealed, key.isPresent() ? sealOf(unsealed, key.get()) : hashOf(unsealed));
        List<DecisionRecord> next = new ArrayList<>(records);
        next.add(sealed);
        return new DecisionLog(next);
    }

    /**
     * A copy of {@code caseFile} with {@code decision} appended to its log. The record also records the marking of
     * every evidence item that is new or re-marked since the log last recorded it ({@link #markingChanges}).
     */
    public static CaseFile appendTo(CaseFile caseFile, Decision decision, Instant at) {
        DecisionLog log = of(caseFile);
        if (log.keyId().isPresent()) {
            throw new IllegalArgumentException(
                    "the log is sealed with key " + log.keyId().get() + "; append with that key");
        }
        return caseFile.withDecisionLog(
                log.append(decision, at, Optional.empty(), log.markingChanges(caseFile.evidence()))
                        .records());
    }

    /** As {@link #appendTo(CaseFile, Decision, Instant)}, sealed with {@code key}. */
    public static CaseFile appendTo(CaseFile caseFile, Decision decision, Instant at, LogKey key) {
        DecisionLog log = of(caseFile);
        return caseFile.withDecisionLog(
                log.append(decision, at, Optional.of(key), log.markingChanges(caseFile.evidence()))
                        .records());
    }

    /**
     * The marking of every evidence item as the log last recorded it, by id, with the sequence number of the record
     * that did. Items the log never recorded are absent.
     */
    public Map<String, Recorded> recordedMarkings() {
        Map<String, Recorded> out = new LinkedHashMap<>();
        for (DecisionRecord r : records) {
            for (EvidenceMarking m : r.markings()) {
                out.put(m.evidence(), new Recorded(m, r.sequence()));
            }
        }
        return out;
    }

    /**
     * An evidence marking as the log recorded it.
     *
     * @param marking the marking recorded
     * @param sequence the record that recorded it
     */
    public record Recorded(EvidenceMarking marking, int sequence) {}

    /** The markings of {@code evidence} that are new to the log or differ from what it last recorded, in order. */
    public List<EvidenceMarking> markingChanges(List<Evidence> evidence) {
        Map<String, Recorded> recorded = recordedMarkings();
        List<EvidenceMarking> out = new ArrayList<>();
        for (Evidence e : evidence) {
            EvidenceMarking now = EvidenceMarking.of(e);
            Recorded was = recorded.get(e.id());
            if (was == null || !was.marking().equals(now)) {
                out.add(now);
            }
        }
        return out;
    }

    /** How far a log's records can be trusted. */
    public enum Protection {
        /** No records. */
        EMPTY,
        /** SHA-256 only: detects accidental change, not a rewrite by whoever holds the file. */
        UNKEYED,
        /** Sealed with the organisation's key, and the seals were checked with it. */
        KEYED_AND_CHECKED,
        /** Sealed with a key that was not given, so the seals were not checked (links, order and dates were). */
        KEYED_NOT_CHECKED
    }

    /**
     * What verifying a log found.
     *
     * @param broken the first break, if any
     * @param protection how far the records can be trusted
     * @param keyId the id of the key the records are sealed with, if they are
     */
    public record Verification(Optional<ChainBreak> broken, Protection protection, Optional<String> keyId) {}

    /**
     * Checks the whole chain: order, links, dates, and each record's hash or, with {@code key}, its seal. With a key
     * every record must be sealed with it, so a log rewritten and re-hashed, or stripped of its seals, by someone
     * without the key fails at the first such record. With {@code anchoredHead}, records cut from the end are found.
     */
    public Verification verify(Optional<LogKey> key, Optional<String> anchoredHead) {
        Optional<ChainBreak> broken = check(key);
        if (broken.isEmpty() && anchoredHead.isPresent()) {
            broken = verify(anchoredHead.get());
        }
        Optional<String> keyed = records.stream()
                .map(DecisionRecord::keyId)
                .flatMap(Optional::stream)
                .findFirst();
        Protection protection = records.isEmpty()
                ? Protection.EMPTY
                : key.isPresent()
                        ? Protection.KEYED_AND_CHECKED
                        : keyed.isPresent() ? Protection.KEYED_NOT_CHECKED : Protection.UNKEYED;
        return new Verification(broken, protection, key.map(LogKey::id).or(() -> keyed));
    }

    /**
     * Checks the whole chain without a key; empty when intact, else the first break. Sealed records are checked for
     * order, links and dates; their seals need the key ({@link #verify(Optional, Optional)}).
     */
    public Optional<ChainBreak> verify() {
        return check(Optional.empty());
    }

    // With a key, unkeyed records may only come before the first sealed one (a log kept before keys were adopted):
    // the first seal covers the hash of the record before it, so the unkeyed records are protected through it.
    private Optional<ChainBreak> check(Optional<LogKey> key) {
        String previous = GENESIS;
        boolean sealedSeen = false;
        for (int i = 0; i < records.size(); i++) {
            DecisionRecord r = records.get(i);
            if (i > 0 && r.at().isBefore(records.get(i - 1).at())) {
                return Optional.of(new ChainBreak(
                        i,
                        ChainBreak.Reason.DATE,
                        "record " + r.sequence() + " is dated " + r.at() + ", before the record above it ("
                                + records.get(i - 1).at() + "): records are only ever added at the end"));
            }
            if (key.isPresent()
                    && (r.keyId().isPresent() || sealedSeen)
                    && !r.keyId().equals(Optional.of(key.get().id()))) {
                return Optional.of(new ChainBreak(
                        i,
                        ChainBreak.Reason.KEY,
                        "record " + r.sequence() + " is "
                                + r.keyId()
                                        .map(k -> "sealed with another key (" + k + ")")
                                        .orElse("not sealed")
                                + ", not with key " + key.get().id() + ": it was written or rewritten without the"
                                + " organisation's key"));
            }
            sealedSeen |= r.keyId().isPresent();
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
            if (r.keyId().isPresent() && key.isEmpty()) {
                previous = r.hash(); // the seal needs the key; order, link and date are checked
                continue;
            }
            String expected = r.keyId().isPresent() ? sealOf(r, key.orElseThrow()) : hashOf(r);
            if (!r.hash().equals(expected)) {
                return Optional.of(new ChainBreak(
                        i,
                        ChainBreak.Reason.CONTENT,
                        "record " + r.sequence() + " was changed after it was written: its hash does not match"));
            }
            previous = r.hash();
        }
        if (key.isPresent() && !records.isEmpty() && !sealedSeen) {
            return Optional.of(new ChainBreak(
                    0,
                    ChainBreak.Reason.KEY,
                    "none of the " + records.size() + " records is sealed with key "
                            + key.get().id() + ": the log was written, or rewritten, without the organisation's key"));
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

    /**
     * The HMAC-SHA-256 with {@code key} of a record's content, key id and link, in lower-case hex; the record's own
     * {@code hash} is not included.
     */
    static String sealOf(DecisionRecord r, LogKey key) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key.secret(), "HmacSHA256"));
            MessageDigest content = sha256();
            feed(content, r);
            field(content, r.keyId().orElse(""));
            return HexFormat.of().formatHex(mac.doFinal(content.digest()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HMAC-SHA-256", e);
        }
    }

    /** The SHA-256 of a record's content and link, in lower-case hex; the record's own {@code hash} is not included. */
    public static String hashOf(DecisionRecord r) {
        MessageDigest digest = sha256();
        feed(digest, r);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void feed(MessageDigest digest, DecisionRecord r) {
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
        // Absent in records written before the log recorded markings, whose hashes must not change.
        if (!r.markings().isEmpty()) {
            field(digest, "markings");
            field(digest, Integer.toString(r.markings().size()));
            for (EvidenceMarking m : r.markings()) {
                field(digest, m.evidence());
                field(digest, m.marking().name());
                field(digest, m.handling().map(Enum::name).orElse(""));
            }
        }
        // Likewise absent in records written before typed decisions.
        if (r.type().isPresent() || r.mappaLevel().isPresent()) {
            field(digest, "type");
            field(digest, r.type().map(Enum::name).orElse(""));
            field(digest, r.mappaLevel().map(String::valueOf).orElse(""));
        }
        field(digest, r.previousHash());
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
                r.markings(),
                r.type(),
                r.mappaLevel(),
                r.keyId(),
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
