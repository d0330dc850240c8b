package org.caseframe.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry in a case's append-only decision log, chained to the one before it by SHA-256, or sealed with the
 * organisation's key (HMAC-SHA-256) when {@code keyId} is present. Build records with
 * {@code org.caseframe.core.log.DecisionLog#append}, which computes the chain; never by hand.
 *
 * <p>Decisions taken on sealed (e.g. secret-level) material refer to it by handle only, never by content, so that the
 * log itself can be held at a lower marking than what it refers to.
 *
 * @param sequence 1 for the first record, rising by one
 * @param at when the decision was recorded
 * @param by who took it
 * @param decision what was decided
 * @param rationale why
 * @param marking the protective marking of this record
 * @param handling a need-to-know restriction on this record, if any
 * @param sealedReferences handles of sealed material the decision rests on (handles only, never content)
 * @param markings the marking of every evidence item new or re-marked since the log last recorded it, so that a
 *     marking changed without a logged decision is found; covered by the hash when present
 * @param type what kind of decision it is, when it is one the planner reads (a MAPPA review, the risk management plan
 *     in place, the CT summary shared with the POM...); covered by the hash when present
 * @param mappaLevel the MAPPA level a {@link DecisionType#MAPPA_REVIEW} decided (1 to 3)
 * @param keyId the id of the key that sealed this record, if keyed (16 hex digits)
 * @param previousHash the hash of the record before, or 64 zeros for the first
 * @param hash SHA-256 (unkeyed) or HMAC-SHA-256 with the key (keyed) over this record's fields and {@code
 *     previousHash}, in lower-case hex
 */
public record DecisionRecord(
        @Min(1) int sequence,
        Instant at,
        @Valid Practitioner by,
        @NotBlank @Size(max = Limits.LONG_TEXT) String decision,
        @NotBlank @Size(max = Limits.LONG_TEXT) String rationale,
        ProtectiveMarking marking,
        Optional<HandlingRestriction> handling,
        @Size(max = 100) List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> sealedReferences,
        @Size(max = 10_000) List<@Valid EvidenceMarking> markings,
        Optional<DecisionType> type,
        Optional<@Min(1) @Max(3) Integer> mappaLevel,
        Optional<@Pattern(regexp = "^[0-9a-f]{16}$") String> keyId,
        @Pattern(regexp = HEX_64) String previousHash,
        @Pattern(regexp = HEX_64) String hash)
        implements Marked {

    /** A record of no particular type, as files written before typed decisions hold. */
    public DecisionRecord(
            int sequence,
            Instant at,
            Practitioner by,
            String decision,
            String rationale,
            ProtectiveMarking marking,
            Optional<HandlingRestriction> handling,
            List<String> sealedReferences,
            List<EvidenceMarking> markings,
            Optional<String> keyId,
            String previousHash,
            String hash) {
        this(
                sequence,
                at,
                by,
                decision,
                rationale,
                marking,
                handling,
                sealedReferences,
                markings,
                Optional.empty(),
                Optional.empty(),
                keyId,
                previousHash,
                hash);
    }

    /** A record that records no evidence markings, as files written before the log recorded them hold. */
    public DecisionRecord(
            int sequence,
            Instant at,
            Practitioner by,
            String decision,
            String rationale,
            ProtectiveMarking marking,
            Optional<HandlingRestriction> handling,
            List<String> sealedReferences,
            Optional<String> keyId,
            String previousHash,
            String hash) {
        this(
                sequence,
                at,
                by,
                decision,
                rationale,
                marking,
                handling,
                sealedReferences,
                List.of(),
                keyId,
                previousHash,
                hash);
    }

    /** An unkeyed record, as files written before keyed logs hold. */
    public DecisionRecord(
            int sequence,
            Instant at,
            Practitioner by,
            String decision,
            String rationale,
            ProtectiveMarking marking,
            Optional<HandlingRestriction> handling,
            List<String> sealedReferences,
            String previousHash,
            String hash) {
        this(
                sequence,
                at,
                by,
                decision,
                rationale,
                marking,
                handling,
                sealedReferences,
                Optional.empty(),
                previousHash,
                hash);
    }

    /** Lower-case hex SHA-256. */
    public static final String HEX_64 = "^[0-9a-f]{64}$";

    public DecisionRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(marking, "marking");
        handling = Optionals.orEmpty(handling);
        sealedReferences = Optionals.list(sealedReferences);
        markings = Optionals.list(markings);
        type = Optionals.orEmpty(type);
        mappaLevel = Optionals.orEmpty(mappaLevel);
        keyId = Optionals.orEmpty(keyId);
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
